import Foundation
import RCCommandLine
import RCReport
import RCSurvey

/// `rckit setup --tool redcap|limesurvey|qualtrics --out FILE`: the questionnaire as the survey
/// tool's own import file, coded so that the tool's code export reads back with the same file.
enum SetupCommand: Command {
    static let tool = Option<SetupTool>.choice("--tool", .placeholder(.tool), .help(.tool)).required()
    static let instrument = InputOptions.instrument
    static let process = InstrumentCommand.process
    static let roles = Option<String>.text("--roles", .placeholder(.roles), .help(.roles))
    /// How many numbered roles a questionnaire gets when neither `--roles` nor the instrument names any.
    static let placeholderRoles = 8
    static let language = OutputOptions.language
    static let out = OutputOptions.out.required()

    static func spec(_: OutputFormats) -> CommandSpec { commandSpec }

    static let commandSpec = CommandSpec(
        tool: RCKit.name, name: "setup", summary: CLIText.summary(.setup).localized,
        discussion: CLIText.discussion(.setup).localized, positionals: [],
        groups: [
            OptionGroup(nil, [tool.spec, instrument.spec, process.spec, roles.spec]),
            OutputOptions.group([language.spec, out.spec])
        ])

    /// Everything `setup` was asked for.
    struct Options: CommandOptions {
        var tool: SetupTool
        /// A built-in instrument's name or an instrument file; nil for the standard instrument.
        var instrument: String?
        var process: String?
        /// `--roles`, split at its commas; nil for the instrument's roles.
        var roles: [String]?
        var language: Language?
        var out: String

        init(_ arguments: ParsedArguments) throws(UsageError) {
            tool = arguments[SetupCommand.tool] ?? .redcap
            instrument = arguments[SetupCommand.instrument]
            process = arguments[SetupCommand.process].map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            roles = arguments[SetupCommand.roles].map { list in
                list.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            language = arguments[SetupCommand.language]
            out = arguments[SetupCommand.out] ?? ""
            if let roles { try Self.check(roles) }
        }

        /// A usage error for roles that cannot be set up.
        static func check(_ roles: [String]) throws(UsageError) {
            switch SurveySetup.problem(with: roles) {
            case nil: return
            case .empty?: throw UsageError(CLIText.rolesEmpty.localized)
            case let .duplicate(role)?: throw UsageError(CLIText.duplicateRole(role).localized)
            case let .unusable(role)?: throw UsageError(CLIText.unusableRole(role).localized)
            }
        }

        var inputFiles: [String] { instrument.flatMap { InputOptions.namesFile($0) ? [$0] : nil } ?? [] }
        var outputFiles: [(option: String, path: String)] { [(SetupCommand.out.name, out)] }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let instrument =
            try options.instrument.map(Instrument.resolve) ?? Instrument.standard(language: options.language ?? .da)
        var roles = options.roles ?? instrument.roles.map(\.name)
        if roles.isEmpty {
            // A questionnaire to start from: numbered roles, to be named in the tool (the warning says how).
            let language = options.language ?? instrument.defaultLanguage
            roles = (1...SetupCommand.placeholderRoles).map { language == .da ? "Faggruppe \($0)" : "Role \($0)" }
            context.stderr.write(
                context.warning(
                    .setupPlaceholderRoles(
                        instrument: instrument.name, count: roles.count, first: roles[0], last: roles[roles.count - 1]))
            )
        }
        try Options.check(roles)
        let setup = SurveySetup(
            instrument: instrument, process: options.process, roles: roles, language: options.language,
            generator: "\(RCKit.name) \(RCKit.version)")
        try Output.write(options.tool.render(setup), to: options.out, context: context)
        context.stderr.write(
            context.note(
                .wroteSetup(
                    tool: options.tool, path: options.out, questions: instrument.items.count, roles: roles.count)))
        if (options.out as NSString).pathExtension.lowercased() != options.tool.fileExtension {
            context.stderr.write(context.warning(.setupExtension(tool: options.tool, path: options.out)))
        }
        return .success
    }
}

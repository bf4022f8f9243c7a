import RCCommandLine
import RCIngest
import RCReport
import RCSurvey

/// `rckit inspect FILE`: how rckit reads a file — encoding, delimiter, export shape, header,
/// records and the column mapping.
enum InspectCommand: Command {
    enum Format: String, CaseIterable, Sendable { case text, json }

    static let format = OutputOptions.format(Format.self, default: .text)
    static let rows = Option<Int?>.integer("--rows", Localized("N"), .help(.rows), in: 0...Int.max, or: "all")
    static let writeMapping = Option<String>.text("--write-mapping", .placeholder(.file), .help(.writeMapping))

    static func spec(_: OutputFormats) -> CommandSpec { spec }

    static let spec = CommandSpec(
        tool: RCKit.name, name: "inspect", summary: CLIText.summary(.inspect).localized,
        discussion: CLIText.discussion(.inspect).localized,
        positionals: [PositionalSpec(.placeholder(.file))],
        groups: [
            InputOptions.group(),
            OutputOptions.group([format.spec, rows.spec, writeMapping.spec, OutputOptions.language.spec])
        ])

    /// Everything `inspect` was asked for.
    struct Options: CommandOptions {
        var input: InputOptions
        var format: Format
        /// How many records to show; nil for all.
        var rows: Int?
        var writeMapping: String?

        init(_ arguments: ParsedArguments) throws(UsageError) {
            input = try InputOptions(arguments, files: arguments.positionals)
            format = arguments[InspectCommand.format] ?? .text
            rows = arguments[InspectCommand.rows] ?? 10
            writeMapping = arguments[InspectCommand.writeMapping]
        }

        var inputFiles: [String] { input.allFiles }
        var outputFiles: [(option: String, path: String)] {
            [writeMapping.map { (InspectCommand.writeMapping.name, $0) }].compactMap { $0 }
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let instrument = try options.input.loadInstrument()
        let ingestOptions = try options.input.ingestOptions(instrument: instrument)
        let inspection = try FileInspection(
            path: options.input.files[0], options: ingestOptions, rowLimit: options.rows)
        if let mappingPath = options.writeMapping {
            try Output.write(inspection.mappingFile.serialized(), to: mappingPath, context: context)
        }
        let text =
            switch options.format {
            case .json: InspectionJSON(inspection).render()
            case .text:
                InspectionText(inspection, language: context.language == .da ? .da : .en).render()
                    .visibleInTerminal(keepingLineFeeds: true)
            }
        context.stdout.write(text)
        return .success
    }
}

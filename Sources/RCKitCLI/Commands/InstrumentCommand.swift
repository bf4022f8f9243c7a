import RCCommandLine
import RCReport
import RCSurvey

/// `rckit instrument [NAME|FILE]`: the questionnaire, ready to set up in a survey tool.
enum InstrumentCommand: Command {
    static let format = OutputOptions.format(InstrumentRenderer.Format.self, default: .text)
    static let process = Option<String>.text("--process", .placeholder(.text), .help(.process))

    static func spec(_: OutputFormats) -> CommandSpec { spec }

    static let spec = CommandSpec(
        tool: RCKit.name, name: "instrument", summary: CLIText.summary(.instrument).localized,
        discussion: CLIText.discussion(.instrument, builtIns: Instrument.builtInNames).localized,
        positionals: [PositionalSpec(.placeholder(.nameOrFile), .optional)],
        groups: [
            OptionGroup(nil, [process.spec]),
            OutputOptions.group([format.spec, OutputOptions.language.spec, OutputOptions.out.spec])
        ])

    /// Everything `instrument` was asked for.
    struct Options: CommandOptions {
        /// A built-in instrument's name or an instrument file.
        var instrument: String?
        var process: String?
        var format: InstrumentRenderer.Format
        var output: OutputOptions

        init(_ arguments: ParsedArguments) throws(UsageError) {
            instrument = arguments.positionals.first
            process = arguments[InstrumentCommand.process]
            format = arguments[InstrumentCommand.format] ?? .text
            output = OutputOptions(arguments)
        }

        var inputFiles: [String] { instrument.flatMap { InputOptions.namesFile($0) ? [$0] : nil } ?? [] }
        var outputFiles: [(option: String, path: String)] { output.outputFiles }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let language = options.output.language
        let instrument: Instrument
        if let name = options.instrument {
            instrument = try Instrument.resolve(name)
        } else {
            instrument = Instrument.standard(language: language ?? .da)
        }
        let renderer = InstrumentRenderer(
            instrument: instrument, language: language ?? instrument.defaultLanguage,
            process: options.process)
        try Output.write(renderer.render(options.format), to: options.output.out, context: context)
        return .success
    }
}

import RCReport
import RCSurvey

/// `rckit instrument [NAME|FILE]`: the questionnaire, ready to set up in a survey tool.
enum InstrumentCommand: Command {
    static let spec = CommandSpec(
        name: "instrument",
        summary: "Print the questionnaire: the seven questions and their response options.",
        synopsis: "[NAME|FILE] [--lang da|en] [--format text|md|json|html] [--process TEXT] [--out FILE]",
        discussion: """
        NAME is a built-in instrument (\(Instrument.builtInNames.joined(separator: ", "))); FILE is an instrument
        file (.json, see instruments/). Without either, the standard instrument in the chosen language.
        """,
        options: [
            .value("--lang", "LANG", "Language of the questions (default: the instrument's own).", allowed: ["da", "en"]),
            .value("--format", "FORMAT", "Output format (default: text).", allowed: InstrumentRenderer.Format.allCases.map(\.rawValue)),
            .value("--process", "TEXT", "The focal work process to fill into the questions."),
            .value("--out", "FILE", "Write to FILE instead of standard output."),
        ],
        positionals: 0...1)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let language = arguments.value("--lang").flatMap(Language.init(rawValue:))
        let instrument: Instrument
        if let name = arguments.positionals.first {
            instrument = try Instrument.resolve(name)
        } else {
            instrument = Instrument.standard(language: language ?? .da)
        }
        let format = arguments.value("--format").flatMap(InstrumentRenderer.Format.init(rawValue:)) ?? .text
        let renderer = InstrumentRenderer(instrument: instrument, language: language ?? instrument.defaultLanguage,
                                          process: arguments.value("--process"))
        try Output.write(renderer.render(format), to: arguments.value("--out"), context: context)
        return .success
    }
}

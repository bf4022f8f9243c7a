import RCIngest
import RCSurvey

/// `rckit inspect FILE`: how rckit reads a file — encoding, delimiter, export shape, header,
/// records and the column mapping.
enum InspectCommand: Command {
    static let spec = CommandSpec(
        name: "inspect",
        summary: "Show how a file is read: encoding, delimiter, export format, header, records and column mapping.",
        synopsis: "FILE [--format text|json] [--rows N|all] [--instrument I] [--input-format FORMAT] [--write-mapping FILE] [--structure FILE --labels FILE]",
        discussion: "--write-mapping writes a column mapping file to edit for exports whose headers are codes.",
        options: [
            .value("--format", "FORMAT", "Output format (default: text).", allowed: ["text", "json"]),
            .value("--rows", "N", "How many records to show, or 'all' (default: 10)."),
            .value("--instrument", "I", "Instrument: rc7-da, rc7-en or a .json file (default: rc7-da)."),
            .value("--input-format", "FORMAT", "Export shape to assume (default: detected).", allowed: ["auto"] + ExportFormat.allCases.map(\.rawValue)),
            .value("--write-mapping", "FILE", "Write the detected (or a skeleton) column mapping to FILE."),
        ] + SurveyInput.surveyXactOptions,
        positionals: 1...1)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let path = arguments.positionals[0]
        let instrument = try SurveyInput.instrument(arguments)
        var limit: Int? = 10
        if let rows = arguments.value("--rows") {
            if rows == "all" { limit = nil } else { limit = try arguments.integer("--rows", in: 0...Int.max, default: 10) }
        }
        let options = try SurveyInput.ingestOptions(arguments, instrument: instrument)
        let inspection = try FileInspection(path: path, options: options, rowLimit: limit)
        if let mappingPath = arguments.value("--write-mapping") {
            try Output.write(inspection.mappingFile.serialized(), to: mappingPath, context: context)
        }
        let text = arguments.value("--format") == "json" ? inspection.json.serialized() : inspection.text
        context.stdout.write(text)
        return .success
    }
}

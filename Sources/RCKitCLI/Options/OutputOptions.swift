import RCCommandLine
import RCReport
import RCSurvey

/// What to write and where, the same in every command: `--format` (each command its own
/// formats), `--lang`, `--out`, and `--excel` where CSV is written.
struct OutputOptions {
    static let language = Option<Language>.choice("--lang", .placeholder(.language), .help(.language))
    static let out = Option<String>.text("--out", .placeholder(.file), .help(.out))
    static let excel = Option<Bool>.flag("--excel", .help(.excel))

    /// `--format` with `Format`'s values and, in its help, the default.
    static func format<Format: RawRepresentable & CaseIterable & Sendable>(
        _ type: Format.Type, default fallback: Format
    )
        -> Option<Format> where Format.RawValue == String
    {
        .choice("--format", .placeholder(.format), .help(.format(default: fallback.rawValue)))
    }

    /// The OUTPUT group of a command's help.
    static func group(_ options: [OptionSpec]) -> OptionGroup {
        OptionGroup(CLIText.group(.output).localized, options)
    }

    /// `--lang`, when given.
    var language: Language?
    /// `--out`, when given.
    var out: String?

    init(_ arguments: ParsedArguments) {
        language = arguments[Self.language]
        out = arguments[Self.out]
    }

    /// `--out`, when given, as an output file.
    var outputFiles: [(option: String, path: String)] { out.map { [(Self.out.name, $0)] } ?? [] }

    /// `--format` of a command whose results go through the output formats: one of `formats`
    /// (``RCReport/OutputFormats``), `table` by default.
    static func resultFormat(_ formats: OutputFormats) -> Option<String> {
        .choice(
            "--format", .placeholder(.format), .help(.format(default: TableRenderer.name)), values: formats.names)
    }

    /// The format `--format` and `--excel` ask for, by name: `--excel` alone means CSV, and with
    /// another format is a usage error.
    static func resultFormat(_ arguments: ParsedArguments) throws(UsageError) -> (format: String, excel: Bool) {
        let excel = arguments.contains(Self.excel)
        // Read as text: the parser has checked it against the formats the command offered.
        let given = Option<String>.text("--format", .placeholder(.format), .help(.format(default: "")))
        let format = arguments[given] ?? (excel ? CSVRenderer.name : TableRenderer.name)
        if excel && format != CSVRenderer.name {
            throw UsageError(CLIText.excelNeedsCSV(format: format).localized)
        }
        return (format, excel)
    }

    /// The renderer of the format named `name` among the context's formats; one that writes a
    /// binary file (a workbook) needs `--out`.
    static func renderer(_ name: String, out: String?, context: CommandContext) throws(UsageError)
        -> any ResultRenderer.Type
    {
        guard let renderer = context.outputFormats.renderer(named: name) else {
            throw UsageError(
                .invalidChoice(value: name, option: "--format", allowed: context.outputFormats.names, suggestion: nil))
        }
        if renderer.isBinary, out == nil { throw UsageError(CLIText.binaryNeedsOut(format: name).localized) }
        return renderer
    }
}

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
    /// (``RCReport/OutputFormats``); by default `--out`'s extension's, else `table`.
    static func resultFormat(_ formats: OutputFormats) -> Option<String> {
        .choice("--format", .placeholder(.format), .help(.resultFormat), values: formats.names)
    }

    /// The format `--format` asks for, by name (nil when not given: `--out`'s extension decides),
    /// and whether `--excel` asks for Danish Excel's CSV; `--excel` with another format is a usage
    /// error.
    static func resultFormat(_ arguments: ParsedArguments) throws(UsageError) -> (format: String?, excel: Bool) {
        let excel = arguments.contains(Self.excel)
        // Read as text: the parser has checked it against the formats the command offered.
        let given = Option<String>.text("--format", .placeholder(.format), .help(.format(default: "")))
        let format = arguments[given]
        if excel, let format, format != CSVRenderer.name {
            throw UsageError(CLIText.excelNeedsCSV(format: format).localized)
        }
        return (format, excel)
    }

    /// The renderer of the format `--format` names among the context's formats; without `--format`,
    /// the one `--out`'s extension names (`cells.xlsx` a workbook), CSV with `--excel`, else `table`.
    /// A `--format` that disagrees with `--out`'s extension is a usage error, and a format that writes
    /// a binary file (a workbook) needs `--out`.
    static func renderer(_ name: String?, excel: Bool = false, out: String?, context: CommandContext) throws(UsageError)
        -> any ResultRenderer.Type
    {
        let formats = context.outputFormats
        let implied = out.flatMap { formats.renderer(forFile: $0) }
        let renderer: any ResultRenderer.Type
        if let name {
            guard let named = formats.renderer(named: name) else {
                throw UsageError(
                    .invalidChoice(value: name, option: "--format", allowed: formats.names, suggestion: nil))
            }
            if let implied, let out, implied.name != named.name {
                throw UsageError(
                    CLIText.formatDisagreesWithOut(format: name, path: out, implied: Self.fileExtension(out)).localized)
            }
            renderer = named
        } else if excel {
            if let implied, implied.name != CSVRenderer.name {
                throw UsageError(CLIText.excelNeedsCSV(format: implied.name).localized)
            }
            renderer = CSVRenderer.self
        } else {
            renderer = implied ?? TableRenderer.self
        }
        if renderer.isBinary, out == nil {
            throw UsageError(CLIText.binaryNeedsOut(format: renderer.name).localized)
        }
        return renderer
    }

    /// The extension of `path`, as written.
    private static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[path.index(after: dot)...])
    }
}

import RCCommandLine
import RCSurvey

/// The formats `analyze` and `compare` write.
enum ResultFormat: String, CaseIterable, Sendable {
    case table, md, csv, json, html, xlsx
}

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

    /// The format `--format` and `--excel` ask for: `--excel` alone means CSV, and with another
    /// format is a usage error.
    static func tabular(_ arguments: ParsedArguments, _ option: Option<ResultFormat>) throws(UsageError) -> (
        format: ResultFormat, excel: Bool
    ) {
        let excel = arguments.contains(Self.excel)
        let format = arguments[option] ?? (excel ? .csv : .table)
        if excel && format != .csv {
            throw UsageError(CLIText.excelNeedsCSV(format: format.rawValue).localized)
        }
        if format == .xlsx, arguments[Self.out] == nil { throw UsageError(CLIText.xlsxNeedsOut.localized) }
        return (format, excel)
    }
}

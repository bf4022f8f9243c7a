import RCIngest
import RCStats
import RCSurvey

/// The settings `analyze`, `compare` and `report` share, read once from the command line:
/// the instrument, how to read the input, how to analyse it, and the language of the output.
struct AnalysisSettings {
    let instrument: Instrument
    let analysis: AnalysisOptions
    let ingest: IngestOptions
    let language: Language

    init(_ arguments: ParsedArguments) throws {
        instrument = try SurveyInput.instrument(arguments)
        analysis = try SurveyInput.analysisOptions(arguments, instrument: instrument)
        ingest = try SurveyInput.ingestOptions(arguments, instrument: instrument)
        language = arguments.value("--lang").flatMap(Language.init(rawValue:)) ?? .da
    }

    /// The output format: `--format`, or CSV when `--excel` is given, or `fallback`; `--excel`
    /// with any other format is a usage error.
    static func format<F: RawRepresentable & Equatable>(_ arguments: ParsedArguments, csv: F, fallback: F) throws -> (format: F, excel: Bool)
        where F.RawValue == String {
        let excel = arguments.flag("--excel")
        let format = arguments.value("--format").flatMap(F.init(rawValue:)) ?? (excel ? csv : fallback)
        if excel && format != csv {
            throw UsageError("--excel writes CSV; it cannot be combined with --format \(format.rawValue)", command: arguments.command)
        }
        return (format, excel)
    }
}

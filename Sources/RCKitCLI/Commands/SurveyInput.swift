import Foundation
import RCIngest
import RCStats
import RCSurvey

/// Reading survey files for a command: the shared options, the ingestion, and the report
/// on standard error of what was read, accepted and rejected.
struct SurveyInput {
    var data: SurveyData
    var counts: IngestCounts
    var reports: [FileReport]
    var instrument: Instrument

    static let options: [OptionSpec] = [
        .value("--instrument", "I", "Instrument: a built-in name (rc7-da, rc7-en) or a .json file (default: rc7-da)."),
        .value("--input-format", "FORMAT", "Export shape of the input (default: detected).", allowed: ["auto"] + ExportFormat.allCases.map(\.rawValue)),
        .value("--mapping", "FILE", "Column mapping file for exports no detector recognises."),
    ] + surveyXactOptions

    /// A SurveyXact dataset's companion files (found beside the dataset when not given).
    static let surveyXactOptions: [OptionSpec] = [
        .value("--structure", "FILE", "SurveyXact structure file (variable → question text) for a dataset export."),
        .value("--labels", "FILE", "SurveyXact labels file (variable, value code → label) for a dataset export."),
    ]

    static let analysisOptions: [OptionSpec] = [
        .value("--min-group", "K", "Suppress figures resting on fewer than K respondents (default 3)."),
        .value("--min-items", "M", "Items a respondent must answer about a role for a tie score (default: the instrument's, 4)."),
        .value("--lang", "LANG", "Language of the output (default: da).", allowed: ["da", "en"]),
        .value("--out", "FILE", "Write to FILE instead of standard output."),
    ]

    static func instrument(_ arguments: ParsedArguments) throws -> Instrument {
        try Instrument.resolve(arguments.value("--instrument") ?? "rc7-da")
    }

    static func ingestOptions(_ arguments: ParsedArguments, instrument: Instrument, formatOption: String = "--input-format",
                              round: String? = nil) throws -> IngestOptions {
        let formatText = arguments.value(formatOption)
        let format = formatText == "auto" ? nil : formatText.flatMap(ExportFormat.init(rawValue:))
        var options = IngestOptions(instrument: instrument, format: format, round: round,
                                    structure: arguments.value("--structure"), labels: arguments.value("--labels"))
        if let mapping = arguments.value("--mapping") {
            options.mapping = try ColumnMapping.load(path: mapping)
        } else if format == .mapping {
            throw UsageError("--format mapping needs --mapping FILE", command: arguments.command)
        }
        return options
    }

    static func analysisOptions(_ arguments: ParsedArguments, instrument: Instrument) throws -> AnalysisOptions {
        AnalysisOptions(
            minGroup: try arguments.integer("--min-group", in: 1...100_000, default: 3) ?? 3,
            minItems: try arguments.integer("--min-items", in: 1...Dimension.allCases.count, default: instrument.minItems) ?? instrument.minItems,
            strength: instrument.strength)
    }

    /// Reads `files` as one dataset. Rejected records are counted, the first few shown on
    /// standard error, and all passed to `onReject`.
    /// With `labelRoundsByFile`, answers without a round label get their file's name
    /// (`foer.csv` → `foer`), so that two unlabelled exports are two rounds.
    static func load(_ files: [String], options: IngestOptions, context: CommandContext, labelRoundsByFile: Bool = false,
                     onReject: (Rejection) -> Void = { _ in }) throws -> SurveyInput {
        var ingestor = Ingestor(options: options)
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var reports: [FileReport] = []
        var shown = 0
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let report = try ingestor.read(path: file, into: &builder, unlabelledRound: labelRoundsByFile ? stem : nil) { rejection in
                if shown < 5 {
                    context.stderr.write("rckit: warning: \(rejection.location): rejected: \(rejection.reason)\n")
                }
                shown += 1
                onReject(rejection)
            }
            reports.append(report)
        }
        let counts = ingestor.counts
        if shown > 5 { context.stderr.write("rckit: warning: … and \(shown - 5) more rejected records\n") }
        context.stderr.write("rckit: read \(counts.records) answer records in \(counts.rows) rows: \(counts.answers) answers, "
            + "\(counts.missing) missing, \(counts.rejected) rejected\n")
        return SurveyInput(data: builder.build(), counts: counts, reports: reports, instrument: options.instrument)
    }

    /// The one round to analyse: the only one, or the one `label` names.
    func round(_ label: String?) throws -> RoundData {
        if let label {
            guard let round = data.round(label) else {
                throw CommandError(message: "no round '\(label)' in the data; its rounds are: \(roundList)")
            }
            return round
        }
        guard data.rounds.count <= 1 else {
            throw CommandError(message: "the data has \(data.rounds.count) rounds (\(roundList)); choose one with --round, or compare them with 'rckit compare'")
        }
        guard let round = data.rounds.first else {
            throw CommandError(message: "no answers were accepted, so there is nothing to analyse")
        }
        return round
    }

    var roundList: String { data.rounds.map { $0.label.isEmpty ? "(unlabelled)" : $0.label }.joined(separator: ", ") }

    /// Analyses of the rounds `labels` names, in that order (every round when empty).
    func analyses(_ labels: [String], options: AnalysisOptions) throws -> [NetworkAnalysis] {
        let labels = labels.isEmpty ? data.rounds.map(\.label) : labels
        guard !labels.isEmpty else { throw CommandError(message: "no answers were accepted, so there is nothing to analyse") }
        return try labels.map { label in
            guard let round = data.round(label) else {
                throw CommandError(message: "no round '\(label)' in the data; its rounds are: \(roundList)")
            }
            return NetworkAnalysis(round, roles: data.storageRoles, order: data.displayOrder, options: options)
        }
    }
}

import Foundation
import RCCommandLine
import RCIngest
import RCReport
import RCStats
import RCSurvey

/// Reading survey files for a command: the ingestion, and the report
/// on standard error of what was read, accepted and rejected.
struct SurveyInput {
    var data: SurveyData
    var counts: IngestCounts
    var reports: [FileReport]
    var instrument: Instrument
    /// The respondents' background variables, when they were asked for.
    var background = BackgroundVariables()
    /// How the files were read, for reading them again by segment.
    var files: [String] = []
    var options = IngestOptions()
    var labelRoundsByFile = false
    /// With `--where`: the segment the data is restricted to, whose analyses are those of its
    /// segment of `--by`.
    var segment: SegmentChoice?

    /// Reads `files` as one dataset. Rejected records are counted, the first few shown on
    /// standard error, and all passed to `onReject`.
    /// With `labelRoundsByFile`, answers without a round label get their file's name
    /// (`foer.csv` → `foer`), so that two unlabelled exports are two rounds.
    static func load(
        _ files: [String], options: IngestOptions, context: CommandContext, labelRoundsByFile: Bool = false,
        onReject: (Rejection) -> Void = { _ in }
    ) throws -> SurveyInput {
        var ingestor = Ingestor(options: options)
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var reports: [FileReport] = []
        var shown = 0
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let report = try ingestor.read(path: file, into: &builder, unlabelledRound: labelRoundsByFile ? stem : nil)
            { rejection in
                if shown < 5 {
                    context.stderr.write(
                        context.warning(.rejected(location: rejection.location, reason: rejection.reason)))
                }
                shown += 1
                onReject(rejection)
            }
            if let warning = report.repairWarning { context.stderr.write(context.warning(.fileWarning(warning))) }
            reports.append(report)
        }
        let counts = ingestor.counts
        if shown > 5 { context.stderr.write(context.warning(.moreRejected(shown - 5))) }
        if let conflict = ingestor.background.conflict { throw conflict }
        context.stderr.write(context.note(.readSummary(counts)))
        return SurveyInput(
            data: builder.build(), counts: counts, reports: reports, instrument: options.instrument,
            background: ingestor.background, files: files, options: options, labelRoundsByFile: labelRoundsByFile)
    }

    /// The one round to analyse: the only one, or the one `label` names.
    func round(_ label: String?, language: TextLanguage) throws -> RoundData {
        if let label {
            guard let round = data.round(label) else {
                throw CommandError(message: CLIText.noSuchRound(label, rounds: roundList(language))(language))
            }
            return round
        }
        guard data.rounds.count <= 1 else {
            throw CommandError(
                message: CLIText.severalRounds(count: data.rounds.count, rounds: roundList(language))(language))
        }
        guard let round = data.rounds.first else { throw CommandError(message: CLIText.nothingAccepted(language)) }
        return round
    }

    /// The rounds' labels, for messages.
    func roundList(_ language: TextLanguage) -> String {
        data.rounds.map { $0.label.isEmpty ? CLIText.unlabelledRound(language) : $0.label }.joined(separator: ", ")
    }

    /// The analysis of the one round `label` names (see ``round(_:language:)``): with `--where`,
    /// the segment's.
    func analysis(_ label: String?, options: AnalysisOptions, language: TextLanguage) throws -> NetworkAnalysis {
        let round = try self.round(label, language: language)
        if let segment {
            guard let analysis = segment.analyses[round.label] else {
                throw CommandError(message: CLIText.noSuchRound(round.label, rounds: roundList(language))(language))
            }
            return analysis
        }
        return NetworkAnalysis(round, roles: data.storageRoles, order: data.displayOrder, options: options)
    }

    /// Analyses of the rounds `labels` names, in that order (every round when empty).
    func analyses(_ labels: [String], options: AnalysisOptions, language: TextLanguage) throws -> [NetworkAnalysis] {
        let labels = labels.isEmpty ? data.rounds.map(\.label) : labels
        guard !labels.isEmpty else { throw CommandError(message: CLIText.nothingAccepted(language)) }
        return try labels.map { label in
            guard let round = data.round(label) else {
                throw CommandError(message: CLIText.noSuchRound(label, rounds: roundList(language))(language))
            }
            if let analysis = segment?.analyses[label] { return analysis }
            return NetworkAnalysis(round, roles: data.storageRoles, order: data.displayOrder, options: options)
        }
    }
}

extension SurveyInput {
    /// What every output of these files' result shares: the reading counts, the language and
    /// the instrument's scale and title, with what the command line chose.
    func resultContext(
        _ output: OutputOptions, excel: Bool = false, rates: ResponseRates? = nil, context: CommandContext
    ) -> ResultContext {
        let language = output.language ?? .da
        var result = ResultContext(ingest: counts, language: language, scale: Self.scaleRange(instrument))
        result.responseRates = rates
        result.color = output.out == nil && context.useColor
        result.excel = excel
        result.report.title = instrument.title.text(language)
        result.report.process = instrument.process.text(language)
        result.report.sources = files.map { ($0 as NSString).lastPathComponent }
        result.report.generated = Self.today()
        result.report.generator = "rckit \(RCKit.version)"
        result.segment = segment?.name
        return result
    }

    /// The range the instrument's items are scored on (1…5 for the standard survey).
    static func scaleRange(_ instrument: Instrument) -> ClosedRange<Double> {
        let scales = instrument.items.compactMap { instrument.scale(for: $0.dimension) }
        guard let low = scales.map(\.minimum).min(), let high = scales.map(\.maximum).max(), low < high else {
            return 1...5
        }
        return low...high
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

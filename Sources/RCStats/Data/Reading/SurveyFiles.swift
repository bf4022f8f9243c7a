import Foundation
import RCIngest
import RCSurvey

/// Survey files read as one dataset, as every command that analyses them reads them: the
/// answers (``SurveyData``), what reading gave (counts and a report per file), the instrument,
/// the respondents' background variables, and how to read the files again by segment.
///
/// ```swift
/// let survey = try SurveyFiles.read(["før.csv", "efter.csv"], options: IngestOptions(instrument: .standard(language: .da)),
///                                   labelRoundsByFile: true)
/// let analyses = try survey.analyses([], options: AnalysisOptions())
/// ```
public struct SurveyFiles: Sendable {
    /// The answers, by round.
    public var data: SurveyData
    /// What reading every file gave.
    public var counts: IngestCounts
    /// What reading each file gave, in the order read.
    public var reports: [FileReport]
    /// The instrument the answers were read and scored with.
    public var instrument: Instrument
    /// The respondents' background variables, when ``IngestOptions/collectsBackground`` asked for them.
    public var background = BackgroundVariables()
    /// The files, as given.
    public var files: [String] = []
    /// How the files were read, for reading them again by segment.
    public var options = IngestOptions()
    /// Whether answers without a round label took their file's name as the round.
    public var labelRoundsByFile = false
    /// With `--where`: the segment the data is restricted to, whose analyses are those of its
    /// segment of `--by` (``restricted(to:options:)``).
    public var segment: SegmentChoice?

    /// Reads `files` as one dataset. Each rejected record is handed to `onReject`.
    /// With `labelRoundsByFile`, answers without a round label get their file's name
    /// (`foer.csv` → `foer`), so that two unlabelled exports are two rounds. Background values
    /// that disagree for one respondent are an error (``BackgroundConflict``).
    public static func read(
        _ files: [String], options: IngestOptions, labelRoundsByFile: Bool = false,
        onReject: (Rejection) -> Void = { _ in }
    ) throws -> SurveyFiles {
        var ingestor = Ingestor(options: options)
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var reports: [FileReport] = []
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            reports.append(
                try ingestor.read(
                    path: file, into: &builder, unlabelledRound: labelRoundsByFile ? stem : nil, reject: onReject))
        }
        if let conflict = ingestor.background.conflict { throw conflict }
        return SurveyFiles(
            data: builder.build(), counts: ingestor.counts, reports: reports, instrument: options.instrument,
            background: ingestor.background, files: files, options: options, labelRoundsByFile: labelRoundsByFile)
    }

    /// The one round to analyse: the only one, or the one `label` names.
    public func round(_ label: String?) throws(SurveySelectionError) -> RoundData {
        if let label {
            guard let round = data.round(label) else { throw .noSuchRound(label, rounds: roundLabels) }
            return round
        }
        guard data.rounds.count <= 1 else { throw .severalRounds(roundLabels) }
        guard let round = data.rounds.first else { throw .nothingAccepted }
        return round
    }

    /// The rounds' labels, in order (empty for a round without one).
    public var roundLabels: [String] { data.rounds.map(\.label) }

    /// The analysis of the one round `label` names (see ``round(_:)``): with `--where`, the segment's.
    public func analysis(_ label: String?, options: AnalysisOptions) throws(SurveySelectionError) -> NetworkAnalysis {
        let round = try self.round(label)
        if let segment {
            guard let analysis = segment.analyses[round.label] else {
                throw .noSuchRound(round.label, rounds: roundLabels)
            }
            return analysis
        }
        return NetworkAnalysis(round, roles: data.storageRoles, order: data.displayOrder, options: options)
    }

    /// Analyses of the rounds `labels` names, in that order (every round when empty); with
    /// `--where`, the segment's.
    public func analyses(_ labels: [String], options: AnalysisOptions) throws(SurveySelectionError)
        -> [NetworkAnalysis]
    {
        let labels = labels.isEmpty ? roundLabels : labels
        guard !labels.isEmpty else { throw .nothingAccepted }
        return try labels.map { label throws(SurveySelectionError) in
            guard let round = data.round(label) else { throw .noSuchRound(label, rounds: roundLabels) }
            if let analysis = segment?.analyses[label] { return analysis }
            return NetworkAnalysis(round, roles: data.storageRoles, order: data.displayOrder, options: options)
        }
    }
}

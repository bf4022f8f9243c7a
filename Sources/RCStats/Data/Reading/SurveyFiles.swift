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
    /// The round label each file's answers without one took, in the order of ``files`` (nil: none).
    public var fileRounds: [String?] = []
    /// The rejected records, by reason.
    public var rejections = RejectionSummary()
    /// With `--where`: the segment the data is restricted to, whose analyses are those of its
    /// segment of `--by` (``restricted(to:options:)``).
    public var segment: SegmentChoice?

    /// Reads `files` as one dataset. Each rejected record is handed to `onReject`, and counted by
    /// reason in ``rejections``. With `labelRoundsByFile`, answers without a round label get their
    /// file's name (``roundLabels(naming:)``: `foer.csv` → `foer`, `før/dataset.csv` → `før` beside
    /// `efter/dataset.csv`), so that two unlabelled exports are two rounds; `roundNames` gives those
    /// labels instead, one per file in order (`--round-names`). Background values that disagree for
    /// one respondent are an error (``BackgroundConflict``).
    public static func read(
        _ files: [String], options: IngestOptions, labelRoundsByFile: Bool = false, roundNames: [String]? = nil,
        onReject: (Rejection) -> Void = { _ in }
    ) throws -> SurveyFiles {
        var ingestor = Ingestor(options: options)
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var reports: [FileReport] = []
        var rejections = RejectionSummary()
        let rounds: [String?] =
            roundNames.map { names in files.indices.map { $0 < names.count ? names[$0] : nil } }
            ?? (labelRoundsByFile ? roundLabels(naming: files) : files.map { _ in nil })
        for (file, round) in zip(files, rounds) {
            reports.append(
                try ingestor.read(path: file, into: &builder, unlabelledRound: round) { rejection in
                    rejections.add(rejection)
                    onReject(rejection)
                })
        }
        if let conflict = ingestor.background.conflict { throw conflict }
        var survey = SurveyFiles(
            data: builder.build(), counts: ingestor.counts, reports: reports, instrument: options.instrument,
            background: ingestor.background, files: files, options: options)
        survey.fileRounds = rounds
        survey.rejections = rejections
        return survey
    }

    /// The round label of each file's answers that have none, when files are rounds: the file's
    /// name without its extension (`foer.csv` → `foer`); where two files have the same name
    /// (`før/dataset.csv`, `efter/dataset.csv`, as SurveyXact names every export), the folder it is
    /// in (`før`, `efter`); where those are the same too, the path without the extension.
    public static func roundLabels(naming files: [String]) -> [String] {
        func stem(_ path: String) -> String {
            ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        func folder(_ path: String) -> String {
            let parent = (path as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : (parent as NSString).lastPathComponent
        }
        // Names that differ only in case (`dataset`, `Dataset`) are the same name.
        func repeated(_ labels: [String]) -> Set<String> {
            var seen: [String: Int] = [:]
            for label in labels { seen[label.lowercased(), default: 0] += 1 }
            return Set(seen.filter { $0.value > 1 }.keys)
        }
        let same = repeated(files.map(stem))
        let byFolder = files.map { same.contains(stem($0).lowercased()) ? folder($0) : stem($0) }
        let stillSame = repeated(byFolder)
        return zip(files, byFolder).map { file, label in
            stillSame.contains(label.lowercased()) ? (file as NSString).deletingPathExtension : label
        }
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

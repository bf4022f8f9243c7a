import RCIngest
import RCStats
import RCSurvey

/// What a command that analyses survey files produced, as every output format takes it: one
/// round's network, rounds compared, or either beside the segments of a background variable.
public enum SurveyResult: Sendable {
    /// One round (`analyze`).
    case analysis(NetworkAnalysis)
    /// One round of the whole organisation beside its segments (`analyze --by`), with each
    /// segment's reading counts.
    case segmentedAnalysis(SegmentedAnalysis, segmentIngest: [IngestCounts])
    /// Consecutive rounds compared (`compare`), at least one pair.
    case comparison([RoundComparison])
    /// Rounds compared for the whole organisation and each segment (`compare --by`).
    case segmentedComparison(SegmentedComparison)

    /// The analysed rounds of the whole organisation, in order.
    public var analyses: [NetworkAnalysis] {
        switch self {
        case let .analysis(analysis): [analysis]
        case let .segmentedAnalysis(segmented, _): [segmented.whole]
        case let .comparison(comparisons): comparisons.first.map { [$0.before] + comparisons.map(\.after) } ?? []
        case let .segmentedComparison(segmented): segmented.rounds.map(\.whole)
        }
    }

    /// Each round of the whole organisation beside its segments (empty without segments).
    public var segmentedRounds: [SegmentedAnalysis] {
        switch self {
        case .analysis, .comparison: []
        case let .segmentedAnalysis(segmented, _): [segmented]
        case let .segmentedComparison(segmented): segmented.rounds
        }
    }
}

/// What every output of a result shares besides the result: how the files were read, the
/// language, the instrument's scale and title, and the choices of the command line.
public struct ResultContext: Sendable {
    /// What reading the files gave (the whole organisation).
    public var ingest: IngestCounts
    /// The language of every word and number of the output.
    public var language: Language
    /// The range the instrument's items are scored on (colour scales and axes).
    public var scale: ClosedRange<Double>
    /// With `--invited`: response rates per role.
    public var responseRates: ResponseRates?
    /// Colour in terminal tables.
    public var color = false
    /// CSV for Danish Excel: semicolons and decimal commas.
    public var excel = false
    /// The report's title, subtitle and the rest of its first lines (HTML).
    public var report = ReportDetails()
    /// With `--where`: the one segment the result is, which every output names.
    public var segment: SegmentName?
    /// The rejected answer records `--accept-rejects` left out, by reason: the table, Markdown,
    /// JSON and HTML outputs say how many and why (the report on its first page); CSV tables and
    /// workbooks hold figures only.
    public var leftOut = RejectionSummary()

    /// The context of a result read as `ingest` says, written in `language`, on a scale of `scale`.
    public init(ingest: IngestCounts, language: Language, scale: ClosedRange<Double> = 1...5) {
        self.ingest = ingest
        self.language = language
        self.scale = scale
    }
}

/// The lines an HTML report opens and closes with, and which version of it to write.
public struct ReportDetails: Sendable {
    /// The title (`--title`, else the instrument's title).
    public var title: String?
    /// A line under the title (`--subtitle`).
    public var subtitle: String?
    /// The instrument's focal process.
    public var process: String?
    /// The data files' names.
    public var sources: [String] = []
    /// When the report was made ("2026-12-07").
    public var generated: String?
    /// The program that made it ("rckit 0.2.0").
    public var generator: String?
    /// The short version for a workshop (`--handout`).
    public var handout = false

    /// No title, subtitle or sources; the whole report.
    public init() {}
}

/// One answer in tidy long form: what respondent `respondent`, working in `raterRole`,
/// said about `targetRole` on `dimension` (SPEC §2).
public struct Answer: Sendable, Hashable {
    /// The respondent's id as the export gives it; it pairs a respondent's answers across rounds.
    public var respondent: String
    /// The survey round ("før", "efter"); empty when the data has one round.
    public var round: String
    /// The role the respondent works in (the rater), as the data names it.
    public var raterRole: String
    /// The role the answer is about (the target); the rater's own role for a within-role answer.
    public var targetRole: String
    /// The dimension the question measures.
    public var dimension: Dimension
    /// The score; `nil` for a missing answer ("Ved ikke", "Ikke relevant", blank).
    public var score: Double?
    /// For a missing answer given as one of its scale's missing labels ("Ved ikke", "Ikke
    /// relevant"), that label as written, when the reading keeps it
    /// (``RCIngest/IngestOptions/keepsMissingLabels``); nil otherwise.
    public var missingLabel: String?

    /// An answer; `round` is empty for data with one round, `score` nil for a missing answer
    /// (`missingLabel` the label it was given as, if kept).
    public init(
        respondent: String, round: String = "", raterRole: String, targetRole: String,
        dimension: Dimension, score: Double?, missingLabel: String? = nil
    ) {
        self.respondent = respondent
        self.round = round
        self.raterRole = raterRole
        self.targetRole = targetRole
        self.dimension = dimension
        self.score = score
        self.missingLabel = score == nil ? missingLabel : nil
    }
}

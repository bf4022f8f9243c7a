/// One answer in tidy long form: what respondent `respondent`, working in `raterRole`,
/// said about `targetRole` on `dimension` (SPEC §2).
public struct Answer: Sendable, Hashable {
    public var respondent: String
    /// The survey round ("før", "efter"); empty when the data has one round.
    public var round: String
    public var raterRole: String
    public var targetRole: String
    public var dimension: Dimension
    /// The score; `nil` for a missing answer ("Ved ikke", "Ikke relevant", blank).
    public var score: Double?

    public init(
        respondent: String, round: String = "", raterRole: String, targetRole: String,
        dimension: Dimension, score: Double?
    ) {
        self.respondent = respondent
        self.round = round
        self.raterRole = raterRole
        self.targetRole = targetRole
        self.dimension = dimension
        self.score = score
    }
}

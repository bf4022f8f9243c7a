/// Does a group agree enough for its mean to mean something? ICC(1) and ICC(2) of the
/// respondent index I(r) with the rater role as the group (SPEC §3; Bliese 2000).
public struct Agreement: Sendable, Equatable {
    /// What the groups are: "rater_role", or the background variable of the segments.
    public let by: String
    /// Groups (rater roles, segments) with at least one respondent index.
    public let groups: Int
    /// Respondents with an index I(r).
    public let n: Int
    /// ICC(1) = (MSB − MSW) / (MSB + (k̄ − 1)·MSW), k̄ = N/G; nil when G < 2, N ≤ G or undefined.
    public let icc1: Double?
    /// ICC(2) = (MSB − MSW) / MSB, the reliability of the group means; nil as ICC(1), or MSB = 0.
    public let icc2: Double?

    /// One-way ANOVA over the groups' summaries of I(r) (n, mean, sample variance).
    init(groups accumulators: [SummaryAccumulator], by: String = "rater_role", minGroup: Int = 1) {
        self.by = by
        let summaries = accumulators.filter { $0.count >= max(1, minGroup) }.compactMap(\.summary).filter {
            $0.count > 0
        }
        let g = summaries.count
        let total = summaries.reduce(0) { $0 + $1.count }
        groups = g
        n = total
        guard g >= 2, total > g else {
            icc1 = nil
            icc2 = nil
            return
        }
        let grand = summaries.reduce(0.0) { $0 + Double($1.count) * $1.mean } / Double(total)
        let between = summaries.reduce(0.0) { $0 + Double($1.count) * ($1.mean - grand) * ($1.mean - grand) }
        let within = summaries.reduce(0.0) { $0 + Double($1.count - 1) * ($1.variance ?? 0) }
        let msb = between / Double(g - 1)
        let msw = within / Double(total - g)
        let kBar = Double(total) / Double(g)
        let denominator = msb + (kBar - 1) * msw
        icc1 = denominator != 0 ? (msb - msw) / denominator : nil
        icc2 = msb != 0 ? (msb - msw) / msb : nil
    }
}

/// A two-sided confidence interval.
public struct ConfidenceInterval: Sendable, Hashable {
    /// The lower bound.
    public let lower: Double
    /// The upper bound.
    public let upper: Double
    /// The coverage, for example 0.95.
    public let level: Double

    /// estimate ± t((1 + level)/2, df) · standardError; nil unless the
    /// ingredients are finite, the standard error is positive, df > 0 and
    /// 0 < level < 1.
    static func student(
        estimate: Double, standardError: Double, degreesOfFreedom: Double, level: Double
    ) -> ConfidenceInterval? {
        guard estimate.isFinite, standardError.isFinite, standardError > 0, level > 0, level < 1,
            let distribution = StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
        else { return nil }
        let half = distribution.quantile(0.5 + 0.5 * level) * standardError
        guard half.isFinite else { return nil }
        return ConfidenceInterval(lower: estimate - half, upper: estimate + half, level: level)
    }
}

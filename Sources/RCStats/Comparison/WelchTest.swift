/// Welch's unequal-variance t-test of the difference between two independent
/// groups, "before" (A) and "after" (B), from their summaries.
///
/// diff = mean_B − mean_A, se = √(s_A²/n_A + s_B²/n_B), t = diff/se, the
/// Welch–Satterthwaite degrees of freedom, a two-sided p-value from Student's t
/// and the interval diff ± t((1 + level)/2, df)·se.
///
/// When both groups have zero variance the standard error is 0 and the test is
/// undefined: `t`, `degreesOfFreedom`, `pValue` and `confidenceInterval` are nil
/// (never ±∞ or NaN), while `difference` and `standardError` are still given.
public struct WelchTest: Sendable, Hashable {
    /// Group A.
    public let before: Summary
    /// Group B.
    public let after: Summary
    /// mean_B − mean_A.
    public let difference: Double
    /// √(s_A²/n_A + s_B²/n_B), possibly 0.
    public let standardError: Double
    /// difference / standardError; nil when the standard error is 0.
    public let t: Double?
    /// The Welch–Satterthwaite degrees of freedom (fractional); nil when the
    /// standard error is 0.
    public let degreesOfFreedom: Double?
    /// The two-sided p-value; nil when the standard error is 0.
    public let pValue: Double?
    /// The interval for the difference; nil when the standard error is 0.
    public let confidenceInterval: ConfidenceInterval?

    /// Returns nil unless both groups have at least two values (so that both
    /// variances exist) and `level` is in (0, 1).
    init?(before: Summary, after: Summary, level: Double = 0.95) {
        guard level > 0, level < 1,
            let varianceA = before.variance, let varianceB = after.variance
        else { return nil }
        let nA = Double(before.count)
        let nB = Double(after.count)
        let partA = varianceA / nA
        let partB = varianceB / nB
        let standardError = (partA + partB).squareRoot()
        self.before = before
        self.after = after
        self.difference = after.mean - before.mean
        self.standardError = standardError
        guard standardError > 0, standardError.isFinite, difference.isFinite else {
            (t, degreesOfFreedom, pValue, confidenceInterval) = (nil, nil, nil, nil)
            return
        }
        let df =
            (partA + partB) * (partA + partB)
            / (partA * partA / (nA - 1) + partB * partB / (nB - 1))
        let t = difference / standardError
        self.t = t
        self.degreesOfFreedom = df
        self.pValue = StudentTDistribution(degreesOfFreedom: df)?.twoSidedPValue(t)
        self.confidenceInterval = ConfidenceInterval.student(
            estimate: difference, standardError: standardError, degreesOfFreedom: df, level: level)
    }
}

/// The paired t-test on matched respondents: the differences after − before,
/// their mean, standard deviation, t = mean/(sd/√n), df = n − 1 and a two-sided
/// p-value (SciPy's `ttest_rel(after, before)`).
///
/// When every difference is the same the standard deviation is 0 and the test
/// is undefined: `t`, `pValue` and `confidenceInterval` are nil.
public struct PairedTest: Sendable, Hashable {
    /// The number of matched pairs, at least 2.
    public let count: Int
    /// The mean of after − before.
    public let meanDifference: Double
    /// The sample standard deviation of the differences.
    public let standardDeviation: Double
    /// standardDeviation / √count.
    public let standardError: Double
    /// meanDifference / standardError; nil when the standard error is 0.
    public let t: Double?
    /// count − 1.
    public let degreesOfFreedom: Double
    /// The two-sided p-value; nil when the standard error is 0.
    public let pValue: Double?
    /// meanDifference ± t((1 + level)/2, n − 1)·standardError; nil when the
    /// standard error is 0.
    public let confidenceInterval: ConfidenceInterval?

    /// The test on pairs (before[i], after[i]). Returns nil when the arrays differ
    /// in length, there are fewer than two pairs, or `level` is not in (0, 1).
    init?(before: [Double], after: [Double], level: Double = 0.95) {
        guard before.count == after.count else { return nil }
        let differences = zip(after, before).map { $0 - $1 }
        guard let summary = Summary(differences) else { return nil }
        self.init(differences: summary, level: level)
    }

    /// The test from the summary of the differences after − before. Returns nil
    /// when the summary has fewer than two values or `level` is not in (0, 1).
    init?(differences: Summary, level: Double = 0.95) {
        guard level > 0, level < 1, let sd = differences.standardDeviation,
            let standardError = differences.standardError
        else { return nil }
        count = differences.count
        meanDifference = differences.mean
        standardDeviation = sd
        self.standardError = standardError
        degreesOfFreedom = Double(differences.count - 1)
        guard standardError > 0, standardError.isFinite, meanDifference.isFinite else {
            (t, pValue, confidenceInterval) = (nil, nil, nil)
            return
        }
        let t = meanDifference / standardError
        self.t = t
        pValue = StudentTDistribution(degreesOfFreedom: degreesOfFreedom)?.twoSidedPValue(t)
        confidenceInterval = ConfidenceInterval.student(
            estimate: meanDifference, standardError: standardError,
            degreesOfFreedom: degreesOfFreedom, level: level)
    }
}

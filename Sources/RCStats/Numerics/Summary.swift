import Foundation

/// Count, mean and sample variance of a set of values: the descriptive
/// statistics behind every cell, index and comparison.
public struct Summary: Sendable, Hashable {
    /// The number of values, at least 1.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The sample variance (denominator n − 1); nil when `count` is 1.
    public let variance: Double?

    /// The sample standard deviation (denominator n − 1); nil when `count` is 1.
    public var standardDeviation: Double? {
        variance.map { $0.squareRoot() }
    }

    /// The standard error of the mean, sd/√n; nil when `count` is 1.
    public var standardError: Double? {
        variance.map { ($0 / Double(count)).squareRoot() }
    }

    /// A summary from published figures. Returns nil when `count` < 1, the mean
    /// is not finite, or the variance is negative, not finite, or missing with
    /// `count` ≥ 2. With `count` = 1 any variance given is ignored.
    init?(count: Int, mean: Double, variance: Double?) {
        guard count >= 1, mean.isFinite else { return nil }
        if count == 1 {
            self.init(uncheckedCount: 1, mean: mean, variance: nil)
            return
        }
        guard let variance, variance.isFinite, variance >= 0 else { return nil }
        self.init(uncheckedCount: count, mean: mean, variance: variance)
    }

    /// A summary from published figures with the standard deviation rather than
    /// the variance; the same rules as ``init(count:mean:variance:)``.
    init?(count: Int, mean: Double, standardDeviation: Double?) {
        if let standardDeviation, !(standardDeviation >= 0) { return nil }
        self.init(count: count, mean: mean, variance: standardDeviation.map { $0 * $0 })
    }

    /// The summary of `values`; nil when there are none.
    ///
    /// Two passes with compensated (Neumaier) sums and the corrected two-pass
    /// variance, so the figures match NumPy's `mean` and `var(ddof=1)` to the
    /// last digit or two. Non-finite values make the mean and variance NaN or
    /// infinite rather than being skipped: filter missing answers first.
    init?(_ values: some Collection<Double>) {
        let n = values.count
        guard n >= 1 else { return nil }
        var sum = CompensatedSum()
        for value in values { sum.add(value) }
        let mean = sum.value / Double(n)
        if n == 1 {
            self.init(uncheckedCount: 1, mean: mean, variance: nil)
            return
        }
        var squares = CompensatedSum()
        var deviations = CompensatedSum()
        for value in values {
            let deviation = value - mean
            squares.add(deviation * deviation)
            deviations.add(deviation)
        }
        // The second term removes the rounding left in the mean.
        let correction = deviations.value * deviations.value / Double(n)
        let raw = (squares.value - correction) / Double(n - 1)
        // Clamp rounding below zero, but let NaN from non-finite input through.
        self.init(uncheckedCount: n, mean: mean, variance: raw < 0 ? 0 : raw)
    }

    init(uncheckedCount count: Int, mean: Double, variance: Double?) {
        self.count = count
        self.mean = mean
        self.variance = variance
    }

    /// The confidence interval for the mean, mean ± t((1 + level)/2, n − 1)·sd/√n;
    /// nil when `count` < 2 or `level` is not in (0, 1). When every value is equal
    /// the interval has zero width.
    public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval? {
        guard count >= 2, let standardError, level > 0, level < 1 else { return nil }
        if standardError == 0 {
            return ConfidenceInterval(lower: mean, upper: mean, level: level)
        }
        return ConfidenceInterval.student(
            estimate: mean, standardError: standardError,
            degreesOfFreedom: Double(count - 1), level: level)
    }
}

/// Neumaier's compensated sum: the rounding error of each addition is kept and
/// added back at the end.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    mutating func add(_ value: Double) {
        let total = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - total) + value
        } else {
            compensation += (value - total) + sum
        }
        sum = total
    }

    var value: Double {
        let total = sum + compensation
        return total.isNaN ? sum : total
    }
}

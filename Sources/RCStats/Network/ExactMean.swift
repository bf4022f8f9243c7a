@_spi(FastPath) import RCSurvey

/// A mean known exactly as a fraction of whole numbers, so that it can be classified against
/// the strength thresholds without rounding error: a cell of whole-number scores whose mean
/// is exactly 3.5 is moderate, whatever its running Double mean (3.4999999999999996) says.
///
/// A tie score T(r,t) = S/c is a sum of whole scores over c ≤ 7 items, so a cell's mean is
/// Σ S·(420/c) / (420·n), 420 being the least common multiple of 1…7.
struct ExactMean: Sendable, Equatable {
    /// The common denominator of tie scores: lcm(1, …, 7).
    static let tieDenominator = 420

    let numerator: Int
    let denominator: Int

    /// Weak, moderate or strong by exact comparison with the thresholds; nil when a threshold
    /// is not a short decimal or the products overflow (then the Double mean decides).
    func strength(_ thresholds: StrengthThresholds) -> Strength? {
        guard denominator > 0, let weak = compare(to: thresholds.weakBelow),
            let strong = compare(to: thresholds.strongAbove)
        else { return nil }
        if weak < 0 { return .weak }
        if strong > 0 { return .strong }
        return .moderate
    }

    /// The sign of (this mean − `threshold`), with the threshold read as the decimal it is
    /// written as (3.5, 4, 6.25; at most 9 decimals).
    func compare(to threshold: Double) -> Int? {
        guard threshold.isFinite else { return nil }
        var scale = 1
        while abs(threshold * Double(scale)) >= 9e15
            || Double(Int((threshold * Double(scale)).rounded())) / Double(scale) != threshold
        {
            guard scale < 1_000_000_000, abs(threshold * Double(scale)) < 9e15 else { return nil }
            scale *= 10
        }
        guard abs(threshold * Double(scale)) < 9e15 else { return nil }
        let thresholdNumerator = Int((threshold * Double(scale)).rounded())
        let (left, leftOverflow) = numerator.multipliedReportingOverflow(by: scale)
        let (right, rightOverflow) = thresholdNumerator.multipliedReportingOverflow(by: denominator)
        guard !leftOverflow, !rightOverflow else { return nil }
        return left < right ? -1 : (left > right ? 1 : 0)
    }
}

extension StrengthThresholds {
    /// The strength of a mean, exactly when `exact` is known and decidable, else by its Double value.
    func strength(of mean: Double, exact: ExactMean?) -> Strength {
        exact.flatMap { $0.strength(self) } ?? strength(of: mean)
    }
}

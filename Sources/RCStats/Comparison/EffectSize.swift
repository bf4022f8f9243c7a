/// Standardized effect sizes for a before/after comparison of two groups.
enum EffectSize {
    /// The pooled standard deviation
    /// √(((n_A − 1)s_A² + (n_B − 1)s_B²)/(n_A + n_B − 2)); nil when a group has
    /// fewer than two values.
    static func pooledStandardDeviation(before: Summary, after: Summary) -> Double? {
        guard let varianceA = before.variance, let varianceB = after.variance else { return nil }
        let nA = Double(before.count)
        let nB = Double(after.count)
        return (((nA - 1) * varianceA + (nB - 1) * varianceB) / (nA + nB - 2)).squareRoot()
    }

    /// Hedges' g = (mean_B − mean_A)/s_pooled · (1 − 3/(4(n_A + n_B) − 9)).
    ///
    /// nil when a group has fewer than two values or the pooled standard
    /// deviation is 0 (both groups constant: the standardized difference is 0/0
    /// or infinite, so it is left undefined rather than reported as NaN or ∞).
    static func hedgesG(before: Summary, after: Summary) -> Double? {
        guard let pooled = pooledStandardDeviation(before: before, after: after),
            pooled > 0, pooled.isFinite
        else { return nil }
        let n = Double(before.count + after.count)
        let g = (after.mean - before.mean) / pooled * (1 - 3 / (4 * n - 9))
        return g.isFinite ? g : nil
    }
}

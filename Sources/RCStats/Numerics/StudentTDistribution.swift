import Foundation

/// Student's t distribution with any real, positive degrees of freedom
/// (Welch–Satterthwaite degrees of freedom are fractional).
///
/// Probabilities come from the regularized incomplete beta function of
/// df/(df + t²) directly, so tail probabilities and two-sided p-values keep their
/// relative precision for large |t| instead of being computed as 1 − (something
/// near 1). Infinite degrees of freedom give the standard normal distribution.
struct StudentTDistribution: Sendable, Hashable {
    /// The degrees of freedom, > 0 (possibly +∞).
    let degreesOfFreedom: Double

    /// Returns nil unless `degreesOfFreedom` is positive (NaN, zero and negative
    /// values are rejected; +∞ is the normal limit).
    init?(degreesOfFreedom: Double) {
        guard degreesOfFreedom > 0 else { return nil }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The probability density at t.
    func density(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let df = degreesOfFreedom
        if df.isInfinite { return StandardNormal.density(t) }
        if t.isInfinite { return 0 }
        let t2 = t * t
        // log(1 + t²/df), without overflowing t² for huge |t|.
        let logKernel =
            t2 < 1e300 ? log1p(t2 / df) : 2 * log(abs(t)) - log(df) + log1p(df / t2)
        return exp(
            -0.5 * (df + 1) * logKernel - SpecialFunctions.logBeta(0.5 * df, 0.5) - 0.5 * log(df))
    }

    /// P(T ≤ t).
    func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let parts = split(abs(t))
        return t < 0 ? parts.tail : 0.5 + parts.central
    }

    /// P(T > t), the survival function 1 − cdf(t), computed directly.
    func survival(_ t: Double) -> Double {
        cdf(-t)
    }

    /// The two-sided p-value P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½).
    func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return min(1, 2 * split(abs(t)).tail)
    }

    /// For |t|: the upper tail P(T > |t|) and the central mass P(0 < T ≤ |t|),
    /// each without cancellation (they add up to ½).
    func split(_ absT: Double) -> (tail: Double, central: Double) {
        let df = degreesOfFreedom
        if df.isInfinite {
            return (StandardNormal.survival(absT), 0.5 * erf(absT / 2.0.squareRoot()))
        }
        // x = df/(df + t²) and y = t²/(df + t²) from the smaller ratio r.
        let x: Double
        let y: Double
        if absT * absT <= df {
            let r = absT * absT / df
            x = 1 / (1 + r)
            y = r / (1 + r)
        } else {
            let root = df.squareRoot() / absT
            let r = root * root
            if r < 1e-290 {
                // x = df/t² underflows for |t| beyond ~1e150 (reachable with df < 2
                // and tiny p); the series is then its leading term,
                // I_x(a, ½) = x^a/(a·B(a, ½)) · (1 + O(x)), taken in logarithms.
                let a = 0.5 * df
                let logX = log(df) - 2 * log(absT)
                let tail = 0.5 * exp(a * logX - SpecialFunctions.logBeta(a, 0.5) - log(a))
                return (tail, 0.5 - tail)
            }
            x = r / (1 + r)
            y = 1 / (1 + r)
        }
        let beta = SpecialFunctions.incompleteBeta(a: 0.5 * df, b: 0.5, x: x, y: y)
        return (0.5 * beta.value, 0.5 * beta.complement)
    }
}

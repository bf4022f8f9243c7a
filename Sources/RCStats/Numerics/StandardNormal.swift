import Foundation

/// The standard normal distribution N(0, 1).
enum StandardNormal {
    /// The density φ(z).
    static func density(_ z: Double) -> Double {
        exp(-0.5 * z * z - SpecialFunctions.logSqrtTwoPi)
    }

    /// P(Z ≤ z), accurate in relative terms far into the lower tail.
    static func cdf(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return 0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// P(Z > z), accurate in relative terms far into the upper tail.
    static func survival(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return 0.5 * erfc(z / 2.0.squareRoot())
    }

    /// The quantile (inverse of ``cdf(_:)``) for p in [0, 1]: −∞ at 0, +∞ at 1,
    /// NaN outside [0, 1] or for NaN.
    ///
    /// Abramowitz & Stegun 26.2.23 as a start, then Halley steps on the
    /// complementary error function to full double precision.
    static func quantile(_ p: Double) -> Double {
        guard !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // Solve in the lower tail; 1 − p is exact for p ≥ 0.5.
        let lower = p < 0.5
        let q = lower ? p : 1 - p
        let r = (-2 * log(q)).squareRoot()
        let numerator = 2.515_517 + r * (0.802_853 + r * 0.010_328)
        let denominator = 1 + r * (1.432_788 + r * (0.189_269 + r * 0.001_308))
        var z = -(r - numerator / denominator)
        for _ in 0..<8 {
            // u = (Φ(z) − q)/φ(z), computed as a ratio to avoid underflow of φ.
            let relativeResidual = cdf(z) / q - 1
            let logDensity = -0.5 * z * z - SpecialFunctions.logSqrtTwoPi
            let u = relativeResidual * exp(log(q) - logDensity)
            guard u.isFinite else { break }
            let step = u / (1 + 0.5 * z * u)
            z -= step
            if abs(step) <= 1e-16 * abs(z) { break }
        }
        return lower ? z : -z
    }
}

import Foundation

/// Special functions behind the distributions: log-gamma, log-beta and the
/// regularized incomplete beta function.
///
/// Written here rather than taken from a library so that rckit has no package
/// dependencies; each function is checked against SciPy in the tests to about
/// 1e-13 relative.
enum SpecialFunctions {
    /// log(√(2π)).
    static let logSqrtTwoPi = 0.918_938_533_204_672_741_780_329_736_406

    /// The natural logarithm of |Γ(x)|.
    ///
    /// Lanczos approximation (g = 7, n = 9) below 10, Stirling's series with its
    /// correction term from 10 up; reflection for negative arguments. Returns
    /// +∞ at 0 and the negative integers (the poles), NaN for NaN, +∞ for ±∞.
    static func logGamma(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x.isInfinite { return .infinity }
        if x <= 0 {
            if x == x.rounded(.down) { return .infinity }
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            let sinPiX = abs(sinPi(x))
            return log(Double.pi / sinPiX) - logGamma(1 - x)
        }
        if x < 0.5 {
            // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range.
            return lanczosLogGamma(x + 1) - log(x)
        }
        if x < 10 {
            return lanczosLogGamma(x)
        }
        return (x - 0.5) * log(x) - x + logSqrtTwoPi + stirlingCorrection(x)
    }

    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) for a, b > 0.
    ///
    /// When an argument is large the Γ terms nearly cancel, so the large parts are
    /// combined analytically and only Stirling correction terms are subtracted
    /// (the method of R's `lbeta`); this keeps the absolute error near 1e-15
    /// where the naive sum would lose eight digits at a = 5·10⁶.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        let p = min(a, b)
        let q = max(a, b)
        if p < 0 { return .nan }
        if p == 0 { return .infinity }
        if q.isInfinite { return -.infinity }
        if p >= 10 {
            let correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * log(q) + logSqrtTwoPi + correction
                + (p - 0.5) * log(p / (p + q)) + q * log1p(-p / (p + q))
        }
        if q >= 10 {
            let correction = stirlingCorrection(q) - stirlingCorrection(p + q)
            return logGamma(p) + correction + p - p * log(p + q)
                + (q - 0.5) * log1p(-p / (p + q))
        }
        return logGamma(p) + logGamma(q) - logGamma(p + q)
    }

    // MARK: - Internals

    /// Godfrey's Lanczos coefficients for g = 7, n = 9 (relative error ~1e-15).
    private static let lanczosCoefficients: [Double] = [
        0.999_999_999_999_809_93,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_13,
        -176.615_029_162_140_59,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_571_6e-6,
        1.505_632_735_149_311_6e-7
    ]

    /// log Γ(x) for x ≥ 0.5 by the Lanczos approximation.
    private static func lanczosLogGamma(_ x: Double) -> Double {
        let z = x - 1
        var sum = lanczosCoefficients[0]
        for i in 1..<lanczosCoefficients.count {
            sum += lanczosCoefficients[i] / (z + Double(i))
        }
        let t = z + 7.5
        return logSqrtTwoPi + (z + 0.5) * log(t) - t + log(sum)
    }

    /// log Γ(x) − [(x − ½) log x − x + log √(2π)] for x ≥ 10, by Stirling's series.
    /// The omitted term is below 4e-17 at x = 10.
    static func stirlingCorrection(_ x: Double) -> Double {
        if x.isInfinite { return 0 }
        let r = 1 / x
        let r2 = r * r
        // Bernoulli-number coefficients B₂ₖ / (2k(2k − 1)).
        var series = 1.0 / 156.0
        series = series * r2 - 691.0 / 360_360.0
        series = series * r2 + 1.0 / 1_188.0
        series = series * r2 - 1.0 / 1_680.0
        series = series * r2 + 1.0 / 1_260.0
        series = series * r2 - 1.0 / 360.0
        series = series * r2 + 1.0 / 12.0
        return series * r
    }

    /// sin(πx), exact at the integers and half-integers.
    private static func sinPi(_ x: Double) -> Double {
        var r = x.truncatingRemainder(dividingBy: 2)
        if r < 0 { r += 2 }
        if r == 0 || r == 1 { return 0 }
        if r == 0.5 { return 1 }
        if r == 1.5 { return -1 }
        return sin(Double.pi * r)
    }
}

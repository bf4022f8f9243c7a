import Foundation

extension SpecialFunctions {
    /// I_x(a, b) for large a and b ≤ 1 by DiDonato and Morris's asymptotic
    /// expansion BGRAT (ACM Algorithm 708, eq. 9), in the form Boost uses.
    ///
    /// The continued fraction needs ~√a terms here and loses digits to
    /// cancellation when x is near 1 (it is off by 2e-10 at a = 5·10⁶, the
    /// t distribution with 10⁷ degrees of freedom); this series converges in a
    /// handful of terms with positive summands.
    static func largeASmallBSeries(a: Double, b: Double, x: Double, y: Double) -> Double {
        let bMinus1 = b - 1
        let tShift = a + bMinus1 / 2
        let logX = y < 0.35 ? log1p(-y) : log(x)
        let u = -tShift * logX
        // prefix = Γ(a + b)/Γ(a) · T^{-b} · u^b e^{-u}/Γ(b), with
        // log Γ(a + b) − log Γ(a) − log Γ(b) = −log B(a, b).
        let logPrefix = b * log(u) - u - logBeta(a, b) - b * log(tShift)
        let prefix = exp(logPrefix)
        if prefix == 0 { return 0 }
        // J₀ = Q(b, u) / (u^b e^{-u}/Γ(b)).
        var j = scaledUpperIncompleteGamma(b, u)
        var sum = prefix * j
        var p = [1.0]
        p.reserveCapacity(30)
        let halfLogX = logX / 2
        let logXSquaredOver4 = halfLogX * halfLogX
        var power = 1.0  // (log x / 2)^{2(n−1)}
        let fourTSquared = 4 * tShift * tShift
        var b2n = b
        for n in 1..<30 {
            var pn = 0.0
            for m in 1..<n {
                pn += (Double(m) * b - Double(n)) * p[n - m] / oddFactorials[m]
            }
            pn /= Double(n)
            pn += bMinus1 / oddFactorials[n]
            p.append(pn)
            j = (b2n * (b2n + 1) * j + (u + b2n + 1) * power) / fourTSquared
            power *= logXSquaredOver4
            b2n += 2
            let term = prefix * pn * j
            sum += term
            if abs(term) <= 1e-17 * abs(sum) || !term.isFinite { break }
        }
        return min(1, max(0, sum))
    }

    /// (2k + 1)! for k = 0 ..< 30.
    private static let oddFactorials: [Double] = {
        var values: [Double] = []
        var factorial = 1.0
        for k in 0..<30 {
            if k > 0 { factorial *= Double(2 * k) * Double(2 * k + 1) }
            values.append(factorial)
        }
        return values
    }()

    /// Q(b, u) · Γ(b) · u^{-b} · e^{u}: the regularized upper incomplete gamma
    /// function divided by its leading factor, which stays finite where Q itself
    /// would underflow. For 0 < b ≤ 1.
    static func scaledUpperIncompleteGamma(_ b: Double, _ u: Double) -> Double {
        if u >= b + 1 {
            // Legendre's continued fraction (modified Lentz).
            let tiny = 1e-300
            var coefficientB = u + 1 - b
            var c = 1 / tiny
            var d = 1 / coefficientB
            var h = d
            for i in 1...10_000 {
                let an = -Double(i) * (Double(i) - b)
                coefficientB += 2
                d = an * d + coefficientB
                if abs(d) < tiny { d = tiny }
                c = coefficientB + an / c
                if abs(c) < tiny { c = tiny }
                d = 1 / d
                let delta = d * c
                h *= delta
                if abs(delta - 1) <= 1e-16 { break }
            }
            return h
        }
        // Small u: Q = 1 − P from P's series (erfc directly for b = ½).
        let logLeading = b * log(u) - u - logGamma(b)
        let q: Double
        if b == 0.5 {
            q = erfc(u.squareRoot())
        } else {
            var term = 1 / b
            var series = term
            for n in 1...10_000 {
                term *= u / (b + Double(n))
                series += term
                if term <= 1e-17 * series { break }
            }
            q = 1 - series * exp(logLeading)
        }
        return q * exp(-logLeading)
    }
}

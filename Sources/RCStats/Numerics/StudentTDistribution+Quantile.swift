import Foundation

extension StudentTDistribution {
    /// The quantile (inverse of ``cdf(_:)``): the t with P(T ≤ t) = p.
    ///
    /// −∞ at p = 0, +∞ at p = 1, NaN for p outside [0, 1] or NaN. Starts from
    /// Hill's (1970) approximation (a tail or centre expansion for df < 1) and
    /// refines it by safeguarded Newton steps on log P in the variable log|t|,
    /// where the t tails are nearly linear; bisection takes over if a step
    /// leaves the bracket. Accurate to about 1e-13 relative.
    func quantile(_ p: Double) -> Double {
        guard !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if degreesOfFreedom.isInfinite { return StandardNormal.quantile(p) }
        // Work with the lower tail q ≤ ½; 1 − p is exact for p ≥ ½.
        let q = p < 0.5 ? p : 1 - p
        let magnitude = solveMagnitude(lowerTail: q)
        return p < 0.5 ? -magnitude : magnitude
    }

    /// |t| with P(T > |t|) = q, for 0 < q < ½.
    private func solveMagnitude(lowerTail q: Double) -> Double {
        // Far from the centre, match the tail P(T > |t|) = q; near it, match the
        // central mass P(0 < T ≤ |t|) = ½ − q, which is exact for q ≥ ¼.
        let useTail = q < 0.25
        let target = useTail ? q : 0.5 - q
        let logTarget = log(target)
        var guess = initialGuess(lowerTail: q)
        if !(guess.isFinite && guess > 0) { guess = 1 }

        // ψ(s), s = log|t|, increases in s and vanishes at the root.
        let maximumS = log(Double.greatestFiniteMagnitude)
        let minimumS = -745.0
        var s = max(minimumS, min(maximumS, log(guess)))
        var low = -Double.infinity
        var high = Double.infinity
        for _ in 0..<300 {
            let t = exp(s)
            let parts = split(t)
            let g = useTail ? parts.tail : parts.central
            let psi = useTail ? logTarget - log(g) : log(g) - logTarget
            if psi == 0 { return t }
            if psi.isNaN { return .nan }
            if psi > 0 { high = s } else { low = s }
            let slope = t * density(t) / g
            var next = Double.nan
            if psi.isFinite, slope.isFinite, slope > 0 {
                let step = psi / slope
                // Newton converges quadratically: once the relative correction
                // is this small, applying it leaves an error far below 1e-16.
                if abs(step) < 1e-11 { return t * exp(-step) }
                next = s - step
            }
            if !(next > low && next < high) {
                if low.isFinite && high.isFinite {
                    next = 0.5 * (low + high)
                } else if high.isFinite {
                    next = high - 4
                } else {
                    next = low + 4
                }
            }
            if next >= maximumS {
                if low >= maximumS || s >= maximumS { return .infinity }
                next = maximumS
            }
            if next <= minimumS {
                if s <= minimumS { return 0 }
                next = minimumS
            }
            if high - low <= 1e-15 * max(1, abs(s)) { return exp(0.5 * (low + high)) }
            s = next
        }
        return exp(s)
    }

    /// A starting value for |t| with P(T > |t|) = q.
    private func initialGuess(lowerTail q: Double) -> Double {
        let n = degreesOfFreedom
        if n < 1 {
            if q < 0.25 {
                // Tail: P(T > t) ≈ (df/t²)^{df/2} / (df · B(df/2, ½)).
                let logT =
                    0.5 * log(n) - (log(q) + log(n) + SpecialFunctions.logBeta(0.5 * n, 0.5)) / n
                return exp(min(logT, 700))
            }
            // Centre: P(0 < T ≤ t) ≈ density(0) · t.
            return (0.5 - q) / density(0)
        }
        return hillGuess(lowerTail: q)
    }

    /// Hill's (1970) approximation, Algorithm 396, in the form R's `qt` uses.
    private func hillGuess(lowerTail q: Double) -> Double {
        let n = degreesOfFreedom
        let twoSided = 2 * q
        if abs(n - 2) < 1e-12 {
            return (2 / (twoSided * (2 - twoSided)) - 2).squareRoot()
        }
        if abs(n - 1) < 1e-12 {
            return 1 / tan(0.5 * Double.pi * twoSided)
        }
        let a = 1 / (n - 0.5)
        let b = 48 / (a * a)
        var c = ((20_700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * (a * Double.pi / 2).squareRoot() * n
        var y = pow(d * twoSided, 2 / n)
        var logX = 0.0
        let underflowed = y < Double.ulpOfOne
        if underflowed {
            logX = (log(d) + log(twoSided)) / n
            y = exp(2 * logX)
        }
        if (n < 2.1 && twoSided > 0.5) || y > 0.05 + a {
            // Asymptotic inverse expansion about the normal.
            let x = StandardNormal.quantile(q)
            y = x * x
            if n < 5 { c += 0.3 * (n - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
            y = expm1(a * y * y)
            return (n * y).squareRoot()
        }
        if underflowed && logX < -log(2) * 53 {
            return n.squareRoot() * exp(-logX)
        }
        y =
            ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
            * (n + 1) / (n + 2) + 1 / y
        return (n * y).squareRoot()
    }
}

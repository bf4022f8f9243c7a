import Foundation

extension SpecialFunctions {
    /// The regularized incomplete beta function I_x(a, b) for a, b > 0 and
    /// 0 ≤ x ≤ 1.
    ///
    /// Returns NaN for NaN arguments, a or b ≤ 0, both a and b infinite, or x
    /// outside [0, 1]; never loops without bound.
    static func regularizedIncompleteBeta(x: Double, a: Double, b: Double) -> Double {
        incompleteBeta(a: a, b: b, x: x, y: 1 - x).value
    }

    /// I_x(a, b) and its complement 1 − I_x(a, b), each computed without
    /// cancellation, given both x and y = 1 − x (pass whichever of the two the
    /// caller knows to full relative precision; the other is derived from it).
    ///
    /// Continued fraction (modified Lentz) on whichever side of the mean
    /// a/(a + b) converges, with the symmetry I_x(a, b) = 1 − I_y(b, a).
    static func incompleteBeta(a: Double, b: Double, x: Double, y: Double)
        -> (value: Double, complement: Double)
    {
        let undefined = (value: Double.nan, complement: Double.nan)
        guard !a.isNaN, !b.isNaN, !x.isNaN, !y.isNaN, a > 0, b > 0 else { return undefined }
        guard x >= 0, x <= 1, y >= 0, y <= 1 else { return undefined }
        // Only an exact zero decides: x may round to 1 while y = 1 − x is tiny
        // but carries the information (and the other way round).
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        switch (a.isInfinite, b.isInfinite) {
        case (true, true): return undefined
        case (true, false): return (0, 1)  // all mass at 1
        case (false, true): return (1, 0)  // all mass at 0
        case (false, false): break
        }
        // The continued fraction converges fast for x < (a + 1)/(a + b + 2).
        if x * (a + b + 2) > a + 1 {
            let swapped = continuedFractionSide(a: b, b: a, x: y, y: x)
            return (swapped.complement, swapped.value)
        }
        return continuedFractionSide(a: a, b: b, x: x, y: y)
    }

    private static func continuedFractionSide(a: Double, b: Double, x: Double, y: Double)
        -> (value: Double, complement: Double)
    {
        // Large a, small b, x near 1: the continued fraction is slow and lossy
        // there; the asymptotic series is not valid far from x = 1.
        if a >= 15 && b <= 1 && y < 0.3 {
            let value = largeASmallBSeries(a: a, b: b, x: x, y: y)
            return (value, 1 - value)
        }
        // log(x^a · y^b / (a · B(a, b))), taking each logarithm from the more
        // precise of x and y.
        let logX = y < 0.5 ? log1p(-y) : log(x)
        let logY = x < 0.5 ? log1p(-x) : log(y)
        let logFront = a * logX + b * logY - logBeta(a, b) - log(a)
        if logFront.isNaN { return (.nan, .nan) }
        let fraction = betaContinuedFraction(a: a, b: b, x: x, y: y)
        let value = min(1, exp(logFront) * fraction)
        return (value, 1 - value)
    }

    /// Largest number of continued-fraction terms tried. The fraction needs about
    /// √max(a, b) terms on the convergent side; 2·10⁶ covers parameters far beyond
    /// any survey (degrees of freedom ≈ 10¹²) while bounding the work for
    /// absurd inputs.
    static let maximumContinuedFractionTerms = 2_000_000

    /// The continued fraction for I_x(a, b) (Numerical Recipes' `betacf`, in
    /// modified Lentz form), evaluated for x < (a + 1)/(a + b + 2).
    static func betaContinuedFraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        // 1 − (a + b)x/(a + 1), written to avoid cancellation when x is near 1.
        var d = x > 0.5 ? (1 - b + (a + b) * y) / (a + 1) : 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var c = 1.0
        var h = d
        var m = 1.0
        for _ in 0..<maximumContinuedFractionTerms {
            let m2 = 2 * m
            // Even step.
            var coefficient = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step.
            coefficient = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= epsilon || !delta.isFinite { break }
            m += 1
        }
        return h
    }
}

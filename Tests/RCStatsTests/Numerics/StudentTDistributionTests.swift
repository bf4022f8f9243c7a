import Foundation
import Testing

@testable import RCStats

@Suite struct StudentTDistributionTests {
    struct Fixture: Decodable {
        struct Point: Decodable {
            let df, t, cdf, sf, twoSidedP, pdf: Double
            let mpCdf, mpSf, mpTwoSidedP: Double?
            let scipyDisagreesWithMpmath: Bool
        }
        struct Quantile: Decodable {
            let df, p, scipy, mpmath: Double
        }
        struct NormalPoint: Decodable { let z, cdf, sf, mpCdf: Double }
        struct NormalQuantile: Decodable { let p, scipy, mpmath: Double }
        let cdf: [Point]
        let quantile: [Quantile]
        let normal: [NormalPoint]
        let normalQuantile: [NormalQuantile]
    }

    let fixture: Fixture

    init() throws {
        fixture = try NumericsFixture.load("student_t", as: Fixture.self)
    }

    private func distribution(_ df: Double) throws -> StudentTDistribution {
        try #require(StudentTDistribution(degreesOfFreedom: df))
    }

    @Test func probabilitiesMatchScipy() throws {
        var tally = ErrorTally("t cdf/sf/p vs scipy")
        for row in fixture.cdf {
            let t = try distribution(row.df)
            let context = "df = \(row.df), t = \(row.t)"
            let pairs = [
                (t.cdf(row.t), row.cdf), (t.survival(row.t), row.sf),
                (t.twoSidedPValue(row.t), row.twoSidedP)
            ]
            // SciPy's stdtr is 3e-9 off at df = 1 for tiny t; the fixture flags those
            // rows and probabilitiesMatchMpmath holds them to the exact value.
            guard !row.scipyDisagreesWithMpmath else { continue }
            for (actual, expected) in pairs {
                #expect(isClose(actual, expected, relative: 1e-9, absolute: 1e-12), "\(context)")
                tally.record(actual, expected, context)
            }
            #expect(isClose(t.density(row.t), row.pdf, relative: 1e-12, absolute: 1e-300), "\(context)")
        }
        tally.report()
    }

    @Test func probabilitiesMatchMpmath() throws {
        var tally = ErrorTally("t cdf/sf/p vs mpmath")
        for row in fixture.cdf {
            let t = try distribution(row.df)
            let context = "df = \(row.df), t = \(row.t)"
            let pairs = [
                (t.cdf(row.t), row.mpCdf), (t.survival(row.t), row.mpSf),
                (t.twoSidedPValue(row.t), row.mpTwoSidedP)
            ]
            for case let (actual, expected?) in pairs {
                #expect(isClose(actual, expected, relative: 1e-12, absolute: 1e-300), "\(context)")
                tally.record(actual, expected, context)
            }
        }
        tally.report()
    }

    @Test func quantilesMatchReferences() throws {
        var scipyTally = ErrorTally("t quantile vs scipy")
        var mpTally = ErrorTally("t quantile vs mpmath")
        for row in fixture.quantile {
            let value = try distribution(row.df).quantile(row.p)
            let context = "df = \(row.df), p = \(row.p)"
            #expect(isClose(value, row.scipy, relative: 1e-9, absolute: 1e-12), "\(context)")
            #expect(isClose(value, row.mpmath, relative: 1e-12, absolute: 1e-15), "\(context)")
            scipyTally.record(value, row.scipy, context)
            mpTally.record(value, row.mpmath, context)
        }
        scipyTally.report()
        mpTally.report()
    }

    @Test func quantileInvertsTheCDF() throws {
        let ps = [1e-300, 1e-100, 1e-12, 0.01, 0.2, 0.4999, 0.6, 0.95, 1 - 1e-12]
        for df in [0.5, 0.8, 1, 1.3, 2, 2.5, 7.77, 42.1, 1e4, 1e7] {
            let t = try distribution(df)
            for p in ps {
                let q = t.quantile(p)
                guard q.isFinite else {
                    // Only the heaviest tails may exceed the largest double.
                    #expect(df < 1 && p <= 1e-100, "df = \(df), p = \(p)")
                    continue
                }
                // Compare on the side where the probability is small.
                let back = p < 0.5 ? t.cdf(q) : t.survival(q)
                let target = p < 0.5 ? p : 1 - p
                #expect(isClose(back, target, relative: 1e-12), "df = \(df), p = \(p)")
            }
        }
    }

    /// Values checked by hand (closed forms or printed tables).
    @Test func handCheckedValues() throws {
        let ten = try distribution(10)
        #expect(isClose(ten.twoSidedPValue(2.0), 0.073_388_034_770_740_9, relative: 1e-12))
        #expect(isClose(ten.quantile(0.975), 2.228_138_851_986_273_5, relative: 1e-13))
        // df = 1 is the Cauchy distribution: F(t) = ½ + atan(t)/π.
        let cauchy = try distribution(1)
        for t in [-1e6, -3.0, -1e-8] {
            // ½ + atan(t)/π = atan(1/|t|)/π for t < 0, without cancellation.
            #expect(isClose(cauchy.cdf(t), atan(1 / -t) / Double.pi, relative: 1e-13))
        }
        for t in [1e-8, 0.5, 10.0] {
            #expect(isClose(cauchy.cdf(t), 0.5 + atan(t) / Double.pi, relative: 1e-13))
        }
        #expect(isClose(cauchy.quantile(0.75), 1, relative: 1e-14))
        // df = 2: F(t) = ½ + t / (2√(t² + 2)).
        let two = try distribution(2)
        for t in [-50.0, -1.0, 0.25, 3.0] {
            let root = (t * t + 2).squareRoot()
            // For t < 0, ½ − |t|/(2√(t² + 2)) = 1/(√(t² + 2)(√(t² + 2) + |t|)).
            let expected = t < 0 ? 1 / (root * (root - t)) : 0.5 + t / (2 * root)
            #expect(isClose(two.cdf(t), expected, relative: 1e-13), "t = \(t)")
        }
        #expect(ten.cdf(0) == 0.5)
        #expect(ten.twoSidedPValue(0) == 1)
        #expect(ten.quantile(0.5) == 0)
    }

    @Test func largeDegreesOfFreedomApproachTheNormal() throws {
        let normal = try distribution(.infinity)
        #expect(normal.cdf(-1.96) == StandardNormal.cdf(-1.96))
        #expect(normal.quantile(0.975) == StandardNormal.quantile(0.975))
        var previousGap = Double.infinity
        for df in [10.0, 1e3, 1e5, 1e7, 1e9, 1e12] {
            let t = try distribution(df)
            let gap = abs(t.quantile(0.975) - StandardNormal.quantile(0.975))
            #expect(gap < previousGap, "df = \(df)")
            #expect(gap < 3 / df, "df = \(df)")
            previousGap = gap
            // The tail gap shrinks like 1/df (about (t⁴ + 2t²)/(4df) relative).
            if df >= 1e3 {
                #expect(isClose(t.cdf(-3), StandardNormal.cdf(-3), relative: 30 / df), "df = \(df)")
            }
        }
    }

    @Test func twoSidedPValueKeepsPrecisionInTheTails() throws {
        let t = try distribution(30)
        let p = t.twoSidedPValue(40)
        // 1 − cdf would round to 0; the incomplete beta keeps the value.
        #expect(p > 0 && p < 1e-25)
        #expect(isClose(p, 2 * t.survival(40), relative: 1e-14))
        #expect(isClose(t.twoSidedPValue(-40), p, relative: 0))
    }

    @Test func rejectsInvalidDegreesOfFreedom() {
        for df in [0.0, -1.0, .nan, -.infinity] {
            #expect(StudentTDistribution(degreesOfFreedom: df) == nil)
        }
    }

    @Test func nonFiniteInputsReturnWithoutHanging() throws {
        for df in [1e-300, 0.5, 3.0, 1e300] {
            let t = try distribution(df)
            #expect(t.cdf(.nan).isNaN)
            #expect(t.twoSidedPValue(.nan).isNaN)
            #expect(t.quantile(.nan).isNaN)
            #expect(t.quantile(-0.1).isNaN)
            #expect(t.quantile(1.5).isNaN)
            #expect(t.quantile(0) == -.infinity)
            #expect(t.quantile(1) == .infinity)
            #expect(t.cdf(.infinity) == 1)
            #expect(t.cdf(-.infinity) == 0)
            #expect(t.twoSidedPValue(.infinity) == 0)
            #expect(t.density(.infinity) == 0)
            for p in [Double.leastNonzeroMagnitude, 1e-200, 0.3, 0.999_999] {
                let q = t.quantile(p)
                #expect(!q.isNaN, "df = \(df), p = \(p)")
            }
        }
    }

    @Test func normalMatchesReferences() {
        var tally = ErrorTally("normal cdf/quantile vs mpmath")
        for row in fixture.normal {
            #expect(isClose(StandardNormal.cdf(row.z), row.cdf, relative: 1e-12), "z = \(row.z)")
            #expect(isClose(StandardNormal.survival(row.z), row.sf, relative: 1e-12), "z = \(row.z)")
            #expect(isClose(StandardNormal.cdf(row.z), row.mpCdf, relative: 1e-12), "z = \(row.z)")
            tally.record(StandardNormal.cdf(row.z), row.mpCdf, "z = \(row.z)")
        }
        for row in fixture.normalQuantile {
            let value = StandardNormal.quantile(row.p)
            #expect(isClose(value, row.scipy, relative: 1e-12, absolute: 1e-15), "p = \(row.p)")
            #expect(isClose(value, row.mpmath, relative: 1e-13, absolute: 1e-15), "p = \(row.p)")
            tally.record(value, row.mpmath, "quantile p = \(row.p)")
        }
        #expect(StandardNormal.quantile(0.5) == 0)
        #expect(StandardNormal.quantile(.nan).isNaN)
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(.leastNonzeroMagnitude) < -38)
        tally.report()
    }
}

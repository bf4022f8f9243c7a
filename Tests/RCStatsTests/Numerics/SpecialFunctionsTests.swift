import Foundation
import Testing

@testable import RCStats

@Suite struct SpecialFunctionsTests {
    struct Fixture: Decodable {
        struct LogGamma: Decodable { let x, scipy, mpmath: Double }
        struct LogBeta: Decodable { let a, b, scipy, mpmath: Double }
        struct Beta: Decodable {
            let a, b, x, scipy: Double
            let mpmath: Double?
        }
        let lgamma: [LogGamma]
        let logbeta: [LogBeta]
        let betainc: [Beta]
    }

    let fixture: Fixture

    init() throws {
        fixture = try NumericsFixture.load("special_functions", as: Fixture.self)
    }

    @Test func logGammaMatchesReferences() {
        var tally = ErrorTally("logGamma vs mpmath")
        for row in fixture.lgamma {
            let value = SpecialFunctions.logGamma(row.x)
            // log Γ vanishes at 1 and 2, so near there the error is absolute.
            #expect(isClose(value, row.scipy, relative: 1e-12, absolute: 1e-14), "x = \(row.x)")
            #expect(isClose(value, row.mpmath, relative: 1e-13, absolute: 1e-15), "x = \(row.x)")
            tally.record(value, row.mpmath, "x = \(row.x)")
        }
        tally.report()
    }

    @Test func logBetaMatchesReferences() {
        var tally = ErrorTally("logBeta vs mpmath")
        for row in fixture.logbeta {
            let value = SpecialFunctions.logBeta(row.a, row.b)
            #expect(isClose(value, row.mpmath, relative: 1e-13, absolute: 1e-14), "a = \(row.a), b = \(row.b)")
            #expect(isClose(value, row.scipy, relative: 1e-11), "a = \(row.a), b = \(row.b)")
            tally.record(value, row.mpmath, "a = \(row.a), b = \(row.b)")
        }
        tally.report()
    }

    @Test func incompleteBetaMatchesReferences() {
        var scipyTally = ErrorTally("I_x(a,b) vs scipy")
        var mpTally = ErrorTally("I_x(a,b) vs mpmath")
        for row in fixture.betainc {
            let value = SpecialFunctions.regularizedIncompleteBeta(x: row.x, a: row.a, b: row.b)
            let context = "a = \(row.a), b = \(row.b), x = \(row.x)"
            #expect(isClose(value, row.scipy, relative: 1e-9, absolute: 1e-300), "\(context)")
            // Values below the normal range carry few significant bits.
            guard abs(row.scipy) > 1e-290 else { continue }
            scipyTally.record(value, row.scipy, context)
            if let reference = row.mpmath {
                #expect(isClose(value, reference, relative: 1e-12, absolute: 1e-300), "\(context)")
                mpTally.record(value, reference, context)
            }
        }
        scipyTally.report()
        mpTally.report()
    }

    @Test(arguments: [
        (1.0, 0.0), (2.0, 0.0), (3.0, log(2.0)), (0.5, 0.5 * log(Double.pi)), (11.0, log(3_628_800.0))
    ])
    func logGammaHandCases(x: Double, expected: Double) {
        #expect(isClose(SpecialFunctions.logGamma(x), expected, relative: 1e-14, absolute: 1e-15))
    }

    @Test func logGammaEdges() {
        #expect(SpecialFunctions.logGamma(.nan).isNaN)
        #expect(SpecialFunctions.logGamma(.infinity) == .infinity)
        #expect(SpecialFunctions.logGamma(0) == .infinity)
        #expect(SpecialFunctions.logGamma(-3) == .infinity)
        #expect(isClose(SpecialFunctions.logGamma(1e-300), -log(1e-300), relative: 1e-15))
    }

    @Test func incompleteBetaClosedForms() {
        // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
        for x in [0.0, 1e-12, 0.25, 0.5, 0.75, 1.0] {
            #expect(isClose(SpecialFunctions.regularizedIncompleteBeta(x: x, a: 1, b: 1), x, relative: 1e-14))
            #expect(
                isClose(
                    SpecialFunctions.regularizedIncompleteBeta(x: x, a: 3.5, b: 1), pow(x, 3.5), relative: 1e-14))
            #expect(
                isClose(
                    SpecialFunctions.regularizedIncompleteBeta(x: x, a: 1, b: 4), -expm1(4 * log1p(-x)),
                    relative: 1e-14))
        }
    }

    @Test(arguments: [
        (Double.nan, 1.0, 1.0), (0.5, Double.nan, 1.0), (0.5, 1.0, Double.nan), (-0.1, 1.0, 1.0),
        (1.1, 1.0, 1.0), (0.5, 0.0, 1.0), (0.5, -1.0, 2.0), (0.5, Double.infinity, Double.infinity)
    ])
    func incompleteBetaRejectsBadInput(x: Double, a: Double, b: Double) {
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: x, a: a, b: b).isNaN)
    }

    @Test func incompleteBetaLimits() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 0.3, a: .infinity, b: 2) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 0.3, a: 2, b: .infinity) == 1)
        // Extreme but finite parameters finish and stay in [0, 1].
        for (a, b) in [(1e-300, 1e-300), (1e15, 1e15), (1e15, 0.5), (1e-10, 1e12)] {
            let value = SpecialFunctions.regularizedIncompleteBeta(x: 0.5, a: a, b: b)
            #expect(value >= 0 && value <= 1, "a = \(a), b = \(b)")
        }
    }
}

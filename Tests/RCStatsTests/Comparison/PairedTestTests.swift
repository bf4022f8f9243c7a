import Foundation
import Testing

@testable import RCStats

@Suite struct PairedTestTests {
    static let cases = ComparisonFixture.shared?.paired ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases)
    func matchesScipy(reference: ComparisonFixture.Paired) throws {
        let test = try #require(PairedTest(before: reference.before, after: reference.after))
        #expect(test.count == reference.n)
        #expect(test.degreesOfFreedom == reference.df)
        #expect(isClose(test.meanDifference, reference.meanDiff, relative: 1e-9, absolute: 1e-12))
        #expect(isClose(test.standardDeviation, reference.sdDiff, relative: 1e-9))
        #expect(isClose(try #require(test.t), reference.t, relative: 1e-9))
        #expect(isClose(try #require(test.pValue), reference.p, relative: 1e-9, absolute: 1e-12))
        let interval = try #require(test.confidenceInterval)
        #expect(isClose(interval.lower, reference.ciLow, relative: 1e-9, absolute: 1e-12))
        #expect(isClose(interval.upper, reference.ciHigh, relative: 1e-9, absolute: 1e-12))
    }

    @Test func handCheckedExample() throws {
        // Differences 1, 2, 3: mean 2, sd 1, t = 2/(1/√3) = 2√3, df 2.
        let test = try #require(PairedTest(before: [3, 3, 3], after: [4, 5, 6]))
        #expect(test.meanDifference == 2)
        #expect(test.standardDeviation == 1)
        #expect(isClose(try #require(test.t), 2 * 3.0.squareRoot(), relative: 1e-15))
        // With df = 2 the two-sided p is 1 − t/√(t² + 2) = 1 − √12/√14.
        #expect(isClose(try #require(test.pValue), 1 - (12.0 / 14.0).squareRoot(), relative: 1e-13))
    }

    @Test func constantDifferencesLeaveTheTestUndefined() throws {
        let test = try #require(PairedTest(before: [1, 2, 3, 4], after: [1.5, 2.5, 3.5, 4.5]))
        #expect(test.meanDifference == 0.5)
        #expect(test.standardDeviation == 0)
        #expect(test.t == nil)
        #expect(test.pValue == nil)
        #expect(test.confidenceInterval == nil)
        #expect(test.degreesOfFreedom == 3)
    }

    @Test func rejectsMismatchedOrTooFewPairs() {
        #expect(PairedTest(before: [1, 2], after: [1]) == nil)
        #expect(PairedTest(before: [1], after: [2]) == nil)
        #expect(PairedTest(before: [], after: []) == nil)
        #expect(PairedTest(before: [1, 2], after: [2, 4], level: 0) == nil)
    }
}

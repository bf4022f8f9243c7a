import Foundation
import Testing

@testable import RCStats

@Suite struct WelchTestTests {
    static let cases = ComparisonFixture.shared?.welch ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases)
    func matchesScipy(reference: ComparisonFixture.Welch) throws {
        let before = try #require(Summary(reference.before))
        let after = try #require(Summary(reference.after))
        let test = try #require(WelchTest(before: before, after: after))
        #expect(isClose(test.difference, reference.diff, relative: 1e-9, absolute: 1e-12))
        #expect(isClose(test.standardError, reference.se, relative: 1e-9))
        #expect(isClose(try #require(test.t), reference.t, relative: 1e-9))
        #expect(isClose(try #require(test.degreesOfFreedom), reference.df, relative: 1e-9))
        #expect(isClose(try #require(test.pValue), reference.p, relative: 1e-9, absolute: 1e-12))
        let interval = try #require(test.confidenceInterval)
        #expect(isClose(interval.lower, reference.ciLow, relative: 1e-9, absolute: 1e-12))
        #expect(isClose(interval.upper, reference.ciHigh, relative: 1e-9, absolute: 1e-12))
        let g = try #require(EffectSize.hedgesG(before: before, after: after))
        #expect(isClose(g, reference.hedgesG, relative: 1e-9))
    }

    @Test func handCheckedExample() throws {
        // A: n 10, mean 3.2, sd 0.8; B: n 12, mean 3.9, sd 0.6.
        let before = try #require(Summary(count: 10, mean: 3.2, standardDeviation: 0.8))
        let after = try #require(Summary(count: 12, mean: 3.9, standardDeviation: 0.6))
        let test = try #require(WelchTest(before: before, after: after))
        let se = (0.64 / 10 + 0.36 / 12).squareRoot()
        #expect(isClose(test.difference, 0.7, relative: 1e-14))
        #expect(isClose(test.standardError, se, relative: 1e-15))
        #expect(isClose(try #require(test.t), 0.7 / se, relative: 1e-14))
        let partA: Double = 0.064
        let partB: Double = 0.03
        let denominator: Double = partA * partA / 9 + partB * partB / 11
        let df: Double = (partA + partB) * (partA + partB) / denominator
        #expect(isClose(try #require(test.degreesOfFreedom), df, relative: 1e-14))
    }

    @Test func zeroVarianceInBothGroupsLeavesTheTestUndefined() throws {
        let before = try #require(Summary([4, 4, 4]))
        let after = try #require(Summary([5, 5, 5, 5]))
        let test = try #require(WelchTest(before: before, after: after))
        #expect(test.difference == 1)
        #expect(test.standardError == 0)
        #expect(test.t == nil)
        #expect(test.degreesOfFreedom == nil)
        #expect(test.pValue == nil)
        #expect(test.confidenceInterval == nil)
        #expect(EffectSize.hedgesG(before: before, after: after) == nil)
    }

    @Test func zeroVarianceInOneGroupUsesTheOther() throws {
        let before = try #require(Summary([4, 4, 4, 4]))
        let after = try #require(Summary([3, 4, 5, 5, 4]))
        let test = try #require(WelchTest(before: before, after: after))
        #expect(test.degreesOfFreedom == 4)
        #expect(test.pValue != nil)
    }

    @Test func needsTwoValuesPerGroup() throws {
        let one = try #require(Summary([4]))
        let three = try #require(Summary([3, 4, 5]))
        #expect(WelchTest(before: one, after: three) == nil)
        #expect(WelchTest(before: three, after: one) == nil)
        #expect(WelchTest(before: three, after: three, level: 1) == nil)
        #expect(EffectSize.hedgesG(before: one, after: three) == nil)
    }

    @Test func nonFiniteSummariesGiveNoInference() throws {
        let bad = try #require(Summary([1, .infinity, 3]))
        let good = try #require(Summary([3, 4, 5]))
        let test = try #require(WelchTest(before: bad, after: good))
        #expect(test.t == nil && test.pValue == nil && test.confidenceInterval == nil)
    }
}

import Foundation
import Testing

@testable import RCStats

/// A sample and NumPy's figures for it (numerics_reference.py, samples.json).
struct SampleFixture: Decodable {
    let name: String
    let values: [Double]
    let n: Int
    let mean: Double
    let sd, variance, ciLow, ciHigh: Double?
}

@Suite struct SummaryTests {
    struct Fixture: Decodable { let samples: [SampleFixture] }

    static let samples: [SampleFixture] = {
        (try? NumericsFixture.load("samples", as: Fixture.self).samples) ?? []
    }()

    @Test func fixtureLoads() {
        #expect(Self.samples.count >= 10)
    }

    @Test(arguments: samples)
    func summaryMatchesNumpy(sample: SampleFixture) throws {
        let summary = try #require(Summary(sample.values))
        let accumulated = try #require(accumulate(sample.values))
        for candidate in [summary, accumulated] {
            #expect(candidate.count == sample.n)
            #expect(isClose(candidate.mean, sample.mean, relative: 1e-12), "\(sample.name)")
            if let variance = sample.variance, let sd = sample.sd {
                #expect(isClose(try #require(candidate.variance), variance, relative: 1e-12, absolute: 1e-300))
                #expect(isClose(try #require(candidate.standardDeviation), sd, relative: 1e-12))
            } else {
                #expect(candidate.variance == nil)
            }
        }
        // The two-pass summary agrees with NumPy to the last digits.
        #expect(isClose(summary.mean, sample.mean, relative: 4e-16), "\(sample.name)")
        if let ciLow = sample.ciLow, let ciHigh = sample.ciHigh {
            let interval = try #require(summary.confidenceInterval())
            #expect(interval.level == 0.95)
            #expect(isClose(interval.lower, ciLow, relative: 1e-12), "\(sample.name)")
            #expect(isClose(interval.upper, ciHigh, relative: 1e-12), "\(sample.name)")
        } else {
            #expect(summary.confidenceInterval() == nil)
        }
    }

    private func accumulate(_ values: [Double]) -> Summary? {
        // Split in two and merge, to exercise Chan's combination as well.
        var first = SummaryAccumulator()
        var second = SummaryAccumulator()
        let half = values.count / 2
        first.add(contentsOf: values[..<half])
        second.add(contentsOf: values[half...])
        first.merge(second)
        return first.summary
    }

    @Test func handComputedSummary() throws {
        let summary = try #require(Summary([2, 4, 4, 4, 5, 5, 7, 9]))
        #expect(summary.count == 8)
        #expect(summary.mean == 5)
        #expect(isClose(try #require(summary.variance), 32.0 / 7.0, relative: 1e-15))
        #expect(isClose(try #require(summary.standardError), (32.0 / 7.0 / 8).squareRoot(), relative: 1e-15))
        // mean ± t(0.975, 7)·sd/√n with t(0.975, 7) = 2.364624251592785.
        let interval = try #require(summary.confidenceInterval())
        let half = 2.364_624_251_592_785 * (32.0 / 7.0 / 8).squareRoot()
        #expect(isClose(interval.lower, 5 - half, relative: 1e-14))
        #expect(isClose(interval.upper, 5 + half, relative: 1e-14))
    }

    @Test func singleValueHasNoSpread() throws {
        let summary = try #require(Summary([3.5]))
        #expect(summary.count == 1)
        #expect(summary.mean == 3.5)
        #expect(summary.variance == nil)
        #expect(summary.standardDeviation == nil)
        #expect(summary.confidenceInterval() == nil)
        var accumulator = SummaryAccumulator()
        accumulator.add(3.5)
        #expect(accumulator.summary == summary)
    }

    @Test func emptyInputHasNoSummary() {
        #expect(Summary([Double]()) == nil)
        #expect(SummaryAccumulator().summary == nil)
    }

    @Test func constantValuesGiveZeroWidthInterval() throws {
        let summary = try #require(Summary(Array(repeating: 4.2, count: 9)))
        #expect(summary.variance == 0)
        let interval = try #require(summary.confidenceInterval())
        #expect(interval.lower == summary.mean && interval.upper == summary.mean)
    }

    @Test func nonFiniteValuesPropagate() throws {
        let summary = try #require(Summary([1, .nan, 3]))
        #expect(summary.mean.isNaN)
        #expect(try #require(summary.variance).isNaN)
        #expect(summary.confidenceInterval() == nil)
    }

    @Test func publishedFiguresAreValidated() throws {
        #expect(Summary(count: 0, mean: 1, variance: 1) == nil)
        #expect(Summary(count: 3, mean: .nan, variance: 1) == nil)
        #expect(Summary(count: 3, mean: 1, variance: -1) == nil)
        #expect(Summary(count: 3, mean: 1, variance: nil) == nil)
        #expect(Summary(count: 3, mean: 1, standardDeviation: -0.5) == nil)
        let single = try #require(Summary(count: 1, mean: 2, standardDeviation: 9))
        #expect(single.variance == nil)
        let published = try #require(Summary(count: 10, mean: 3.9, standardDeviation: 0.5))
        #expect(published.variance == 0.25)
    }

    @Test func accumulatorMergesEmptySides() throws {
        var empty = SummaryAccumulator()
        var filled = SummaryAccumulator()
        filled.add(contentsOf: [1, 2, 3])
        empty.merge(filled)
        #expect(empty.summary == filled.summary)
        filled.merge(SummaryAccumulator())
        #expect(filled.count == 3)
    }
}

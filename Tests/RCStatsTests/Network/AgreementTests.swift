import Testing

@testable import RCStats

/// ICC(1), ICC(2) and rwg(j) by hand (the reference scripts check them on random surveys).
@Suite struct AgreementTests {
    static func accumulator(_ values: [Double]) -> SummaryAccumulator {
        var accumulator = SummaryAccumulator()
        for value in values { accumulator.add(value) }
        return accumulator
    }

    @Test func iccOfTwoGroupsByHand() throws {
        // Means 2 and 5, grand mean 3.5: MSB = 3·(1.5² + 1.5²)/1 = 13.5; MSW = (2 + 2)/4 = 1; k̄ = 3.
        let agreement = Agreement(groups: [
            Self.accumulator([1, 2, 3]), Self.accumulator([4, 5, 6]), SummaryAccumulator()
        ])
        #expect(agreement.by == "rater_role" && agreement.groups == 2 && agreement.n == 6)
        #expect(abs(try #require(agreement.icc1) - 12.5 / 15.5) < 1e-15)
        #expect(abs(try #require(agreement.icc2) - 12.5 / 13.5) < 1e-15)
    }

    @Test func iccIsNullWithOneGroupOrOneRespondentPerGroup() {
        #expect(Agreement(groups: [Self.accumulator([1, 2, 3])]).icc1 == nil)
        let single = Agreement(groups: [Self.accumulator([1]), Self.accumulator([4])])
        #expect(single.icc1 == nil && single.icc2 == nil && single.n == 2)
    }

    @Test func rwgJByHand() throws {
        let five = Array(repeating: 5, count: 7)
        // Two dimensions with variance 0.5 and 1.0 against σ² = 2: r̄ = 0.375, J = 2.
        var answers = Array(repeating: SummaryAccumulator(), count: 7)
        answers[0] = Self.accumulator([3, 4])  // s² = 0.5
        answers[1] = Self.accumulator([2, 3, 4])  // s² = 1
        answers[2] = Self.accumulator([1])  // one answer: left out
        answers[3] = Self.accumulator([1, 5])  // s² = 8, but its dimension cell is hidden
        var shown = Array(repeating: true, count: 7)
        shown[3] = false
        let rwg = try #require(NetworkAnalysis.rwgJ(answers: answers[...], shown: shown[...], scoredOptions: five))
        #expect(abs(rwg - 2 * 0.625 / (2 * 0.625 + 0.375)) < 1e-15)
        // More spread than uniform answers: 0. No dimension with two answers: none.
        shown[3] = true
        answers[0] = Self.accumulator([1, 5])
        #expect(NetworkAnalysis.rwgJ(answers: answers[...], shown: shown[...], scoredOptions: five) == 0)
        #expect(
            NetworkAnalysis.rwgJ(
                answers: Array(repeating: Self.accumulator([3]), count: 7)[...], shown: shown[...], scoredOptions: five)
                == nil)
    }
}

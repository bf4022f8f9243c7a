import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// The report's one precision rule: two decimals, a third only where two would contradict the
/// figures or the verdict.
@Suite struct ChangeFigureTests {
    static let figure = ChangeFigure(language: .da, minimumChange: 0.2)

    @Test(arguments: [
        // before, after, verdict, decimals, printed difference.
        // The change is the difference of the printed means: 3,46 → 3,53 reads +0,07.
        (3.4612, 3.5257, ChangeVerdict.unclear, 2, 0.07),
        (2.6321, 4.0634, .improved, 2, 1.43),
        (3.5048, 4.7190, .improved, 2, 1.22),
        // A reliable change never reads "3,51 → 3,51 (0,00)": a third decimal.
        (3.511, 3.514, .small, 3, 0.003),
        (3.511, 3.514, .unclear, 2, 0),
        // Reliable but below δ: never printed as δ (0,20), so a third decimal.
        (3.0, 3.198, .small, 3, 0.198),
        // A change that matters of exactly δ prints as δ.
        (3.2, 3.4, .improved, 2, 0.2)
    ])
    func theChangeIsTheDifferenceOfThePrintedMeans(
        before: Double, after: Double, verdict: ChangeVerdict, decimals: Int, difference: Double
    ) {
        let printed = Self.figure.printed(before: before, after: after, verdict: verdict)
        #expect(printed.places == decimals)
        #expect(abs(printed.difference - difference) < 1e-9)
        #expect(abs((printed.after - printed.before) - printed.difference) < 1e-9)
        if verdict.isReliable { #expect(printed.difference != 0) }
        if verdict == .small { #expect(abs(printed.difference) < 0.2) }
        if verdict.matters { #expect(abs(printed.difference) >= 0.2) }
    }

    @Test func thresholdPrintsWithTheRule() {
        #expect(Self.figure.threshold == "0,20")
        #expect(ChangeFigure(language: .en, minimumChange: 0.125).threshold == "0.125")
        #expect(ChangeFigure(language: .en, minimumChange: 0.45).threshold == "0.45")
    }

    @Test func countsHaveThousandsSeparators() {
        #expect(Language.da.formatCount(13552) == "13.552")
        #expect(Language.en.formatCount(13552) == "13,552")
        #expect(Language.da.formatCount(1_234_567) == "1.234.567")
        #expect(Language.da.formatCount(842) == "842")
        #expect(Language.da.formatCount(2500) == "2500", "four digits stand together")
        #expect(Language.en.formatCount(0) == "0")
    }
}

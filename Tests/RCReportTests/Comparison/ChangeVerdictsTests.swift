import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// One verdict rule for ties, dimensions and the index, and figures that never contradict it.
@Suite struct ChangeVerdictsTests {
    @Test func dimensionsAreCorrectedAsOneFamilyAndTheIndexIsOneTest() {
        let comparison = ReportFixtures.comparison()
        let verdicts = ChangeVerdicts(comparison)
        let p = comparison.dimensions.map { $0.comparison.welch?.pValue }
        let q = BenjaminiHochberg.qValues(p)
        #expect(verdicts.dimensionQ.count == 7)
        for position in 0..<7 {
            #expect(verdicts.dimensionQ[position] == q[position])
            let reliable = (q[position] ?? 1) < 0.05
            #expect(verdicts.dimension(position).isReliable == reliable)
        }
        // A dimension with p < 0.05 but q ≥ 0.05 is not reliable (the rule the cells follow).
        let single = ChangeVerdicts.verdict(comparison.dimensions[0].comparison, q: 0.2)
        #expect(single == .unclear)
        #expect(verdicts.index.isReliable == ((comparison.index.welch?.pValue ?? 1) < 0.05))
        for cell in comparison.cells {
            let verdict = verdicts.cell(cell)
            if cell.comparison.isSuppressed { #expect(verdict == .notCompared) }
            if verdict.isReliable { #expect((cell.q ?? 1) < 0.05) }
            #expect(verdict.symbol != "▲" && verdict.symbol != "▼", "change symbols differ from strength symbols")
        }
    }

    @Test(arguments: [
        // before, after, difference, reliable, decimals, whether the printed figures add up exactly.
        // 3.46 → 3.53 (+0.06) does not add up at two decimals, so three: 3.461 → 3.526 (+0.065).
        (3.4612, 3.5257, 3.5257 - 3.4612, true, 3, true),
        // Adds up at no precision up to three: the fewest decimals, off by one in the last.
        (3.5312, 3.6557, 3.6557 - 3.5312, true, 1, false),
        (2.6321, 4.0634, 4.0634 - 2.6321, true, 2, true),
        (2.94, 4.03, 4.03 - 2.94, true, 1, true),
        // Not reliable: one decimal is fine even where before and after print alike.
        (3.51, 3.54, 3.54 - 3.51, false, 1, true)
    ])
    func decimalsNeverContradict(
        before: Double, after: Double, difference: Double, reliable: Bool, decimals: Int, exact: Bool
    ) {
        let places = ChangeFigure.decimals(before: before, after: after, difference: difference, reliable: reliable)
        #expect(places == decimals)
        let b = StrengthFigure.rounded(before, places), a = StrengthFigure.rounded(after, places)
        let d = StrengthFigure.rounded(difference, places)
        let unit = pow(10, -Double(places))
        #expect(abs((a - b) - d) < (exact ? 0.5 : 1.5) * unit)
        // A reliable change never prints as "3,5 → 3,5 (+0,0)".
        if reliable { #expect(a != b && d != 0) }
    }

    @Test(arguments: [Language.da, .en])
    func everyReliableChangeIsListedOrCounted(language: Language) {
        let comparison = ReportFixtures.comparison()
        var summary = ComparisonSummary(comparison: comparison, language: language)
        let (improvements, declines) = summary.reliableCells
        let total = improvements.count + declines.count
        #expect(total > 0)
        for listed in [0, 1, total] {
            summary.listed = listed
            let lines = summary.lines
            let t = Phrases(language: language)
            var section = "", shown = 0, counted = 0
            for line in lines {
                if !line.hasPrefix("  ") { section = line; continue }
                guard section == "\(t.improvements):" || section == "\(t.declines):" else { continue }
                if line.hasPrefix("  … ") {
                    counted += line.split(separator: " ").compactMap { Int($0) }.first ?? 0
                } else {
                    shown += 1
                }
            }
            #expect(shown + counted == total, "\(lines)")
        }
    }
}

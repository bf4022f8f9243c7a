import Foundation
import RCSurvey
import Testing

@testable import RCStats

/// SPEC §4's change that matters: reliable (q, or p for the index) and at least δ; reliable but
/// smaller is "small but reliable". One rule, in RCStats, for every output.
@Suite struct ChangeVerdictTests {
    static let options = ComparisonOptions(minimumChange: 0.2)

    @Test(arguments: [
        // difference, q, verdict
        (0.5, 0.01, ChangeVerdict.improved),
        (-0.5, 0.01, .declined),
        (0.2, 0.049, .improved),
        // 3.4 − 3.2 in binary fractions is 0.19999…: still δ.
        (3.4 - 3.2, 0.001, .improved),
        (-(3.4 - 3.2), 0.001, .declined),
        (0.19, 0.001, .small),
        (-0.1, 0.0001, .small),
        (0.5, 0.05, .unclear),
        (0.5, 0.2, .unclear),
        (0, 0.001, .unclear)
    ])
    func reliableAndLargeEnough(difference: Double, q: Double, verdict: ChangeVerdict) {
        let judged = ChangeVerdict(difference: difference, q: q, options: Self.options)
        #expect(judged == verdict)
        #expect(judged.matters == (verdict == .improved || verdict == .declined))
        #expect(judged.isReliable == (judged.matters || verdict == .small))
        #expect(judged.symbol != "▲" && judged.symbol != "▼", "change symbols differ from strength symbols")
    }

    @Test func noTestIsNoVerdict() {
        #expect(ChangeVerdict(difference: 0.5, q: nil, options: Self.options) == .untested)
        #expect(ChangeVerdict(difference: 0.5, q: .nan, options: Self.options) == .untested)
    }

    /// The instrument's δ: `meaningful_change`, else a twentieth of its scale's range.
    @Test func deltaComesFromTheInstrument() throws {
        #expect(Instrument.standard(language: .da).minimumChange == 0.2)
        #expect(AnalysisOptions(instrument: .standard(language: .da)).comparison.minimumChange == 0.2)
        var instrument = Instrument.standard(language: .da)
        instrument.meaningfulChange = 0.3
        #expect(AnalysisOptions(instrument: instrument).comparison.minimumChange == 0.3)
        #expect(Instrument.defaultMinimumChange(1...10) == 0.45)
    }

    /// Every verdict of a comparison follows the rule from its own q: the cells' BH q over the
    /// cells, the dimensions' BH q over the seven, the index's p.
    @Test(arguments: [0.05, 0.2, 0.5])
    func comparisonsJudgeEveryMeasureByTheRule(delta: Double) throws {
        let comparison = try #require(Self.twoRounds(delta: delta))
        let options = ComparisonOptions(minimumChange: delta)
        let q = BenjaminiHochberg.qValues(comparison.dimensions.map { $0.comparison.welch?.pValue })
        for (item, expected) in zip(comparison.dimensions, q) {
            #expect(item.q == expected)
            #expect(item.verdict == ChangeVerdict(item.comparison, q: expected, options: options))
        }
        #expect(
            comparison.indexVerdict
                == ChangeVerdict(comparison.index, q: comparison.index.welch?.pValue, options: options))
        for cell in comparison.cells {
            #expect(cell.verdict == ChangeVerdict(cell.comparison, q: cell.q, options: options))
            if cell.comparison.isSuppressed { #expect(cell.verdict == .notCompared) }
            if cell.verdict.matters { #expect(abs(cell.comparison.difference ?? 0) >= delta - 1e-9) }
        }
        #expect(comparison.cells.contains { $0.verdict.isReliable })
    }

    @Test func aLargerDeltaTurnsChangesSmall() throws {
        let loose = try #require(Self.twoRounds(delta: 0.05)), strict = try #require(Self.twoRounds(delta: 1.5))
        for (a, b) in zip(loose.cells, strict.cells) {
            #expect(a.verdict.isReliable == b.verdict.isReliable)
            if b.verdict.matters { #expect(a.verdict.matters) }
        }
        #expect(strict.cells.contains { $0.verdict == .small })
    }

    /// Two rounds of four roles where one tie rises by about 2 points and the others move a little.
    static func twoRounds(delta: Double) -> RoundComparison? {
        var builder = SurveyBuilder()
        let roles = ["A", "B", "C", "D"]
        for (number, round) in ["før", "efter"].enumerated() {
            for i in 0..<80 {
                let role = roles[i % 4]
                for (t, target) in roles.enumerated() {
                    for dimension in Dimension.allCases {
                        var value = 2 + Double((i * 7 + t * 3 + dimension.index * 5) % 3)
                        if number == 1 { value += role == "A" && target == "B" ? 2 : (t == 2 ? 0.5 : 0) }
                        _ = builder.add(
                            Answer(
                                respondent: "\(round)-\(i)", round: round, raterRole: role, targetRole: target,
                                dimension: dimension, score: min(5, value.rounded())))
                    }
                }
            }
        }
        let data = builder.build()
        let options = AnalysisOptions(comparison: ComparisonOptions(minimumChange: delta))
        guard let before = NetworkAnalysis(data, round: "før", options: options),
            let after = NetworkAnalysis(data, round: "efter", options: options)
        else { return nil }
        return RoundComparison(before: before, after: after)
    }
}

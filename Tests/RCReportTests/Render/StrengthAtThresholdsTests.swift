import Foundation
import RCStats
import RCSurvey
import RCTestSupport
import Testing

@testable import RCReport

/// A cell whose exact mean is on a threshold is classified by that exact mean (3.5 and 4.0
/// are moderate), and no printed figure contradicts the legend "▼ weak (below 3,50)",
/// "▲ strong (above 4,00)" at the precision it is printed with.
@Suite struct StrengthAtThresholdsTests {
    /// Two roles; in every cell n tie scores S_i/c with Σ S_i = m·n·c, so that the cell's exact
    /// mean is m = 3.5 or 4.0, over 3 to 40 respondents of each role.
    static func survey(seed: UInt64) -> (SurveyData, [String: Double]) {
        var rng = SplitMix64(seed: seed)
        var builder = SurveyBuilder(roleOrder: ["A", "B"])
        var exact: [String: Double] = [:]
        for rater in ["A", "B"] {
            let n = Int.random(in: 3...40, using: &rng)
            var ties: [String: [[Double]]] = [:]
            for target in ["A", "B"] {
                let middle = Bool.random(using: &rng) ? 3.5 : 4.0
                exact["\(rater)→\(target)"] = middle
                var c = Int.random(in: 4...7, using: &rng)
                if middle == 3.5, n % 2 == 1, c % 2 == 1 { c -= 1 }
                let each = Int(middle * Double(c))  // m·c, rounded down when m·c is a half
                var sums = [Int](repeating: each, count: n)
                var extra = Int(middle * Double(n * c)) - each * n
                for i in sums.indices where extra > 0 { sums[i] += 1; extra -= 1 }
                for _ in 0..<(4 * n) {
                    let i = Int.random(in: 0..<n, using: &rng), j = Int.random(in: 0..<n, using: &rng)
                    let step = Int.random(in: 1...3, using: &rng)
                    if i != j, sums[i] - step >= c, sums[j] + step <= 5 * c { sums[i] -= step; sums[j] += step }
                }
                ties[target] = sums.map { Self.items(sum: $0, count: c, rng: &rng) }
            }
            for r in 0..<n {
                for target in ["A", "B"] {
                    let items = ties[target]![r]
                    for (d, dimension) in Dimension.allCases.enumerated() {
                        _ = builder.add(
                            Answer(
                                respondent: "\(rater)\(r)", raterRole: rater, targetRole: target, dimension: dimension,
                                score: d < items.count ? items[d] : nil))
                    }
                }
            }
        }
        return (builder.build(), exact)
    }

    /// `count` whole scores 1…5 summing to `sum`, in random order.
    static func items(sum: Int, count: Int, rng: inout SplitMix64) -> [Double] {
        var items = [Int](repeating: 1, count: count)
        var left = sum - count
        while left > 0 {
            let i = Int.random(in: 0..<count, using: &rng)
            if items[i] < 5 { items[i] += 1; left -= 1 }
        }
        return items.map(Double.init)
    }

    @Test func meansExactlyOnAThresholdAreModerateAndPrintedSo() throws {
        var offByRounding = 0
        for seed in UInt64(1)...400 {
            let (data, exact) = Self.survey(seed: seed)
            let analysis = try #require(NetworkAnalysis(data, options: AnalysisOptions(minGroup: 3)))
            for cell in analysis.cells {
                let mean = try #require(cell.estimate.mean)
                #expect(abs(mean - exact["\(cell.rater)→\(cell.target)"]!) < 1e-12)
                // Classified on the running mean, as before, such a cell came out weak or strong.
                if StrengthThresholds.standard.strength(of: mean) != .moderate { offByRounding += 1 }
                #expect(
                    cell.strength == .moderate,
                    "seed \(seed): \(cell.rater)→\(cell.target) mean \(mean) is \(String(describing: cell.strength))")
            }
            for language in [Language.da, .en] {
                let table = AnalysisTable(analysis: analysis, language: language).render()
                let markdown = AnalysisTabular(analysis: analysis, language: language).markdown()
                let html = HeatmapHTML(analysis: analysis, language: language, scale: 1...5).render()
                // The whole report: heat map, dimension maps (one decimal), network map, bars, key figures.
                let report = HTMLReport(analyses: [analysis], language: language).render()
                for text in [table, markdown, html, report] {
                    for contradiction in [
                        "3,50▼", "3.50▼", "3,50 ▼", "3.50 ▼", "4,00▲", "4.00▲", "4,00 ▲", "4.00 ▲",
                        "3,50<span class=\"sym\">▼", "4,00<span class=\"sym\">▲", "3.50<span class=\"sym\">▼",
                        "4.00<span class=\"sym\">▲", "3,5<tspan class=\"sym\">▼", "4,0<tspan class=\"sym\">▲",
                        "3.5<tspan class=\"sym\">▼", "4.0<tspan class=\"sym\">▲", "3,50 <span class=\"sym\">▼",
                        "4,00 <span class=\"sym\">▲", "3.50 <span class=\"sym\">▼", "4.00 <span class=\"sym\">▲"
                    ] {
                        #expect(!text.contains(contradiction), "seed \(seed): \(contradiction)")
                    }
                }
            }
        }
        // The running Double mean misses the threshold in some of these cells (3.4999999999999996,
        // 4.000000000000001): the test can fail.
        #expect(offByRounding > 0)
    }

    @Test(arguments: [
        (3.497, Strength.weak, "3,497"), (3.4999, .weak, "3,4999"), (3.5, .moderate, "3,50"),
        (3.4999999999999996, .moderate, "3,50"), (4.0000000000000004, .moderate, "4,00"),
        (4.003, .strong, "4,003"), (4.2, .strong, "4,20"), (3.44, .weak, "3,44")
    ])
    func aFigureIsPrintedOnTheSideOfItsClass(mean: Double, strength: Strength, printed: String) {
        #expect(StrengthFigure(thresholds: .standard).format(mean, as: strength, language: .da) == printed)
    }

    @Test func oneDecimalMapsShowMoreWhereOneWouldContradict() {
        let figure = StrengthFigure(thresholds: .standard)
        #expect(figure.format(3.46, as: .weak, decimals: 1, language: .en) == "3.46")
        #expect(figure.format(4.04, as: .strong, decimals: 1, language: .en) == "4.04")
        #expect(figure.format(3.7, as: .moderate, decimals: 1, language: .en) == "3.7")
    }
}

import RCStats
import RCSurvey
import Testing

@testable import RCReport

@Suite struct HeatmapHTMLTests {
    @Test func oneCellPerPairWithSymbolsAndSuppression() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let html = HeatmapHTML(analysis: analysis, language: .da).render()
        #expect(html.components(separatedBy: "<td class=\"cell").count - 1 == 9)
        #expect(html.components(separatedBy: "<td class=\"cell suppressed").count - 1 == 3)
        #expect(html.contains("▲") || html.contains("■") || html.contains("▼"))
        // Legend ties every colour to a symbol.
        #expect(html.contains("▼ svag") && html.contains("■ moderat") && html.contains("▲ stærk"))
    }

    @Test func changeMapMarksChangesThatMatter() {
        let comparison = ReportFixtures.comparison()
        let html = ChangeHeatmapHTML(comparison: comparison, language: .en).render()
        #expect(html.components(separatedBy: "<td class=\"cell").count - 1 == 16)
        let matter = comparison.cells.filter { ($0.q ?? 1) < 0.05 && abs($0.comparison.difference ?? 0) >= 0.2 }
        #expect(!matter.isEmpty)
        #expect(html.components(separatedBy: "<td class=\"cell matters").count - 1 == matter.count)
        // Only changes that matter carry ↑/↓: the arrows count them.
        #expect(html.components(separatedBy: "<span class=\"chg\">").count - 1 == matter.count)
    }

    @Test func dimensionMapsHideSuppressedCells() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let html = DimensionMapsSVG(analysis: analysis, language: .en).render()
        #expect(svgBlocks(html).count == 7)
        #expect(!containsFigureOne(html))
        #expect(html.contains("url(#dm-hatch-0)"))
    }
}

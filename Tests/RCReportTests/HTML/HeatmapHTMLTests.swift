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

    @Test func changeMapMarksReliableChanges() {
        let comparison = ReportFixtures.comparison()
        let html = ChangeHeatmapHTML(comparison: comparison, language: .en).render()
        #expect(html.components(separatedBy: "<td class=\"cell").count - 1 == 16)
        let reliable = comparison.cells.filter { ($0.q ?? 1) < 0.05 }
        #expect(!reliable.isEmpty)
        #expect(html.components(separatedBy: "<td class=\"cell reliable").count - 1 == reliable.count)
    }

    @Test func dimensionMapsHideSuppressedCells() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let html = DimensionMapsSVG(analysis: analysis, language: .en).render()
        #expect(svgBlocks(html).count == 7)
        #expect(!containsFigureOne(html))
        #expect(html.contains("url(#dm-hatch-0)"))
    }
}

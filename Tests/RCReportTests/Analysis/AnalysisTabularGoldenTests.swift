import RCSurvey
import Testing

@testable import RCReport

/// The Markdown and CSV tables of an analysis, compared with golden files.
@Suite struct AnalysisTabularGoldenTests {
    static func tabular(_ language: Language) -> AnalysisTabular {
        AnalysisTabular(analysis: ReportFixtures.analysis(ReportFixtures.twoRounds(), round: "før"), language: language)
    }

    @Test(arguments: [Language.da, .en])
    func markdown(language: Language) throws {
        try GoldenFile.assertMatches(Self.tabular(language).markdown(), "analysis-\(language.rawValue).md")
    }

    @Test func csv() throws {
        try GoldenFile.assertMatches(Self.tabular(.da).csv(), "analysis.csv")
    }

    @Test func excelCSV() throws {
        let text = Self.tabular(.da).csv(excel: true)
        try GoldenFile.assertMatches(text, "analysis-excel.csv")
        #expect(text.hasPrefix("\u{FEFF}bedømmer;bedømt;n;gennemsnit;"))
        #expect(!text.contains("false") && !text.contains("weak"), "Danish throughout")
        #expect(text.contains("'=Portør"))
    }
}

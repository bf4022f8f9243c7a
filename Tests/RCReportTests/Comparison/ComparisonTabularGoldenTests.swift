import RCSurvey
import Testing

@testable import RCReport

/// The Markdown and CSV tables of a comparison, compared with golden files.
@Suite struct ComparisonTabularGoldenTests {
    static func tabular(_ language: Language) -> ComparisonTabular {
        ComparisonTabular(comparison: ReportFixtures.comparison(), language: language)
    }

    @Test(arguments: [Language.da, .en])
    func markdown(language: Language) throws {
        try GoldenFile.assertMatches(Self.tabular(language).markdown(), "comparison-\(language.rawValue).md")
    }

    @Test func csv() throws {
        try GoldenFile.assertMatches(Self.tabular(.en).csv(), "comparison.csv")
    }

    @Test func excelCSV() throws {
        let text = Self.tabular(.da).csv(excel: true)
        try GoldenFile.assertMatches(text, "comparison-excel.csv")
        #expect(text.hasPrefix("\u{FEFF}mål;bedømmer;bedømt;"))
        // Decimal commas, and no decimal point left in any number.
        #expect(text.contains(","))
        #expect(!text.contains("."))
    }
}

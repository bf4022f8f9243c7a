import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// Nothing measured is silently left out of the workshop summary.
@Suite struct ComparisonSummaryTests {
    /// Roles A and B, four respondents each per round. Every A rates B 3 on every item before
    /// and 5 after (no spread in either round, +2.0); B's ratings of A vary.
    static func comparison() throws -> RoundComparison {
        var builder = SurveyBuilder(roleOrder: ["A", "B"])
        for (round, aScore) in [("før", 3.0), ("efter", 5.0)] {
            for r in 0..<4 {
                for dimension in Dimension.allCases {
                    _ = builder.add(
                        Answer(
                            respondent: "a\(r)", round: round, raterRole: "A", targetRole: "B", dimension: dimension,
                            score: aScore))
                    _ = builder.add(
                        Answer(
                            respondent: "b\(r)", round: round, raterRole: "B", targetRole: "A", dimension: dimension,
                            score: Double(1 + (r + dimension.index) % 5)))
                }
            }
        }
        let data = builder.build()
        let options = AnalysisOptions(minGroup: 3)
        let before = try #require(NetworkAnalysis(data, round: "før", options: options))
        let after = try #require(NetworkAnalysis(data, round: "efter", options: options))
        return RoundComparison(before: before, after: after)
    }

    @Test(arguments: [
        (
            Language.da, "Ændret, men uden spredning i nogen af runderne (alle svarede ens): ingen test:",
            "  A → B: 3,00 → 5,00 (+2,00)"
        ),
        (
            .en, "Changed, but with no spread in either round (everyone answered alike): no test:",
            "  A → B: 3.00 → 5.00 (+2.00)"
        )
    ])
    func aCellWithoutSpreadThatMovedIsListed(language: Language, heading: String, line: String) throws {
        let comparison = try Self.comparison()
        let cell = try #require(comparison.cell(rater: "A", target: "B"))
        #expect(cell.comparison.difference == 2 && cell.comparison.welch?.pValue == nil && cell.q == nil)
        let lines = ComparisonSummary(comparison: comparison, language: language).lines
        let at = try #require(lines.firstIndex(of: heading), "\(lines)")
        #expect(lines[at + 1] == line)
        #expect(
            ComparisonTable(comparison: comparison, language: language).render().contains(
                line.trimmingCharacters(in: .whitespaces)))
    }
}

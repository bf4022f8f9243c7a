import Testing
@testable import RCReport
import RCStats
import RCSurvey

@Suite struct NetworkSVGTests {
    @Test func drawsEachShownTieOnceAndNoSuppressedTie() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let network = NetworkSVG(analysis: analysis, language: .en)
        // 3 roles: 6 between-role ties; the 2 from the small group are suppressed.
        #expect(network.edges.count == 4)
        #expect(!network.edges.contains { analysis.roles[$0.rater] == ReportFixtures.small })
        let svg = network.render()
        #expect(svg.components(separatedBy: "class=\"tie ").count - 1 == 4)
        #expect(!svg.contains("Jordemoder → "))
        #expect(svg.contains("→ Jordemoder"))
    }

    @Test func opposingDirectionsBendApart() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let svg = NetworkSVG(analysis: analysis, language: .en).render()
        // Two paths between the two large roles, one each way, with different curves.
        let paths = svg.components(separatedBy: "<path d=\"").dropFirst()
            .filter { $0.contains("Læge → Sygeplejerske") || $0.contains("Sygeplejerske → Læge") }
            .map { $0.prefix { $0 != "\"" } }
        #expect(paths.count == 2)
        #expect(Set(paths).count == 2)
    }

    @Test func moderateTiesLeftOutOfCrowdedMaps() {
        var builder = SurveyBuilder()
        let roles = (1...12).map { "Rolle \($0)" }
        for i in 0..<72 {
            for (t, target) in roles.enumerated() {
                for dimension in Dimension.allCases {
                    _ = builder.add(Answer(respondent: "r\(i)", raterRole: roles[i % 12], targetRole: target,
                                           dimension: dimension, score: Double(3 + (i + t) % 3)))
                }
            }
        }
        let analysis = ReportFixtures.analysis(builder.build())
        let network = NetworkSVG(analysis: analysis, language: .da)
        #expect(!network.drawsModerateTies)
        #expect(!network.edges.isEmpty && network.edges.allSatisfy { $0.strength != .moderate })
        #expect(network.legend().contains("kun stærke og svage"))
    }
}

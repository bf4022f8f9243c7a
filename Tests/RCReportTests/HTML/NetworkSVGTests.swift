import RCStats
import RCSurvey
import Testing

@testable import RCReport

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

    @Test func crowdedMapsShowTheStrongestAndWeakestTies() {
        var builder = SurveyBuilder()
        let roles = (1...12).map { "Rolle \($0)" }
        for i in 0..<72 {
            for (t, target) in roles.enumerated() {
                for dimension in Dimension.allCases {
                    _ = builder.add(
                        Answer(
                            respondent: "r\(i)", raterRole: roles[i % 12], targetRole: target,
                            dimension: dimension, score: Double(3 + (i + t) % 3)))
                }
            }
        }
        let analysis = ReportFixtures.analysis(builder.build())
        let network = NetworkSVG(analysis: analysis, language: .da)
        #expect(!network.showsAllTies && network.highlighted == 10)
        // Every shown tie is in the SVG (the script shows a role's ties), but only the 10
        // strongest and the 10 weakest are visible without it.
        let all = network.edges
        #expect(all.count == 12 * 11)
        let visible = network.visibleEdges
        #expect(visible.count == 20)
        let means = all.map(\.mean).sorted()
        for index in visible {
            #expect(all[index].mean >= means[means.count - 10] || all[index].mean <= means[9])
        }
        let svg = network.render()
        #expect(svg.components(separatedBy: "class=\"tie ").count - 1 == all.count)
        #expect(svg.components(separatedBy: " extra\" data-a=").count - 1 == all.count - 20)
        #expect(network.legend().contains("de 10 stærkeste og de 10 svageste af 132 viste relationer"))
        // Every node says which role it is, for the script.
        for index in roles.indices { #expect(svg.contains("<g class=\"node\" data-role=\"\(index)\" tabindex=\"0\">")) }
    }

    @Test func smallMapsShowEveryTie() {
        let network = NetworkSVG(analysis: ReportFixtures.analysis(ReportFixtures.privacySurvey()), language: .en)
        #expect(network.showsAllTies)
        #expect(!network.render().contains(" extra\""))
    }
}

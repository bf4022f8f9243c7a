import RCStats
import RCSurvey

/// Small fixed surveys for the renderer tests, built answer by answer.
enum ReportFixtures {
    /// Roles of the privacy survey: two large groups answering only 4 and 5, and a small group
    /// of two answering only 1, so any figure starting "1,0"/"1.0" can only come from it.
    static let large = ["Læge", "Sygeplejerske"]
    static let small = "Jordemoder"

    static func privacySurvey(extraRole: String? = nil) -> SurveyData {
        var builder = SurveyBuilder()
        let roles = large + [small] + (extraRole.map { [$0] } ?? [])
        var respondents: [(String, String)] = []
        for i in 0..<12 { respondents.append(("SECRET-ID-\(i)", large[i % 2])) }
        if let extraRole { for i in 0..<4 { respondents.append(("SECRET-ID-E\(i)", extraRole)) } }
        respondents += [("SECRET-ID-X", small), ("SECRET-ID-Y", small)]
        for (index, (id, role)) in respondents.enumerated() {
            for target in roles {
                for dimension in Dimension.allCases {
                    let value: Double = role == small ? 1 : ((index + dimension.index) % 3 == 0 ? 4 : 5)
                    _ = builder.add(
                        Answer(respondent: id, raterRole: role, targetRole: target, dimension: dimension, score: value))
                }
            }
        }
        return builder.build()
    }

    /// Two rounds ("før", "efter") of four roles, one of them with a spreadsheet-formula name
    /// and one with Markdown table syntax, and one role too small to show in the first round.
    static func twoRounds() -> SurveyData {
        var builder = SurveyBuilder()
        let roles = ["Læge", "Sygeplejerske", "=Portør", "Fysio|terapeut"]
        for (roundIndex, round) in ["før", "efter"].enumerated() {
            for i in 0..<20 {
                var role = roles[i % 4]
                // The porters are only two in the first round.
                if roundIndex == 0 && role == "=Portør" && i >= 8 { role = roles[(i + 1) % 4] }
                let id = "R\(i)"
                for (t, target) in roles.enumerated() {
                    for dimension in Dimension.allCases {
                        var value = 2 + Double((i * 7 + t * 3 + dimension.index * 5) % 4)
                        if roundIndex == 1 && role == "Læge" && target == "Sygeplejerske" { value = min(5, value + 2) }
                        // A missing answer now and then.
                        let score: Double? = (i + t + dimension.index) % 11 == 0 ? nil : value
                        _ = builder.add(
                            Answer(
                                respondent: id, round: round, raterRole: role, targetRole: target,
                                dimension: dimension, score: score))
                    }
                }
            }
        }
        return builder.build()
    }

    static func analysis(_ data: SurveyData, round: String? = nil, minGroup: Int = 3) -> NetworkAnalysis {
        guard let analysis = NetworkAnalysis(data, round: round, options: AnalysisOptions(minGroup: minGroup)) else {
            preconditionFailure("fixture has the round")
        }
        return analysis
    }

    static func comparison(minGroup: Int = 3) -> RoundComparison {
        let data = twoRounds()
        return RoundComparison(
            before: analysis(data, round: "før", minGroup: minGroup),
            after: analysis(data, round: "efter", minGroup: minGroup))
    }
}

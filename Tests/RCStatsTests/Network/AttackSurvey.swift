import RCSurvey
import RCTestSupport

@testable import RCStats

/// A random survey as people answer one, for the attack suites: three to five roles in three
/// units, each role in each unit absent, small (one or two) or of three to six respondents; and
/// "Ved ikke" patterns — a respondent who does not know a role answers "Ved ikke" to all seven
/// questions about it, one who does not understand a question answers it "Ved ikke" for every
/// role, and single answers are missing now and then. Scores 1…5.
struct AttackSurvey {
    var answers: [Answer]
    /// Each respondent's unit.
    var unitOf: [String: String]
    var roles: [String]
    var units: [String]

    static func make(seed: UInt64) -> AttackSurvey {
        var rng = SplitMix64(seed: seed)
        let roles = (0..<Int.random(in: 3...5, using: &rng)).map { "R\($0)" }
        let units = ["U0", "U1", "U2"]
        var answers: [Answer] = []
        var unitOf: [String: String] = [:]
        for unit in units {
            for role in roles {
                let draw = Int.random(in: 0..<20, using: &rng)
                let size =
                    draw < 2 ? 0 : draw < 9 ? Int.random(in: 1...2, using: &rng) : Int.random(in: 3...6, using: &rng)
                for member in 0..<size {
                    let id = "\(unit)-\(role)-\(member)"
                    unitOf[id] = unit
                    let unknownRoles = Set(roles.filter { _ in Int.random(in: 0..<8, using: &rng) == 0 })
                    let unclear: Dimension? =
                        Int.random(in: 0..<5, using: &rng) == 0 ? Dimension.allCases.randomElement(using: &rng) : nil
                    let level = Double.random(in: 2...4, using: &rng)
                    for target in roles {
                        for dimension in Dimension.allCases {
                            let missing =
                                unknownRoles.contains(target) || dimension == unclear
                                || Int.random(in: 0..<12, using: &rng) == 0
                            let score = min(5, max(1, (level + Double.random(in: -1.6...1.6, using: &rng)).rounded()))
                            answers.append(
                                Answer(
                                    respondent: id, raterRole: role, targetRole: target, dimension: dimension,
                                    score: missing ? nil : score))
                        }
                    }
                }
            }
        }
        return AttackSurvey(answers: answers, unitOf: unitOf, roles: roles, units: units)
    }

    /// The answers of `unit`'s respondents (all when nil) as survey data.
    func data(unit: String? = nil) -> SurveyData {
        var builder = SurveyBuilder(roleOrder: roles)
        for answer in answers where unit == nil || unitOf[answer.respondent] == unit { _ = builder.add(answer) }
        return builder.build()
    }
}

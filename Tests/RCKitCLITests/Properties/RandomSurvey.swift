import Foundation
import RCIngest
import RCSurvey

/// A random survey for property tests: random roles (Danish letters and names with `,;"` and
/// line breaks), respondents with distinctive ids, every respondent answering about every role
/// on every dimension, some answers missing (blank or "Ved ikke").
struct RandomSurvey: CustomStringConvertible {
    enum Value: Equatable {
        case score(Int)
        case blank
        case dontKnow

        var score: Double? { if case let .score(x) = self { Double(x) } else { nil } }
    }

    struct Respondent {
        var id: String
        var role: Int
        /// Answers by target role, then dimension (in `RCSurvey.Dimension.allCases` order).
        var answers: [[Value]]
    }

    var seed: UInt64
    var roles: [String]
    var respondents: [Respondent]

    var description: String { "survey \(seed): \(roles.count) roles, \(respondents.count) respondents" }

    /// Role names a spreadsheet makes hard: Danish letters, the delimiters, quotes, line breaks.
    /// (Not the separators of wide headers — " - ", ": ", ".", "[]" — which make a header ambiguous.)
    static let rolePool = [
        "Læge", "Sygeplejerske", "Social- og sundhedsassistent", "Portør", "Jordemoder", "Fysioterapeut",
        "Sekretær, afsnit 3", "Serviceassistent; nat", "\"Akut\" team", "Rengøring\nog service",
        "Økonomi & løn", "Åben rådgivning", "Bioanalytiker", "Ergoterapeut"
    ]

    static let dimensions = RCSurvey.Dimension.allCases

    /// A survey of 2–5 roles and 1–7 respondents per role, with up to 15 % missing answers.
    static func random(seed: UInt64) -> RandomSurvey {
        var rng = SplitMix64(seed: seed)
        let roles = Array(rolePool.shuffled(using: &rng).prefix(Int.random(in: 2...5, using: &rng)))
        let missingRate = Double.random(in: 0...0.15, using: &rng)
        var respondents: [Respondent] = []
        for role in roles.indices {
            for _ in 0..<Int.random(in: 1...7, using: &rng) {
                let answers = roles.indices.map { _ in
                    dimensions.map { _ -> Value in
                        guard Double.random(in: 0..<1, using: &rng) >= missingRate else {
                            return Bool.random(using: &rng) ? .blank : .dontKnow
                        }
                        return .score(Int.random(in: 1...5, using: &rng))
                    }
                }
                respondents.append(Respondent(id: distinctiveID(&rng), role: role, answers: answers))
            }
        }
        respondents.shuffle(using: &rng)
        return RandomSurvey(seed: seed, roles: roles, respondents: respondents)
    }

    /// A survey for the privacy property: `big` roles of at least k+1 respondents answering only
    /// 4 and 5, and `small` roles of fewer than k answering only 1 and 2 (at least one 2 per
    /// role rated), fewer in all than the big roles. Any figure from 1.10 to 2.00 can then only
    /// come from a small group.
    static func privacy(seed: UInt64, minGroup k: Int) -> RandomSurvey {
        var rng = SplitMix64(seed: seed)
        let roleCount = Int.random(in: 3...5, using: &rng)
        let roles = Array(rolePool.shuffled(using: &rng).prefix(roleCount))
        let smallCount = Int.random(in: 1...(roleCount - 2), using: &rng)
        var respondents: [Respondent] = []
        for role in roles.indices {
            let small = role < smallCount
            let size = small ? Int.random(in: 1...(k - 1), using: &rng) : Int.random(in: (k + 1)...(k + 5), using: &rng)
            for _ in 0..<size {
                let answers = roles.indices.map { _ in
                    var values = dimensions.map { _ -> Value in
                        if !small, Int.random(in: 0..<20, using: &rng) == 0 { return .dontKnow }
                        return .score(small ? Int.random(in: 1...2, using: &rng) : Int.random(in: 4...5, using: &rng))
                    }
                    if small { values[Int.random(in: 0..<values.count, using: &rng)] = .score(2) }
                    return values
                }
                respondents.append(Respondent(id: distinctiveID(&rng), role: role, answers: answers))
            }
        }
        respondents.shuffle(using: &rng)
        return RandomSurvey(seed: seed, roles: roles, respondents: respondents)
    }

    /// `ID-7f3a…`: 12 hex digits, found nowhere else.
    static func distinctiveID(_ rng: inout SplitMix64) -> String {
        "ID-7f3a" + String(rng.next() & 0xFFFF_FFFF_FFFF, radix: 16)
    }

    /// The standard Danish instrument with this survey's roles, so unknown roles are rejected.
    var instrument: Instrument {
        var instrument = Instrument.standard(language: .da)
        instrument.roles = roles.map { RoleDefinition(name: $0) }
        return instrument
    }

    /// Every answer, as reading any shape must give it back: `respondent|rater|target|dimension|score`.
    func expected(respondents withIDs: Bool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for respondent in respondents {
            for (target, values) in respondent.answers.enumerated() {
                for (d, value) in values.enumerated() {
                    counts[
                        Self.key(
                            withIDs ? respondent.id : nil, roles[respondent.role], roles[target], Self.dimensions[d],
                            value.score), default: 0] += 1
                }
            }
        }
        return counts
    }

    static func key(
        _ respondent: String?, _ rater: String, _ target: String, _ dimension: RCSurvey.Dimension, _ score: Double?
    ) -> String {
        [respondent ?? "-", rater, target, dimension.id, score.map(\.compact) ?? "missing"].joined(separator: "|")
    }

    static func multiset(_ answers: [Answer], respondents withIDs: Bool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for answer in answers {
            counts[
                key(
                    withIDs ? answer.respondent : nil, answer.raterRole, answer.targetRole, answer.dimension,
                    answer.score), default: 0] += 1
        }
        return counts
    }
}

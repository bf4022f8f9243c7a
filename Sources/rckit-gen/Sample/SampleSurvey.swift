import RCSurvey

/// One answer of the worked example, as the respondent gave it.
enum SampleResponse: Sendable, Equatable {
    case score(Int)
    case dontKnow
    case notRelevant
    case blank

    var score: Int? {
        if case let .score(value) = self { return value }
        return nil
    }
}

/// One respondent of one round: who they are and what they answered about every role.
struct SampleRespondent: Sendable {
    /// The person's number; the id is `R` and four digits.
    var number: Int
    /// The index of the respondent's role in `ForstuegangDesign.roles`.
    var role: Int
    /// The answers by target role, then by dimension in `Dimension.allCases` order.
    var responses: [[SampleResponse]]

    var id: String { "R" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number) }
}

/// One survey round of the worked example, respondents in id order.
struct SampleRound: Sendable {
    var label: String
    var respondents: [SampleRespondent]
    /// The latent tie means this round was drawn from, [rater][target].
    var latent: [[Double]]
}

/// The worked example drawn from `ForstuegangDesign`: the same every time.
struct SampleSurvey: Sendable {
    var rounds: [SampleRound]

    /// The seed all draws start from.
    var seed: UInt64

    init(seed: UInt64 = ForstuegangDesign.seed) {
        typealias Design = ForstuegangDesign
        self.seed = seed
        let roleCount = Design.roles.count

        // Who answers: round one in a shuffled order of roles, so that ids say nothing of
        // the role; round two keeps about 60% of the staff and adds new people.
        var roster = Xoshiro256StarStar(seed: seed, stream: "roster")
        var firstRoles: [Int] = Design.roles.indices.flatMap { role in
            Array(repeating: role, count: Design.roles[role].respondents.before)
        }
        roster.shuffle(&firstRoles)
        let first = firstRoles.enumerated().map { (number: $0.offset + 1, role: $0.element) }

        var second: [(number: Int, role: Int)] = []
        var newRoles: [Int] = []
        for role in Design.roles.indices {
            var earlier = first.filter { $0.role == role }
            let wanted = Design.roles[role].respondents.after
            let returning =
                Design.roles[role].isPatient
                ? 0 : min(wanted, Int((Double(earlier.count) * Design.returningShare).rounded()))
            roster.shuffle(&earlier)
            second += earlier.prefix(returning)
            newRoles += Array(repeating: role, count: wanted - returning)
        }
        roster.shuffle(&newRoles)
        second += newRoles.enumerated().map { (number: first.count + $0.offset + 1, role: $0.element) }
        second.sort { $0.number < $1.number }

        // A person's general leniency is theirs in both rounds, and so, largely, is their view
        // of each role: round two keeps `tieCarryOver` of it (same variance).
        var people = Xoshiro256StarStar(seed: seed, stream: "people")
        let personCount = first.count + newRoles.count
        let leniency = (0...personCount).map { _ in people.normal() * Design.respondentSD }
        let views = (0...personCount).map { _ in Design.roles.indices.map { _ in people.normal() } }
        let carry = Design.tieCarryOver
        let laterViews = views.map { person in
            person.map { carry * $0 + (1 - carry * carry).squareRoot() * people.normal() }
        }

        // Latent tie means after: the designed changes, and small drift elsewhere.
        var drift = Xoshiro256StarStar(seed: seed, stream: "drift")
        var after = Design.before
        for rater in 0..<roleCount {
            for target in 0..<roleCount {
                let small = drift.uniform(-0.1, 0.1)
                if let designed = Design.changes.first(where: { $0.rater == rater && $0.target == target }) {
                    after[rater][target] += designed.change
                } else {
                    after[rater][target] += small
                }
            }
        }

        rounds = [
            SampleSurvey.draw(
                label: Design.rounds[0], people: first, latent: Design.before, leniency: leniency,
                views: views, seed: seed),
            SampleSurvey.draw(
                label: Design.rounds[1], people: second, latent: after, leniency: leniency,
                views: laterViews, seed: seed)
        ]
    }

    private static func draw(
        label: String, people: [(number: Int, role: Int)], latent: [[Double]],
        leniency: [Double], views: [[Double]], seed: UInt64
    ) -> SampleRound {
        typealias Design = ForstuegangDesign
        let respondents = people.map { person in
            var random = Xoshiro256StarStar(seed: seed, stream: "answers-" + label, index: UInt64(person.number))
            let responses = Design.roles.indices.map { target in
                let profile = Design.profile(rater: person.role, target: target)
                let dontKnow = Design.dontKnowRate(rater: person.role, target: target)
                let tie =
                    latent[person.role][target] + leniency[person.number] + views[person.number][target] * Design.tieSD
                return Dimension.allCases.indices.map { d -> SampleResponse in
                    let value = tie + profile[d] + random.normal() * Design.itemSD
                    let u = random.uniform()
                    let which = random.uniform()
                    if u < Design.blankRate { return .blank }
                    if u < Design.blankRate + dontKnow { return which < 0.7 ? .dontKnow : .notRelevant }
                    return .score(min(5, max(1, Int(value.rounded()))))
                }
            }
            return SampleRespondent(number: person.number, role: person.role, responses: responses)
        }
        return SampleRound(label: label, respondents: respondents, latent: latent)
    }
}

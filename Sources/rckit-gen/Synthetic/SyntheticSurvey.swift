import RCSurvey

/// A synthetic survey of any size, drawn on the fly: nothing but the role table is held in
/// memory, and every respondent's answers come from their own random stream, so the output
/// is the same however it is buffered.
///
/// Roles get unequal sizes and a random matrix of latent tie strengths (within-role ties
/// strong); answers add respondent leniency, the respondent's view of the role, a dimension
/// profile and item noise, rounded to 1–5. About 2% of answers are blank and 1% "Ved ikke".
/// With two rounds, three in five respondents of round 2 answered round 1 under the same id
/// and role, the rest are new, and the latent means drift a little (a few ties improve a lot).
struct SyntheticSurvey: Sendable {
    let respondents: Int
    let roleCount: Int
    let rounds: Int
    let seed: UInt64
    let roleNames: [String]
    /// Cumulative role shares, for drawing a person's role.
    private let roleCumulative: [Double]
    /// [round][rater * roleCount + target]
    private let latent: [[Double]]

    static let itemSD = 0.55
    static let respondentSD = 0.3
    static let tieSD = 0.3
    /// Out of 65 536: blank below the first, "Ved ikke" below the second (2% and 1%).
    static let blankCut = 1311
    static let dontKnowCut = 1966

    init(respondents: Int, roles: Int, rounds: Int, seed: UInt64) {
        self.respondents = respondents
        self.roleCount = roles
        self.rounds = rounds
        self.seed = seed
        let width = max(2, String(roles).count)
        roleNames = (1...roles).map { "Rolle " + SyntheticSurvey.padded($0, width: width) }

        var random = Xoshiro256StarStar(seed: seed, stream: "roles")
        var total = 0.0
        var cumulative: [Double] = []
        for _ in 0..<roles {
            let u = random.uniform()
            total += 0.3 + 3 * u * u
            cumulative.append(total)
        }
        roleCumulative = cumulative.map { $0 / total }

        var first: [Double] = []
        for rater in 0..<roles {
            for target in 0..<roles {
                first.append(rater == target ? random.uniform(4.0, 4.5) : random.uniform(2.6, 4.3))
            }
        }
        var second = first
        for index in second.indices {
            let drift = random.uniform(-0.1, 0.15)
            let improved = random.uniform() < 0.05
            second[index] = min(4.6, second[index] + (improved ? 0.8 : drift))
        }
        latent = [first, second]
    }

    /// The round column: empty with one round, `r1`/`r2` with two.
    var roundLabels: [String] { rounds == 1 ? [""] : ["r1", "r2"] }

    /// Respondents' id numbers run to this.
    var largestIDNumber: Int { rounds == 1 ? respondents : 2 * respondents }

    /// The person (0-based) answering as respondent `slot` of `round`.
    func person(round: Int, slot: Int) -> Int {
        round == 0 || slot % 5 < 3 ? slot : respondents + slot
    }

    /// A person's role and general leniency, the same in both rounds.
    func traits(of person: Int) -> (role: Int, leniency: Double) {
        var random = Xoshiro256StarStar(seed: seed, stream: "person", index: UInt64(person))
        let u = random.uniform()
        let role = roleCumulative.firstIndex { u < $0 } ?? (roleCount - 1)
        return (role, random.normal() * SyntheticSurvey.respondentSD)
    }

    /// The random stream of one person's answers in one round.
    func answerStream(person: Int, round: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: "answers-\(round)", index: UInt64(person))
    }

    /// The expected score of each answer before item noise, [target * 7 + dimension].
    func expected(
        role: Int, leniency: Double, round: Int, random: inout Xoshiro256StarStar,
        into values: inout [Double]
    ) {
        let dimensions = Dimension.allCases.count
        for target in 0..<roleCount {
            let tie = latent[round][role * roleCount + target] + leniency + random.normal() * SyntheticSurvey.tieSD
            let profile = target == role ? SyntheticSurvey.withinProfile : SyntheticSurvey.betweenProfile
            for d in 0..<dimensions { values[target * dimensions + d] = tie + profile[d] }
        }
    }

    private static let betweenProfile = [0.0, -0.15, 0.05, -0.1, 0.2, -0.25, 0.25]
    private static let withinProfile = [0.3, -0.1, 0.0, -0.15, 0.0, 0.15, -0.2]

    /// One answer from one 64-bit draw: 0 blank, 1–5 a score, 6 "Ved ikke". Item noise is the
    /// sum of three 16-bit uniforms (sd 0.5, scaled to `itemSD`); the top 16 bits decide
    /// whether the answer is missing.
    @inline(__always)
    static func answer(expected: Double, bits: UInt64) -> Int {
        let missing = Int(truncatingIfNeeded: bits >> 48)
        if missing < blankCut { return 0 }
        if missing < dontKnowCut { return 6 }
        let sum =
            Int(truncatingIfNeeded: bits & 0xFFFF) + Int(truncatingIfNeeded: (bits >> 16) & 0xFFFF)
            + Int(truncatingIfNeeded: (bits >> 32) & 0xFFFF)
        let value = expected + Double(sum) * noiseScale - noiseOffset
        let score = Int((value + 0.5).rounded(.down))
        return score < 1 ? 1 : (score > 5 ? 5 : score)
    }

    private static let noiseScale = itemSD / 0.5 / 65536
    private static let noiseOffset = 1.5 * itemSD / 0.5

    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

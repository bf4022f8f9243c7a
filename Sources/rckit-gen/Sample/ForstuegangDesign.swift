import RCSurvey

/// The design of the worked example: an orthopaedic surgery ward (ortopædkirurgisk afsnit)
/// where endocrinologists began joining the morning pre-rounds (forstuegang), so that
/// diabetes and other medical problems are caught early. Surveyed before (`før`) and after
/// (`efter`).
///
/// Everything the data is drawn from is written down here as plain numbers: the roles, how
/// many answered in each round, the latent tie strength for every (rater role, target role)
/// before, and how it moved afterwards.
enum ForstuegangDesign {
    /// The seed of the committed example: among seeds 1–400, the one whose sampling noise
    /// (small groups, ~12 raters a role) best leaves the undesigned ties unchanged and the
    /// designed ones where the design puts them.
    static let seed: UInt64 = 73
    static let rounds = ["før", "efter"]

    enum Sector: Sendable {
        case hospital, community, patient
    }

    struct Role: Sendable {
        var name: String
        var aliases: [String]
        var sector: Sector
        /// Respondents in `før` and `efter`.
        var respondents: (before: Int, after: Int)

        var isPatient: Bool { sector == .patient }
    }

    /// The roles in display order.
    static let roles: [Role] = [
        Role(
            name: "Ortopædkirurg", aliases: ["Ortopæd", "Orthopaedic surgeon"], sector: .hospital, respondents: (16, 17)
        ),
        Role(name: "Endokrinolog", aliases: ["Endo", "Endocrinologist"], sector: .hospital, respondents: (8, 9)),
        Role(name: "Sygeplejerske", aliases: ["Spl", "Nurse"], sector: .hospital, respondents: (38, 39)),
        Role(name: "Fysioterapeut", aliases: ["Fys", "Physiotherapist"], sector: .hospital, respondents: (12, 12)),
        Role(
            name: "Social- og sundhedsassistent", aliases: ["SSA", "SOSU-assistent"], sector: .hospital,
            respondents: (22, 22)),
        Role(
            name: "Hjemmesygeplejerske", aliases: ["Hjemmespl", "Home care nurse"], sector: .community,
            respondents: (14, 13)),
        // Two GPs before: fewer than the minimum group of 3, so their cells are suppressed.
        Role(name: "Praktiserende læge", aliases: ["Egen læge", "GP"], sector: .community, respondents: (2, 4)),
        Role(name: "Patient/pårørende", aliases: ["Patient", "Pårørende"], sector: .patient, respondents: (6, 8))
    ]

    /// The share of staff respondents of `før` who answer again in `efter` (patients and
    /// relatives are new people every round).
    static let returningShare = 0.6

    /// Latent mean tie strength before, rater role (row) about target role (column), in the
    /// order of `roles`: O E S F SSA HSP GP P.
    static let before: [[Double]] = [
        [4.3, 2.7, 3.9, 3.7, 3.6, 3.0, 2.8, 3.8],  // Ortopædkirurg
        [2.8, 4.4, 3.2, 3.4, 3.3, 3.1, 3.3, 3.7],  // Endokrinolog
        [3.8, 3.1, 4.3, 3.9, 4.1, 3.3, 2.9, 4.0],  // Sygeplejerske
        [3.8, 3.2, 3.9, 4.4, 3.8, 3.2, 2.8, 4.1],  // Fysioterapeut
        [3.5, 3.1, 4.1, 3.8, 4.2, 3.2, 2.7, 3.9],  // Social- og sundhedsassistent
        [2.9, 2.9, 3.2, 3.1, 3.1, 4.3, 2.9, 4.0],  // Hjemmesygeplejerske
        [2.5, 3.0, 2.6, 2.5, 2.5, 2.7, 4.1, 3.7],  // Praktiserende læge
        [3.6, 3.1, 4.1, 4.0, 3.9, 3.8, 3.6, 4.1]  // Patient/pårørende
    ]

    /// The ties built to change, as (rater, target, change in latent mean). Every other
    /// tie moves by a small random amount within ±0.1.
    static let changes: [(rater: Int, target: Int, change: Double)] = [
        (0, 1, 1.45), (1, 0, 1.05),  // orthopaedics ↔ endocrinology: the point of the change
        (1, 2, 0.5), (2, 1, 0.5),  // endocrinologists ↔ nurses meet at the pre-rounds too
        (7, 1, 0.3),  // patients notice the endocrinologist
        (3, 0, -0.25), (0, 3, -0.2),  // physiotherapists lose some of the surgeons' morning
        (5, 2, -0.15)  // home care nurses: discharge calls moved, slightly worse
    ]

    /// Item offsets by dimension (in `Dimension.allCases` order) for each kind of tie; each
    /// profile sums to zero, so the tie mean is the latent mean.
    static func profile(rater: Int, target: Int) -> [Double] {
        let a = roles[rater].sector
        let b = roles[target].sector
        if rater == target { return [0.3, -0.1, 0.0, -0.15, 0.0, 0.15, -0.2] }
        if a == .patient || b == .patient { return [0.1, -0.1, 0.0, -0.1, 0.3, -0.4, 0.2] }
        if a != b || a == .community {
            // Across the sector boundary: rare contact, and least knowledge of each other's work.
            return [-0.3, -0.1, 0.05, 0.0, 0.3, -0.5, 0.55]
        }
        return [0.0, -0.15, 0.05, -0.1, 0.2, -0.25, 0.25]
    }

    /// The chance that an answer is "Ved ikke" or "Ikke relevant": higher where people know
    /// little of each other's work.
    static func dontKnowRate(rater: Int, target: Int) -> Double {
        let a = roles[rater].sector
        let b = roles[target].sector
        if rater == target { return 0.015 }
        if a == .patient || b == .patient || a != b { return 0.06 }
        return 0.03
    }

    /// The chance that an answer is left blank.
    static let blankRate = 0.02

    /// Standard deviations of the parts of an answer: the respondent's general leniency,
    /// the respondent's view of one role, and the item.
    static let respondentSD = 0.3
    static let tieSD = 0.3
    static let itemSD = 0.55
    /// How much of a returning respondent's view of a role carries over to the next round
    /// (the correlation of the two views).
    static let tieCarryOver = 0.8

    /// The instrument of the example: the standard Danish seven questions with the process
    /// and the roles of the ward.
    static var instrument: Instrument {
        var instrument = Instrument.standard(language: .da)
        instrument.name = "forstuegang-da"
        instrument.process = LocalizedText(
            da: "patientforløbet på ortopædkirurgisk afsnit",
            en: "the patient pathway on the orthopaedic ward")
        instrument.roles = roles.map { RoleDefinition(name: $0.name, aliases: $0.aliases, isPatient: $0.isPatient) }
        return instrument
    }
}

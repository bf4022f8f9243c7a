import RCSurvey

/// How many of those invited answered, per role (`--invited FILE`): the respondents of each
/// role over the invited count the user gives. Respondent counts per role are published
/// anyway (``RoleSummary/respondents``), so a rate adds nothing a reader could not work out.
public struct ResponseRates: Sendable, Equatable {
    /// One role's response rate.
    public struct Rate: Sendable, Equatable {
        /// The role, as the analysis (or, for a role no one answered for, the invited list) names it.
        public let role: String
        /// Invited, as given; nil when the file does not name the role.
        public let invited: Int?
        /// The role's respondents in the analysis.
        public let respondents: Int
        /// respondents / invited; nil without an invited count (or none invited).
        public var rate: Double? { invited.flatMap { $0 > 0 ? Double(respondents) / Double($0) : nil } }
    }

    /// By role, in the analysis's order; then roles invited that no one answered for.
    public let roles: [Rate]

    /// Every role's respondents as a share of `invited` (by role name as the analysis spells it).
    public init(invited: [(role: String, invited: Int)], analysis: NetworkAnalysis) {
        var counts: [String: Int] = [:]
        for entry in invited { counts[TextKey(entry.role).value, default: 0] += entry.invited }
        var rates = analysis.roleSummaries.map { summary in
            Rate(role: summary.role, invited: counts[TextKey(summary.role).value], respondents: summary.respondents)
        }
        let known = Set(analysis.roles.map { TextKey($0).value })
        for entry in invited where !known.contains(TextKey(entry.role).value) {
            rates.append(Rate(role: entry.role, invited: entry.invited, respondents: 0))
        }
        roles = rates
    }

    /// All roles: respondents over invited, for roles with an invited count.
    public var total: Rate {
        let counted = roles.filter { $0.invited != nil }
        return Rate(
            role: "", invited: counted.isEmpty ? nil : counted.reduce(0) { $0 + ($1.invited ?? 0) },
            respondents: counted.reduce(0) { $0 + $1.respondents })
    }
}

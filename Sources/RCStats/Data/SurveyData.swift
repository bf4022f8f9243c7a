import RCSurvey

/// Answers gathered into rounds, with the roles in display order.
public struct SurveyData: Sendable {
    /// Role names in display order: the instrument's order first, then in the order the data
    /// first asks about them (questionnaire order), then roles that only rate.
    public var roles: [String] { displayOrder.map { storageRoles[$0] } }
    /// Role names by storage index (as `RoundData` indexes them).
    public internal(set) var storageRoles: [String]
    /// Storage indices in display order.
    public internal(set) var displayOrder: [Int]
    /// The rounds in order of first appearance.
    public internal(set) var rounds: [RoundData]

    /// The round labelled `label`.
    public func round(_ label: String) -> RoundData? { rounds.first { $0.label == label } }
}

/// Why an answer was not accepted into the data.
public enum AnswerRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateAnswer(respondent: String, target: String, dimension: Dimension)
    case conflictingRole(respondent: String, known: String, given: String)
    case emptyRespondent
    case emptyRole

    public var description: String {
        switch self {
        case let .duplicateAnswer(respondent, target, dimension):
            "respondent \(respondent) already answered \(dimension.id) about \(target); the first answer is kept"
        case let .conflictingRole(respondent, known, given):
            "respondent \(respondent) was recorded as \(known) earlier, not \(given)"
        case .emptyRespondent: "no respondent id"
        case .emptyRole: "no role"
        }
    }
}

/// Gathers answers one at a time into `SurveyData`. Each answer is accepted, counted as
/// missing, or rejected with a reason.
public struct SurveyBuilder: Sendable {
    private var roles: [String]
    private var roleIndex: [String: Int] = [:]
    private let fixedRoles: Int
    private var targetOrder: [Int] = []
    private var seenAsTarget: [Bool] = []
    private var rounds: [RoundData] = []
    private var roundIndex: [String: Int] = [:]

    /// `roleOrder` fixes the display order of known roles; others follow in order of appearance.
    public init(roleOrder: [String] = []) {
        roles = []
        for role in roleOrder where roleIndex[role] == nil {
            roleIndex[role] = roles.count
            roles.append(role)
        }
        fixedRoles = roles.count
        seenAsTarget = Array(repeating: false, count: roles.count)
    }

    public enum Outcome: Sendable, Equatable {
        case accepted
        case missing
        case rejected(AnswerRejection)
    }

    /// Adds one answer. A missing answer (`score == nil`) registers the respondent but stores nothing.
    public mutating func add(_ answer: Answer) -> Outcome {
        guard !answer.respondent.isEmpty else { return .rejected(.emptyRespondent) }
        guard !answer.raterRole.isEmpty, !answer.targetRole.isEmpty else { return .rejected(.emptyRole) }
        let target = intern(answer.targetRole)
        let rater = intern(answer.raterRole)
        if !seenAsTarget[target] {
            seenAsTarget[target] = true
            if target >= fixedRoles { targetOrder.append(target) }
        }
        let roundNumber: Int
        if let known = roundIndex[answer.round] {
            roundNumber = known
        } else {
            roundNumber = rounds.count
            roundIndex[answer.round] = roundNumber
            rounds.append(RoundData(label: answer.round, roleCapacity: max(8, roles.count)))
        }
        rounds[roundNumber].ensureRole(max(rater, target))
        let respondent: Int
        if let known = rounds[roundNumber].respondentByID[answer.respondent] {
            let knownRole = rounds[roundNumber].raterRoles[known]
            guard knownRole == rater else {
                return .rejected(.conflictingRole(respondent: answer.respondent, known: roles[knownRole], given: answer.raterRole))
            }
            respondent = known
        } else {
            respondent = rounds[roundNumber].addRespondent(id: answer.respondent, role: rater)
        }
        guard let score = answer.score else { return .missing }
        let slot = rounds[roundNumber].slot(respondent, target, answer.dimension.index)
        guard !rounds[roundNumber].isAnswered(slot) else {
            return .rejected(.duplicateAnswer(respondent: answer.respondent, target: answer.targetRole, dimension: answer.dimension))
        }
        rounds[roundNumber].store(score, at: slot)
        return .accepted
    }

    private mutating func intern(_ role: String) -> Int {
        if let index = roleIndex[role] { return index }
        roleIndex[role] = roles.count
        roles.append(role)
        seenAsTarget.append(false)
        return roles.count - 1
    }

    public func build() -> SurveyData {
        let order = Array(0..<fixedRoles) + targetOrder + (fixedRoles..<roles.count).filter { !seenAsTarget[$0] }
        return SurveyData(storageRoles: roles, displayOrder: order, rounds: rounds)
    }
}

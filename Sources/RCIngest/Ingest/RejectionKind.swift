import RCSurvey

/// Why a record (or an answer cell) was rejected, as a closed set: what a summary by reason
/// counts (``RejectionSummary``); the rejection's own reason says it in full.
public enum RejectionKind: String, Sendable, CaseIterable, Hashable, Comparable {
    /// No respondent id (tidy files).
    case noRespondent = "no_respondent"
    /// The respondent's own role is blank.
    case noRaterRole = "no_rater_role"
    /// A role the instrument does not define (rater or target).
    case unknownRole = "unknown_role"
    /// The target role is blank (tidy files).
    case noTargetRole = "no_target_role"
    /// A dimension no instrument knows (tidy files).
    case unknownDimension = "unknown_dimension"
    /// An answer that is neither a score, a label nor a missing label of its question's scale.
    case invalidValue = "invalid_value"
    /// A second answer by one respondent in one round to one question about one role.
    case repeatedAnswer = "repeated_answer"
    /// A respondent given another role than on an earlier line of the same round.
    case conflictingRole = "conflicting_role"
    /// Any other reason (an embedding app's sink, say).
    case other

    /// The kind of a reason a sink gave.
    public init(_ rejection: AnswerRejection) {
        switch rejection {
        case .duplicateAnswer: self = .repeatedAnswer
        case .conflictingRole: self = .conflictingRole
        case .emptyRespondent: self = .noRespondent
        case .emptyRole: self = .noRaterRole
        case .refused: self = .other
        }
    }

    /// In the order a summary lists kinds of the same count.
    public static func < (lhs: RejectionKind, rhs: RejectionKind) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

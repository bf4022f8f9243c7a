/// Why a sink refused an answer: the reason written into the rejection of the record that
/// carried it. Indirect, so that a sink's answer — nil nearly always — is one word: the fast
/// path asks for it millions of times.
public indirect enum AnswerRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// The respondent already answered this dimension about this role; the first answer is kept.
    case duplicateAnswer(respondent: String, target: String, dimension: Dimension)
    /// The respondent was recorded with another role before.
    case conflictingRole(respondent: String, known: String, given: String)
    /// The record names no respondent.
    case emptyRespondent
    /// The record names no rater role or no target role.
    case emptyRole
    /// Any other reason a sink of an embedding app has, in its own words.
    case refused(reason: String)

    /// The reason, without the respondent's id: the file and line of a rejection identify the
    /// record, and no output of an analysis names a respondent.
    public var description: String {
        switch self {
        case let .duplicateAnswer(_, target, dimension):
            "a repeated answer: the respondent already answered \(dimension.id) about \(target); the first answer is kept"
        case let .conflictingRole(_, known, given):
            "the respondent was recorded as \(known) earlier, not \(given)"
        case .emptyRespondent: "no respondent id"
        case .emptyRole: "no role"
        case let .refused(reason): reason
        }
    }
}

import RCStats

extension AnswerRejection {
    /// The reason without the respondent's id, for what `analyze` and `compare` print: the
    /// file and line of the warning are enough to find the record, and no output of an
    /// analysis names a respondent (SPEC §3). `import`'s rejects file keeps the full reason.
    var anonymousDescription: String {
        switch self {
        case let .duplicateAnswer(_, target, dimension):
            "a repeated answer: the respondent already answered \(dimension.id) about \(target); the first answer is kept"
        case let .conflictingRole(_, known, given):
            "the respondent was recorded as \(known) earlier, not \(given)"
        case .emptyRespondent, .emptyRole:
            description
        }
    }
}

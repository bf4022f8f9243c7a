@_spi(FastPath) import RCSurvey

/// The fast path into the builder: the same as ``accept(_:)`` with the answer's texts, without
/// making them.
extension SurveyBuilder: CodedAnswerSink {
    /// The builder is a value (arrays only): a copy taken before a file is read undoes it.
    package var isPlainValue: Bool { true }

    @inline(__always)
    package mutating func accept(_ record: CodedAnswer, names: [String]) -> AnswerRejection? {
        if record.repeatsLast, let tie = lastTie {
            // The tie of the last answer, whose respondent and role were checked then.
            let slot = rounds[tie.round].slot(tie.respondent, tie.target, record.dimension.index)
            switch record.score.map({ place($0, round: tie.round, slot: slot) })
                ?? placeMissing(round: tie.round, slot: slot)
            {
            case .duplicate:
                let respondent = String(decoding: record.respondent, as: UTF8.self)
                return .duplicateAnswer(
                    respondent: respondent, target: names[record.target.index], dimension: record.dimension)
            default:
                return nil
            }
        }
        lastTie = nil
        guard record.respondent.count > 0 else { return .emptyRespondent }
        let target: Int, rater: Int
        if let knownTarget = nameRoles.known(record.target), let knownRater = nameRoles.known(record.rater) {
            // Both seen before, so neither name is empty.
            (target, rater) = (knownTarget, knownRater)
        } else {
            guard !names[record.rater.index].isEmpty, !names[record.target.index].isEmpty else { return .emptyRole }
            target =
                nameRoles.known(record.target) ?? nameRoles.remember(record.target, intern(names[record.target.index]))
            rater = nameRoles.known(record.rater) ?? nameRoles.remember(record.rater, intern(names[record.rater.index]))
        }
        let round =
            nameRounds.known(record.round) ?? nameRounds.remember(record.round, roundNumber(names[record.round.index]))
        switch insert(
            respondent: record.respondent, round: round, rater: rater, target: target,
            dimension: record.dimension.index, score: record.score)
        {
        case .accepted, .missing:
            return nil
        case let .conflictingRole(known):
            let respondent = String(decoding: record.respondent, as: UTF8.self)
            return .conflictingRole(respondent: respondent, known: storageRole(known), given: names[record.rater.index])
        case .duplicate:
            let respondent = String(decoding: record.respondent, as: UTF8.self)
            return .duplicateAnswer(
                respondent: respondent, target: names[record.target.index], dimension: record.dimension)
        }
    }

    /// The fast path's further answers of one tie: stored in the tie's slots (an answer given
    /// as missing marks its slot taken), up to the first that is left to ``accept(_:names:)`` —
    /// after a refused tie, a slot already taken (a duplicate), or a score the compact store
    /// cannot hold.
    package mutating func acceptRepeats(_ answers: RepeatedAnswers) -> Int {
        guard let tie = lastTie else { return 0 }
        let first = rounds[tie.round].slot(tie.respondent, tie.target, 0)
        guard rounds[tie.round].wide == nil else {
            for k in answers.indices {
                let slot = first + answers.dimension(k)
                let placed =
                    answers.score(k).map { place($0, round: tie.round, slot: slot) }
                    ?? placeMissing(round: tie.round, slot: slot)
                if case .duplicate = placed { return k }
            }
            return answers.count
        }
        return rounds[tie.round].compact.withUnsafeMutableBufferPointer { store in
            for k in answers.indices {
                let slot = first &+ answers.dimension(k)
                guard slot >= 0, slot < store.count, store[slot] == 0 else { return k }
                if let score = answers.score(k) {
                    guard let code = SurveyBuilder.compactCode(score) else { return k }
                    store[slot] = code
                } else {
                    store[slot] = RoundData.missingCode
                }
            }
            return answers.count
        }
    }
}

/// Where the builder stored the last answer's tie: the respondent and target in a round.
struct StoredTie {
    var round: Int
    var respondent: Int
    var target: Int
}

/// The builder's index (of a role, or of a round) for each of the fast path's name numbers
/// met so far.
struct NameIndexMemo {
    /// By name number; `unseen` where the number has not been met.
    private var indices: [Int] = []
    private static let unseen = -1

    /// The index of a name met before.
    @inline(__always)
    func known(_ name: NameNumber) -> Int? {
        let n = name.index
        return n < indices.count && indices[n] != NameIndexMemo.unseen ? indices[n] : nil
    }

    /// Remembers the index of a name and returns it.
    mutating func remember(_ name: NameNumber, _ index: Int) -> Int {
        precondition(index >= 0, "indices are not negative")
        if indices.count <= name.index {
            indices += Array(repeating: NameIndexMemo.unseen, count: name.index + 1 - indices.count)
        }
        indices[name.index] = index
        return index
    }
}

import RCSurvey

extension SurveyBuilder: AnswerSink {
    public mutating func accept(_ answer: Answer) -> String? {
        switch add(answer) {
        case .accepted, .missing: nil
        case let .rejected(reason): reason.description
        }
    }

    /// The fast path: the same as ``accept(_:)`` with the answer's texts, without making them.
    @inline(__always)
    public mutating func accept(_ record: AnswerRecord, names: [String]) -> String? {
        if record.repeatsLast, lastTie.round >= 0 {
            // The tie of the last answer, whose respondent and role were checked then.
            guard let score = record.score else { return nil }
            let tie = lastTie
            switch place(score, round: tie.round, slot: rounds[tie.round].slot(tie.respondent, tie.target, record.dimension.index)) {
            case .duplicate:
                let respondent = String(decoding: record.respondent, as: UTF8.self)
                return AnswerRejection.duplicateAnswer(respondent: respondent, target: names[record.target], dimension: record.dimension).description
            default:
                return nil
            }
        }
        lastTie.round = -1
        guard record.respondent.count > 0 else { return AnswerRejection.emptyRespondent.description }
        let target: Int, rater: Int
        if let knownTarget = SurveyBuilder.known(record.target, in: nameRoles),
           let knownRater = SurveyBuilder.known(record.rater, in: nameRoles) {
            // Both seen before, so neither name is empty.
            (target, rater) = (knownTarget, knownRater)
        } else {
            guard !names[record.rater].isEmpty, !names[record.target].isEmpty else { return AnswerRejection.emptyRole.description }
            target = role(record.target, names)
            rater = role(record.rater, names)
        }
        let round = SurveyBuilder.known(record.round, in: nameRounds) ?? round(record.round, names)
        switch insert(respondent: record.respondent, round: round, rater: rater, target: target,
                      dimension: record.dimension.index, score: record.score) {
        case .accepted, .missing:
            return nil
        case let .conflictingRole(known):
            let respondent = String(decoding: record.respondent, as: UTF8.self)
            return AnswerRejection.conflictingRole(respondent: respondent, known: storageRole(known), given: names[record.rater]).description
        case .duplicate:
            let respondent = String(decoding: record.respondent, as: UTF8.self)
            return AnswerRejection.duplicateAnswer(respondent: respondent, target: names[record.target], dimension: record.dimension).description
        }
    }

    /// The fast path's further answers of one tie: stored in the tie's slots, up to the first
    /// that is left to ``accept(_:names:)`` — after a refused tie, a slot already taken (a
    /// duplicate), or a score the compact store cannot hold.
    public mutating func acceptRepeats(dimensions: UnsafeBufferPointer<Int>, scores: UnsafeBufferPointer<Double>) -> Int {
        let tie = lastTie
        guard tie.round >= 0 else { return 0 }
        let first = rounds[tie.round].slot(tie.respondent, tie.target, 0)
        guard rounds[tie.round].wide == nil else {
            for k in scores.indices where !scores[k].isNaN {
                if case .duplicate = place(scores[k], round: tie.round, slot: first + dimensions[k]) { return k }
            }
            return scores.count
        }
        return rounds[tie.round].compact.withUnsafeMutableBufferPointer { store in
            for k in scores.indices {
                let score = scores[k]
                guard !score.isNaN else { continue }
                let slot = first &+ dimensions[k]
                guard let code = SurveyBuilder.compactCode(score), slot >= 0, slot < store.count, store[slot] == 0 else { return k }
                store[slot] = code
            }
            return scores.count
        }
    }

    /// The index a name number stands for, when already seen.
    @inline(__always)
    private static func known(_ name: Int, in indices: [Int]) -> Int? {
        name < indices.count && indices[name] >= 0 ? indices[name] : nil
    }

    private mutating func role(_ name: Int, _ names: [String]) -> Int {
        if name < nameRoles.count, nameRoles[name] >= 0 { return nameRoles[name] }
        if nameRoles.count <= name { nameRoles += Array(repeating: -1, count: name + 1 - nameRoles.count) }
        nameRoles[name] = intern(names[name])
        return nameRoles[name]
    }

    private mutating func round(_ name: Int, _ names: [String]) -> Int {
        if name < nameRounds.count, nameRounds[name] >= 0 { return nameRounds[name] }
        if nameRounds.count <= name { nameRounds += Array(repeating: -1, count: name + 1 - nameRounds.count) }
        nameRounds[name] = roundNumber(names[name])
        return nameRounds[name]
    }
}

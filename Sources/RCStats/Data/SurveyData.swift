@_spi(FastPath) import RCSurvey

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

/// Gathers answers one at a time into `SurveyData`. Each answer is accepted, counted as
/// missing, or rejected with a reason.
public struct SurveyBuilder: Sendable {
    private var roles: [String]
    private var roleIndex: [String: Int] = [:]
    private let fixedRoles: Int
    private var targetOrder: [Int] = []
    private var seenAsTarget: [Bool] = []
    var rounds: [RoundData] = []
    private var roundIndex: [String: Int] = [:]
    /// The respondent of the last answer, tried first for the next.
    private var lastRespondent = (round: -1, index: -1)
    /// The id bytes of the last answer, exactly as given (they found `lastRespondent`).
    private var lastID: [UInt8] = []
    /// Where the last answer's tie is stored, when that answer found its respondent with the
    /// right role. The next answer of the same tie (``CodedAnswer/repeatsLast``) goes straight there.
    var lastTie: StoredTie?
    /// Role and round indices of the fast path's name numbers.
    var nameRoles = NameIndexMemo()
    var nameRounds = NameIndexMemo()
    /// What the columns of the wide rows last handed over mean here (``acceptRow(_:names:)``).
    var widePlan: WideRowPlan?
    /// How many respondents a round is expected to get (``expect(respondents:)``); 0: no guess.
    var expectedRespondents = 0

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

    /// What became of an answer given to ``add(_:)``.
    public enum Outcome: Sendable, Equatable {
        /// Stored with its score.
        case accepted
        /// A missing answer: its respondent is registered, no score stored.
        case missing
        /// Refused, for the reason given (a duplicate, a conflicting role, an empty id or role).
        case rejected(AnswerRejection)
    }

    /// Adds one answer. A missing answer (`score == nil`) registers the respondent but stores nothing.
    public mutating func add(_ answer: Answer) -> Outcome {
        lastTie = nil
        guard !answer.respondent.isEmpty else { return .rejected(.emptyRespondent) }
        guard !answer.raterRole.isEmpty, !answer.targetRole.isEmpty else { return .rejected(.emptyRole) }
        let target = intern(answer.targetRole)
        let rater = intern(answer.raterRole)
        let round = roundNumber(answer.round)
        var id = answer.respondent
        let placed = id.withUTF8 {
            insert(
                respondent: $0, round: round, rater: rater, target: target, dimension: answer.dimension.index,
                score: answer.score)
        }
        switch placed {
        case .accepted: return .accepted
        case .missing: return .missing
        case let .conflictingRole(known):
            return .rejected(
                .conflictingRole(respondent: answer.respondent, known: roles[known], given: answer.raterRole))
        case .duplicate:
            return .rejected(
                .duplicateAnswer(respondent: answer.respondent, target: answer.targetRole, dimension: answer.dimension))
        }
    }

    /// What ``insert(respondent:round:rater:target:dimension:score:)`` did.
    enum Placement {
        case accepted, missing, duplicate
        case conflictingRole(known: Int)
    }

    /// Stores one answer given by numbers: the respondent id as UTF-8 bytes, the round and
    /// roles as indices (``roundNumber(_:)``, ``intern(_:)``).
    @inline(__always)
    mutating func insert(
        respondent id: UnsafeBufferPointer<UInt8>, round: Int, rater: Int, target: Int,
        dimension: Int, score: Double?
    ) -> Placement {
        lastTie = nil
        noteTarget(target)
        if max(rater, target) >= rounds[round].roleCapacity { rounds[round].ensureRole(max(rater, target)) }
        let respondent: Int
        switch findOrAddRespondent(id, round: round, rater: rater) {
        case let .success(found): respondent = found
        case let .failure(conflict): return .conflictingRole(known: conflict.known)
        }
        lastTie = StoredTie(round: round, respondent: respondent, target: target)
        let slot = rounds[round].slot(respondent, target, dimension)
        guard let score else { return placeMissing(round: round, slot: slot) }
        return place(score, round: round, slot: slot)
    }

    /// Stores a score in an empty slot; a duplicate when the slot is taken already (by a score
    /// or by an answer given as missing: the first record of an answer wins).
    @inline(__always)
    mutating func place(_ score: Double, round: Int, slot: Int) -> Placement {
        if let placed = SurveyBuilder.placeCompact(score, at: slot, in: &rounds[round]) { return placed }
        guard !rounds[round].isTaken(slot) else { return .duplicate }
        rounds[round].store(score, at: slot)
        return .accepted
    }

    /// Marks an empty slot as answered "don't know"; a duplicate when the slot is taken already.
    @inline(__always)
    mutating func placeMissing(round: Int, slot: Int) -> Placement {
        guard !rounds[round].isTaken(slot) else { return .duplicate }
        rounds[round].markMissing(at: slot)
        return .missing
    }

    /// Notes that role `target` is asked about (targets are shown in the order they first come).
    @inline(__always)
    mutating func noteTarget(_ target: Int) {
        if !seenAsTarget[target] {
            seenAsTarget[target] = true
            if target >= fixedRoles { targetOrder.append(target) }
        }
    }

    /// The respondent with these id bytes in a round, added when new; a failure when the
    /// respondent is known with another rater role.
    @inline(__always)
    mutating func findOrAddRespondent(_ id: UnsafeBufferPointer<UInt8>, round: Int, rater: Int) -> Result<
        Int, ConflictingRole
    > {
        if lastRespondent.round == round, lastRespondent.index >= 0, SurveyBuilder.same(id, lastID) {
            // The same bytes as the last answer's id: the same respondent, whose role was checked then.
            let knownRole = rounds[round].raterRoles[lastRespondent.index]
            guard knownRole == rater else { return .failure(ConflictingRole(known: knownRole)) }
            return .success(lastRespondent.index)
        }
        return changeRespondent(id, round: round, rater: rater)
    }

    /// A rater role other than the one the respondent was first recorded with.
    struct ConflictingRole: Error {
        let known: Int
    }

    /// Finds or adds the respondent of an answer whose id is not the last answer's.
    @inline(never)
    private mutating func changeRespondent(_ id: UnsafeBufferPointer<UInt8>, round: Int, rater: Int) -> Result<
        Int, ConflictingRole
    > {
        let respondent: Int
        if let known = findRespondent(id, round: round) {
            let knownRole = rounds[round].raterRoles[known]
            guard knownRole == rater else { return .failure(ConflictingRole(known: knownRole)) }
            respondent = known
        } else {
            let text = String(decoding: id, as: UTF8.self)
            respondent = RespondentKey.with(id) { rounds[round].addRespondent(key: $0, id: text, role: rater) }
        }
        lastRespondent = (round, respondent)
        lastID.removeAll(keepingCapacity: true)
        lastID.append(contentsOf: id)
        return .success(respondent)
    }

    /// The respondent with this id. A lookup key is its own key, so an id spelt exactly as the
    /// last respondent's key is that respondent, without making the key.
    @inline(__always)
    private func findRespondent(_ id: UnsafeBufferPointer<UInt8>, round: Int) -> Int? {
        if lastRespondent.round == round, lastRespondent.index >= 0,
            rounds[round].respondentKeys.key(lastRespondent.index, equals: id)
        {
            return lastRespondent.index
        }
        return RespondentKey.with(id) { rounds[round].respondentKeys.find($0) }
    }

    /// Whether `id` is exactly the bytes `last`. Answers come in runs per respondent, so this
    /// is the usual way a respondent is found.
    @inline(__always)
    private static func same(_ id: UnsafeBufferPointer<UInt8>, _ last: [UInt8]) -> Bool {
        id.count == last.count
            && last.withUnsafeBufferPointer { ByteKeyTable.equal(id.baseAddress, $0.baseAddress, count: id.count) }
    }

    /// Stores a whole score 0…253 in a compact store with one access to it (what
    /// `RoundData.store(_:at:)` does for such a score); nil for anything else.
    @inline(__always)
    private static func placeCompact(_ score: Double, at slot: Int, in round: inout RoundData) -> Placement? {
        guard round.wide == nil, let code = compactCode(score) else { return nil }
        return round.compact.withUnsafeMutableBufferPointer { store in
            guard slot >= 0, slot < store.count else { return nil }
            if store[slot] != 0 { return .duplicate }
            store[slot] = code
            return .accepted
        }
    }

    /// What the compact store holds for a whole score 0…253 (the score + 1); nil for any other
    /// (255 marks an answer given as missing).
    @inline(__always)
    static func compactCode(_ score: Double) -> UInt8? {
        guard score >= 0, score <= 253 else { return nil }
        let whole = UInt8(score)
        return Double(whole) == score ? whole &+ 1 : nil
    }

    /// The name of role `index` (storage order).
    func storageRole(_ index: Int) -> String { roles[index] }

    /// The index of the round labelled `label`, added when new.
    mutating func roundNumber(_ label: String) -> Int {
        if let known = roundIndex[label] { return known }
        roundIndex[label] = rounds.count
        rounds.append(RoundData(label: label, roleCapacity: max(8, roles.count)))
        rounds[rounds.count - 1].expectedRespondents = expectedRespondents
        return rounds.count - 1
    }

    mutating func intern(_ role: String) -> Int {
        if let index = roleIndex[role] { return index }
        roleIndex[role] = roles.count
        roles.append(role)
        seenAsTarget.append(false)
        return roles.count - 1
    }

    /// The survey gathered so far; the builder can go on taking answers.
    public func build() -> SurveyData {
        let order = Array(0..<fixedRoles) + targetOrder + (fixedRoles..<roles.count).filter { !seenAsTarget[$0] }
        return SurveyData(storageRoles: roles, displayOrder: order, rounds: rounds)
    }
}

@_spi(FastPath) import RCSurvey

/// The answers of one survey round, stored densely: for each respondent, for each target
/// role, one slot per dimension. Memory grows with respondents × roles, never with rows.
public struct RoundData: Sendable {
    /// The round's label ("før"); empty for unlabelled data.
    public let label: String
    /// Respondent ids in order of first appearance. Never shown in reports.
    public internal(set) var respondentIDs: [String] = []
    /// Each respondent's own role, as an index into ``SurveyData/storageRoles``.
    public internal(set) var raterRoles: [Int] = []
    /// Respondent ids as bytes, numbered like `respondentIDs`.
    var respondentKeys = ByteKeyTable()

    // Scores, `roleCapacity * 7` slots per respondent. Compact storage keeps whole scores
    // 0…253 as one byte (0 = no answer, 255 = answered "don't know"); anything else switches
    // to Doubles (NaN = no answer, the NaN `missingWide` = answered "don't know"). A slot
    // answered "don't know" holds no score but is taken: the first record of an answer wins.
    var compact: [UInt8] = []
    var wide: [Double]? = nil
    var roleCapacity: Int
    /// A guess at the number of respondents to come (0: none), for room made at the first: so a
    /// large file's store is not copied as it grows. Room never written takes no memory.
    var expectedRespondents = 0
    /// A segment's round says what its whole round's ids look like (a segment's row numbers do not
    /// run 1…N); nil: judged from this round's own ids.
    var wholeRoundIDsLookLikeRowNumbers: Bool?

    /// The compact store's code for an answer given as missing ("Ved ikke", "Don't know").
    static let missingCode: UInt8 = WideRow.missingCode
    /// The wide store's value for an answer given as missing: a NaN of its own (bit pattern).
    static let missingWide = Double(nan: 0x4D, signaling: false)

    init(label: String, roleCapacity: Int) {
        self.label = label
        self.roleCapacity = max(1, roleCapacity)
    }

    /// How many respondents the round has.
    public var respondentCount: Int { respondentIDs.count }

    /// Whether the respondents' ids look like the row numbers of the file (1…N), as Microsoft
    /// Forms numbers its responses: such ids do not say who answered (``Pairing``). A segment's
    /// round answers for the whole round it was read from.
    public var idsLookLikeRowNumbers: Bool {
        wholeRoundIDsLookLikeRowNumbers ?? Pairing.looksLikeRowNumbers(respondentIDs)
    }

    @inline(__always) func slot(_ respondent: Int, _ target: Int, _ dimension: Int) -> Int {
        (respondent * roleCapacity + target) * 7 + dimension
    }

    /// The score respondent `r` gave target role `t` on dimension `d`, if answered.
    @inline(__always) public func score(respondent r: Int, target t: Int, dimension d: Int) -> Double? {
        guard t < roleCapacity else { return nil }
        let index = slot(r, t, d)
        if let wide {
            let value = wide[index]
            return value.isNaN ? nil : value
        }
        let code = compact[index]
        return code == 0 || code == RoundData.missingCode ? nil : Double(code - 1)
    }

    /// Adds a respondent found by `key` (see ``RespondentKey``), with the id as written.
    mutating func addRespondent(key: UnsafeBufferPointer<UInt8>, id: String, role: Int) -> Int {
        if respondentIDs.isEmpty, expectedRespondents > 0 { makeRoom(respondents: expectedRespondents) }
        let index = respondentKeys.insert(key)
        respondentIDs.append(id)
        raterRoles.append(role)
        if wide != nil {
            wide!.append(contentsOf: repeatElement(Double.nan, count: roleCapacity * 7))
        } else {
            compact.append(contentsOf: repeatElement(0, count: roleCapacity * 7))
        }
        return index
    }

    /// Room for `respondents` respondents in the store and the lists, at the current role capacity.
    mutating func makeRoom(respondents guess: Int) {
        // At most a GiB of store at once: a guess far too high must not fail to allocate.
        let respondents = min(max(0, guess), (1 << 30) / (roleCapacity * 7))
        respondentIDs.reserveCapacity(respondents)
        raterRoles.reserveCapacity(respondents)
        if wide == nil {
            compact.reserveCapacity(respondents * roleCapacity * 7)
        }
    }

    /// Makes room for role index `role`, re-laying out the store when the capacity grows.
    @inline(__always)
    mutating func ensureRole(_ role: Int) {
        if role >= roleCapacity { grow(toHold: role) }
    }

    private mutating func grow(toHold role: Int) {
        var newCapacity = roleCapacity
        while newCapacity <= role { newCapacity *= 2 }
        let count = respondentIDs.count
        if let old = wide {
            var store = [Double](repeating: .nan, count: count * newCapacity * 7)
            for r in 0..<count {
                for i in 0..<(roleCapacity * 7) { store[r * newCapacity * 7 + i] = old[r * roleCapacity * 7 + i] }
            }
            wide = store
        } else {
            var store = [UInt8](repeating: 0, count: count * newCapacity * 7)
            for r in 0..<count {
                for i in 0..<(roleCapacity * 7) { store[r * newCapacity * 7 + i] = compact[r * roleCapacity * 7 + i] }
            }
            compact = store
        }
        roleCapacity = newCapacity
    }

    /// Whether the slot is taken: a score, or an answer given as missing, is stored in it.
    @inline(__always)
    func isTaken(_ index: Int) -> Bool {
        if let wide { return !wide[index].isNaN || wide[index].bitPattern == RoundData.missingWide.bitPattern }
        return compact[index] != 0
    }

    /// Marks an empty slot as answered "don't know": no score, but taken.
    mutating func markMissing(at index: Int) {
        if wide != nil {
            wide![index] = RoundData.missingWide
        } else {
            compact[index] = RoundData.missingCode
        }
    }

    @inline(__always)
    mutating func store(_ score: Double, at index: Int) {
        if wide == nil, score >= 0, score <= 253, score == score.rounded() {
            compact[index] = UInt8(score) + 1
        } else {
            storeWide(score, at: index)
        }
    }

    private mutating func storeWide(_ score: Double, at index: Int) {
        if wide != nil {
            wide![index] = score
            return
        }
        // A fractional or large score: move everything to Doubles once.
        var store = compact.map {
            $0 == 0 ? Double.nan : $0 == RoundData.missingCode ? RoundData.missingWide : Double($0 - 1)
        }
        compact = []
        store[index] = score
        wide = store
    }

    /// A bit per dimension (bit `d` for dimension index `d`) answered by anyone about any of
    /// the first `targets` roles.
    func askedDimensions(targets: Int) -> UInt8 {
        let targets = min(max(0, targets), roleCapacity)
        let all: UInt8 = 0x7F
        var asked: UInt8 = 0
        if let wide {
            wide.withUnsafeBufferPointer { store in
                let slots = WideSlots(store: store)
                for r in 0..<respondentCount where asked != all {
                    for t in 0..<targets { asked |= slots.answers(at: slot(r, t, 0)).answered }
                }
            }
        } else {
            compact.withUnsafeBufferPointer { store in
                let slots = CompactSlots(store: store)
                for r in 0..<respondentCount where asked != all {
                    for t in 0..<targets { asked |= slots.answers(at: slot(r, t, 0)).answered }
                }
            }
        }
        return asked
    }

    /// Respondent indices sorted by their ids' bytes, so that sums over respondents do not
    /// depend on the order the rows came in.
    func canonicalOrder() -> [Int] {
        respondentKeys.sortedNumbers()
    }
}

/// One respondent's answers about one target role, as whole-store passes read them: the
/// scores by dimension index and a bit per answered dimension.
struct TieAnswers {
    var items = SIMD8<Double>()
    /// The same scores as whole numbers, from a store of whole scores (``ScoreSlots/holdsWholeScores``) only.
    var wholes = SIMD8<Int32>()
    var answered: UInt8 = 0
}

/// A read-only view of a round's store for passes over every slot (the analysis), without
/// going through ``RoundData/score(respondent:target:dimension:)`` slot by slot.
protocol ScoreSlots {
    /// Whether every score is a whole number 0…254 (the compact store).
    static var holdsWholeScores: Bool { get }
    /// The seven answers from slot `slot` on (see ``RoundData/slot(_:_:_:)``); none outside the store.
    func answers(at slot: Int) -> TieAnswers
}

/// The compact store: 0 = no answer, 255 = answered "don't know", otherwise the score + 1.
struct CompactSlots: ScoreSlots {
    static var holdsWholeScores: Bool { true }
    let store: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func answers(at slot: Int) -> TieAnswers {
        var tie = TieAnswers()
        guard slot >= 0, slot <= store.count - 7 else { return tie }
        for d in 0..<7 {
            let code = store[slot + d]
            if code != 0, code != RoundData.missingCode {
                tie.items[d] = Double(code - 1)
                tie.wholes[d] = Int32(code - 1)
                tie.answered |= 1 << d
            }
        }
        return tie
    }
}

/// The wide store: NaN = no answer (or answered "don't know").
struct WideSlots: ScoreSlots {
    static var holdsWholeScores: Bool { false }
    let store: UnsafeBufferPointer<Double>

    @inline(__always)
    func answers(at slot: Int) -> TieAnswers {
        var tie = TieAnswers()
        guard slot >= 0, slot <= store.count - 7 else { return tie }
        for d in 0..<7 {
            let value = store[slot + d]
            if !value.isNaN {
                tie.items[d] = value
                tie.answered |= 1 << d
            }
        }
        return tie
    }
}

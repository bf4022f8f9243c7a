/// Which respondents of two rounds are the same person (SPEC §4), and why the others are not:
/// a pair needs the same id **and** the same role in both rounds, and an index in both. Ids that
/// look like the row numbers of each file (1…N in both rounds, as Microsoft Forms numbers its
/// responses) say nothing about who answered, so they pair nobody unless stated stable
/// (``ComparisonOptions/idsAreStable``, `--paired-ids`).
public struct Pairing: Sendable, Equatable {
    /// Respondents paired: the same id and role in both rounds, with an index in both.
    public var paired = 0
    /// Whether the ids look like row numbers in both rounds.
    public var rowNumbers = false
    /// Whether ids were stated stable (`--paired-ids`): with row numbers, they pair all the same.
    public var idsStatedStable = false
    /// Ids found in both rounds under another role: not the same person, or not comparable.
    public var otherRole = 0
    /// Ids found in both rounds in the same role, without an index (no tie to another role in a
    /// shown cell) in one of them.
    public var withoutIndex = 0
    /// Respondents of the round before whose id is not in the round after.
    public var beforeOnly = 0
    /// Respondents of the round after whose id is not in the round before.
    public var afterOnly = 0

    /// Whether row numbers kept everyone from being paired.
    public var refusedRowNumbers: Bool { rowNumbers && !idsStatedStable }

    /// The pairs' index before and after, in the order of their ids' bytes, with the counts.
    static func match(before: NetworkAnalysis, after: NetworkAnalysis, options: ComparisonOptions)
        -> (pairing: Pairing, before: [Double], after: [Double])
    {
        var pairing = Pairing()
        pairing.rowNumbers = before.idsLookLikeRowNumbers && after.idsLookLikeRowNumbers
        pairing.idsStatedStable = options.idsAreStable
        guard !pairing.refusedRowNumbers else { return (pairing, [], []) }
        var earlier: [String: Int] = [:]
        earlier.reserveCapacity(before.respondentIDs.count)
        for (position, id) in before.respondentIDs.enumerated() { earlier[id] = position }
        var matched: [(id: String, before: Double, after: Double)] = []
        var found = 0
        for (position, id) in after.respondentIDs.enumerated() {
            guard let old = earlier[id] else {
                pairing.afterOnly += 1
                continue
            }
            found += 1
            guard before.roleName(ofRespondent: old) == after.roleName(ofRespondent: position) else {
                pairing.otherRole += 1
                continue
            }
            let a = before.respondentIndex[old], b = after.respondentIndex[position]
            guard !a.isNaN, !b.isNaN else {
                pairing.withoutIndex += 1
                continue
            }
            matched.append((id, a, b))
        }
        pairing.beforeOnly = before.respondentIDs.count - found
        pairing.paired = matched.count
        matched.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return (pairing, matched.map(\.before), matched.map(\.after))
    }

    /// Whether every id is a whole number from 1 and together they run 1…N for the N respondents
    /// of the round, as row numbers do (a tenth of the numbers may be missing: responses deleted in
    /// the tool leave gaps). One respondent alone proves nothing.
    static func looksLikeRowNumbers(_ ids: [String]) -> Bool {
        guard ids.count >= 2 else { return false }
        let limit = ids.count + ids.count / 10
        var largest = 0
        for id in ids {
            let bytes = id.utf8
            guard let first = bytes.first, first != UInt8(ascii: "0"), bytes.count <= 9,
                bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return false }
            var value = 0
            for byte in bytes { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            guard value <= limit else { return false }
            largest = max(largest, value)
        }
        return largest >= ids.count
    }
}

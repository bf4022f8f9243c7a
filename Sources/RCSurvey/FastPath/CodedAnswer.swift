/// An answer as the fast reading path hands it over: the respondent id as UTF-8 bytes (valid
/// only during the call), the round and roles as ``NameNumber``s into a table of names that
/// comes with it. It says exactly what the ``Answer`` with those texts says.
package struct CodedAnswer {
    /// The respondent id, trimmed and not empty; the bytes live only as long as the call.
    package var respondent: UnsafeBufferPointer<UInt8>
    package var round: NameNumber
    package var rater: NameNumber
    package var target: NameNumber
    package var dimension: Dimension
    /// The score; nil for a missing answer.
    package var score: Double?
    /// A promise that the respondent id bytes, round, rater and target are exactly those of
    /// the answer handed to the same sink just before (the next answer of the same tie), so a
    /// sink may reuse what it found for that one. Sinks are free to ignore it.
    package var repeatsLast: Bool

    package init(
        respondent: UnsafeBufferPointer<UInt8>, round: NameNumber, rater: NameNumber, target: NameNumber,
        dimension: Dimension, score: Double?, repeatsLast: Bool = false
    ) {
        self.respondent = respondent
        self.round = round
        self.rater = rater
        self.target = target
        self.dimension = dimension
        self.score = score
        self.repeatsLast = repeatsLast
    }

    /// The same answer with its texts spelled out.
    package func answer(names: [String]) -> Answer {
        Answer(
            respondent: String(decoding: respondent, as: UTF8.self), round: names[round.index],
            raterRole: names[rater.index], targetRole: names[target.index], dimension: dimension, score: score)
    }
}

/// The number of a role name or round label in the names a reader hands to a sink with each
/// ``CodedAnswer``: the names only ever grow, so a number means the same text for a whole
/// ingestion.
@_spi(FastPath) public struct NameNumber: Hashable, Sendable {
    @usableFromInline package var index: Int

    @inlinable @inline(__always)
    package init(_ index: Int) {
        self.index = index
    }
}

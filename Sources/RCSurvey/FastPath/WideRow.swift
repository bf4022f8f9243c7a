/// The answer columns of a wide export as the fast path hands them to a sink: for each column,
/// in file order, the target role's name number and the dimension's index. One instance serves
/// a whole file, so a sink may work out what the columns mean once and keep it while it holds
/// the instance (compared by identity).
@_spi(FastPath) public final class WideColumns: Sendable {
    @usableFromInline package let targets: [NameNumber]
    /// The dimensions' indices (0–6), and the dimensions.
    @usableFromInline package let dimensions: [Int]
    package let dimensionCases: [Dimension]

    package init(targets: [NameNumber], dimensions: [Dimension]) {
        precondition(targets.count == dimensions.count, "one target and one dimension per column")
        self.targets = targets
        self.dimensions = dimensions.map(\.index)
        self.dimensionCases = dimensions
    }

    @inlinable package var count: Int { targets.count }
}

/// One row of a wide export read on the fast path: one respondent's answers about every
/// column's target and dimension, each as an answer code (``WideRow/code(score:)``). It says
/// exactly what the ``CodedAnswer``s of its columns, in column order, say. The buffers live
/// only as long as the call it is handed to.
@_spi(FastPath) public struct WideRow {
    /// The respondent id, trimmed and not empty.
    package var respondent: UnsafeBufferPointer<UInt8>
    package var round: NameNumber
    package var rater: NameNumber
    package var columns: WideColumns
    /// One code per column (never 0): a whole score `s` of 0…253 as `s + 1`, an answer given
    /// as missing as ``missingCode``.
    package var codes: UnsafeBufferPointer<UInt8>

    package init(
        respondent: UnsafeBufferPointer<UInt8>, round: NameNumber, rater: NameNumber, columns: WideColumns,
        codes: UnsafeBufferPointer<UInt8>
    ) {
        assert(codes.count == columns.count, "one code per column")
        assert(!codes.contains(0), "0 is no code")
        self.respondent = respondent
        self.round = round
        self.rater = rater
        self.columns = columns
        self.codes = codes
    }

    /// The code of an answer given as missing ("Ved ikke", "Don't know").
    @usableFromInline package static let missingCode: UInt8 = 255

    /// The code of a score: a whole score 0…253 as itself + 1; nil for any other score.
    @inlinable @inline(__always)
    package static func code(score: Double) -> UInt8? {
        guard score >= 0, score <= 253 else { return nil }
        let whole = UInt8(score)
        return Double(whole) == score ? whole &+ 1 : nil
    }

    /// The score of a code; nil for ``missingCode``.
    @inlinable @inline(__always)
    package static func score(code: UInt8) -> Double? {
        code == missingCode ? nil : Double(code &- 1)
    }

    /// Answer `k` spelled out as the fast path's single answer.
    package func answer(_ k: Int) -> CodedAnswer {
        CodedAnswer(
            respondent: respondent, round: round, rater: rater, target: columns.targets[k],
            dimension: columns.dimensionCases[k], score: WideRow.score(code: codes[k]))
    }
}

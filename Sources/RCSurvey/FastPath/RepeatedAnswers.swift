/// Further answers of one tie, as the fast path reads them from rows that repeat the tie of
/// the answer before: each a dimension and a score or a missing answer, in the order of the
/// rows. A view of the reader's buffers, valid only during the call it is handed to.
@_spi(FastPath) public struct RepeatedAnswers {
    @usableFromInline let dimensions: UnsafeBufferPointer<Int>
    /// Scores, NaN for a missing answer (the representation is this type's alone).
    @usableFromInline let scores: UnsafeBufferPointer<Double>

    /// `dimensions[k]` are dimension indices (`0..<7`); `scores[k]` the scores, NaN where the
    /// answer is missing. Both have the same count.
    @inlinable
    package init(dimensions: UnsafeBufferPointer<Int>, scores: UnsafeBufferPointer<Double>) {
        assert(dimensions.count == scores.count, "one dimension per score")
        assert(dimensions.allSatisfy { (0..<Dimension.allCases.count).contains($0) }, "dimension indices")
        self.dimensions = dimensions
        self.scores = scores
    }

    @inlinable package var count: Int { scores.count }
    @inlinable package var indices: Range<Int> { 0..<scores.count }

    /// The dimension index of answer `k`.
    @inlinable @inline(__always)
    package func dimension(_ k: Int) -> Int { dimensions[k] }

    /// The score of answer `k`; nil for a missing answer.
    @inlinable @inline(__always)
    package func score(_ k: Int) -> Double? {
        let score = scores[k]
        return score.isNaN ? nil : score
    }
}

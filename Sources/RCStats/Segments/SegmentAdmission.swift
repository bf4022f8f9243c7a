/// Which data of the whole organisation its figures may take when it is shown beside its
/// segments (SPEC §6): an answer x(r,t,d) only when the segment's dimension cell D(a(r),t,d) is
/// shown, a tie T(r,t) (of those answers: the segment's own) only when its cell C(a(r),t) is.
/// Every figure of the whole organisation then rests on data its segments show, so no hidden
/// segment cell can be worked out from the whole minus the shown segments.
struct SegmentAdmission: Sendable {
    /// Shown cells of one segment, in the whole organisation's storage indices.
    struct Shown: Sendable {
        /// By cell, a × roleCount + t.
        var cells: [Bool]
        /// By dimension cell, (a × roleCount + t) × 7 + d.
        var dimensionCells: [Bool]
    }

    /// Each respondent's segment (an index into `segments`); nil: in none, nothing taken.
    let segmentOfRespondent: [Int?]
    let segments: [Shown]
    private let nothing: Shown

    /// `segmentOfRespondent` gives each of `round`'s respondents' segment; `analyses` are the
    /// segments' analyses, whose shown cells are matched to `roles` (the whole's storage roles)
    /// by name.
    init(round: RoundData, roles: [String], segmentOfRespondent: [Int?], analyses: [NetworkAnalysis]) {
        let roleCount = roles.count
        let dimensionCount = NetworkTally.dimensionCount
        self.segmentOfRespondent = segmentOfRespondent
        nothing = Shown(
            cells: Array(repeating: false, count: roleCount * roleCount),
            dimensionCells: Array(repeating: false, count: roleCount * roleCount * dimensionCount))
        segments = analyses.map { analysis in
            var shown = Shown(
                cells: Array(repeating: false, count: roleCount * roleCount),
                dimensionCells: Array(repeating: false, count: roleCount * roleCount * dimensionCount))
            for a in 0..<roleCount {
                for t in 0..<roleCount {
                    guard let cell = analysis.cell(rater: roles[a], target: roles[t]) else { continue }
                    let index = a * roleCount + t
                    shown.cells[index] = cell.estimate.n == 0 || !cell.estimate.isSuppressed
                    for item in cell.dimensions {
                        shown.dimensionCells[index * dimensionCount + item.dimension.index] =
                            item.estimate.n == 0 || !item.estimate.isSuppressed
                    }
                }
            }
            return shown
        }
    }

    /// The shown cells of respondent `r`'s segment (none when it has no segment).
    @inline(__always)
    func shown(respondent r: Int) -> Shown {
        guard r < segmentOfRespondent.count, let segment = segmentOfRespondent[r], segment < segments.count else {
            return nothing
        }
        return segments[segment]
    }
}

/// Which cells and dimension cells of a round are shown (rest on at least the minimum group
/// size). The pooled figures take only the data in shown cells (SPEC §3, "No recovery by
/// subtraction"): a tie T(r,t) only when C(a(r),t) is shown, an answer x(r,t,d) only when
/// D(a(r),t,d) is shown. Otherwise a hidden mean could be worked out from a pooled figure
/// minus the shown cells.
struct CellVisibility: Sendable, Equatable {
    let roleCount: Int
    /// By cell, a × roleCount + t.
    let cells: [Bool]
    /// By dimension cell, (a × roleCount + t) × 7 + d.
    let dimensionCells: [Bool]
    /// By cell: shown, and so is each of its asked dimension cells (a complete tie counts
    /// towards Cronbach's alpha only then).
    let completeCells: [Bool]

    /// Every cell shown: the pooled figures are those of all the data.
    var showsEverything: Bool { !cells.contains(false) && !dimensionCells.contains(false) }

    /// Cells whose count of ties, and dimension cells whose count of answers, is at least
    /// `minGroup` are shown; empty cells count as shown (they hold nothing to leave out).
    init(cellCounts: [Int], dimensionCounts: [Int], roleCount: Int, askedDimensions: UInt8, minGroup: Int) {
        let k = max(1, minGroup)
        let dimensionCount = NetworkTally.dimensionCount
        self.roleCount = roleCount
        let cells = cellCounts.map { $0 == 0 || $0 >= k }
        let dimensionCells = dimensionCounts.map { $0 == 0 || $0 >= k }
        self.cells = cells
        self.dimensionCells = dimensionCells
        completeCells = cells.indices.map { cell in
            cells[cell]
                && (0..<dimensionCount).allSatisfy { d in
                    askedDimensions & (1 << d) == 0 || dimensionCells[cell * dimensionCount + d]
                }
        }
    }

}

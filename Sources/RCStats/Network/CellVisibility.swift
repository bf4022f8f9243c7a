/// Which dimension cells and cells of a round are visible (SPEC §3, "Visible answers").
///
/// An answer x(r,t,d) is visible when its dimension cell D(a(r),t,d) holds at least k answers;
/// tie scores are formed from visible answers only, and a cell C(a,b) is visible when at least k
/// respondents have such a tie. Everything is computed from visible answers, as if the hidden
/// ones had not been given: otherwise a visible cell's mean and sd, minus its visible dimension
/// means, would give a hidden dimension cell's answers back, and a pooled figure minus the
/// visible cells a hidden cell's mean.
struct CellVisibility: Sendable, Equatable {
    /// By dimension cell, (a × roleCount + t) × 7 + d.
    let dimensionCells: [Bool]
    /// By cell, a × roleCount + t.
    let cells: [Bool]

    /// Every dimension cell visible, and every cell (the first tally, before anything is known).
    static func all(roleCount: Int) -> CellVisibility {
        CellVisibility(
            dimensionCells: Array(repeating: true, count: roleCount * roleCount * NetworkTally.dimensionCount),
            cells: Array(repeating: true, count: roleCount * roleCount))
    }

    /// Whether every cell and dimension cell is visible.
    var showsEverything: Bool { !cells.contains(false) && !dimensionCells.contains(false) }

    /// Cells or dimension cells, by their counts: visible with at least `minGroup` (or with
    /// none: nothing to leave out), unless `beside` hides them (a segment's complementary
    /// suppression, SPEC §6).
    static func visible(counts: [Int], minGroup: Int, beside: [Bool]?) -> [Bool] {
        let k = max(1, minGroup)
        return counts.indices.map { i in
            counts[i] == 0 || (counts[i] >= k && !(beside?[i] ?? false))
        }
    }
}

/// What a segment hides beyond its own suppression so that no smaller segment's figure can be
/// worked out as the plain analysis minus the segments that show it (SPEC §6, complementary
/// suppression), in the segment's own storage indices.
struct HiddenBeside: Sendable, Equatable {
    /// By dimension cell, (a × roleCount + t) × 7 + d.
    var dimensionCells: [Bool]
    /// By cell, a × roleCount + t.
    var cells: [Bool]

    /// Nothing hidden, for a round of `roleCount` roles.
    init(roleCount: Int) {
        dimensionCells = Array(repeating: false, count: roleCount * roleCount * NetworkTally.dimensionCount)
        cells = Array(repeating: false, count: roleCount * roleCount)
    }

    var isEmpty: Bool { !dimensionCells.contains(true) && !cells.contains(true) }
}

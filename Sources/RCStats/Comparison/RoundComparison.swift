@_spi(FastPath) import RCSurvey

/// A cell in two rounds.
public struct CellComparison: Sendable, Equatable {
    public let rater: String
    public let target: String
    public let comparison: MeasureComparison
    /// Benjamini–Hochberg q-value over the Welch p-values of every compared cell.
    public let q: Double?
}

public struct DimensionComparison: Sendable, Equatable {
    public let dimension: Dimension
    public let comparison: MeasureComparison
}

/// Two survey rounds compared measure by measure (SPEC §4): the network index (with a paired
/// test where respondents recur), the dimension profile and every role-pair cell.
public struct RoundComparison: Sendable {
    public let before: NetworkAnalysis
    public let after: NetworkAnalysis
    public let minGroup: Int
    public let index: MeasureComparison
    /// The paired t-test on respondents who answered both rounds (ids recur), when at least
    /// `minGroup` (and two) are matched.
    public let paired: PairedTest?
    public let dimensions: [DimensionComparison]
    /// Every rater × target cell, rater-major in the roles' display order.
    public let cells: [CellComparison]

    public var roles: [String] { before.roles }

    /// Compares two analyses of the same roles (two rounds of one `SurveyData`).
    public init(before: NetworkAnalysis, after: NetworkAnalysis) {
        precondition(before.roles == after.roles, "rounds of one dataset share their roles")
        self.before = before
        self.after = after
        let k = max(before.options.minGroup, after.options.minGroup)
        minGroup = k
        index = MeasureComparison(before: before.index, after: after.index, minGroup: k)

        let beforeIndex = before.indexByRespondent, afterIndex = after.indexByRespondent
        let matched = beforeIndex.keys.filter { afterIndex[$0] != nil }.sorted()
        if matched.count >= max(k, 2) {
            paired = PairedTest(
                before: matched.compactMap { beforeIndex[$0] },
                after: matched.compactMap { afterIndex[$0] })
        } else {
            paired = nil
        }

        dimensions = zip(before.dimensions, after.dimensions).map { a, b in
            DimensionComparison(
                dimension: a.dimension,
                comparison: MeasureComparison(before: a.estimate, after: b.estimate, minGroup: k))
        }
        let compared = zip(before.cells, after.cells).map { a, b in
            MeasureComparison(before: a.estimate, after: b.estimate, minGroup: k)
        }
        let q = BenjaminiHochberg.qValues(compared.map { $0.welch?.pValue })
        cells = zip(before.cells, zip(compared, q)).map { cell, pair in
            CellComparison(rater: cell.rater, target: cell.target, comparison: pair.0, q: pair.1)
        }
    }

    /// The cell comparison of `rater` rating `target`.
    public func cell(rater: String, target: String) -> CellComparison? {
        cells.first { $0.rater == rater && $0.target == target }
    }
}

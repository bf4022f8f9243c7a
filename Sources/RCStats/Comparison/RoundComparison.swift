@_spi(FastPath) import RCSurvey

/// A cell in two rounds.
public struct CellComparison: Sendable, Equatable {
    /// The rater role.
    public let rater: String
    /// The target role.
    public let target: String
    /// The cell's tie scores before and after, and how they changed.
    public let comparison: MeasureComparison
    /// Benjamini–Hochberg q-value over the Welch p-values of every compared cell.
    public let q: Double?
}

/// One dimension of the profile in two rounds.
public struct DimensionComparison: Sendable, Equatable {
    /// The dimension.
    public let dimension: Dimension
    /// The dimension's answers before and after, and how they changed.
    public let comparison: MeasureComparison
}

/// Two survey rounds compared measure by measure (SPEC §4): the network index (with a paired
/// test where respondents recur), the dimension profile and every role-pair cell.
public struct RoundComparison: Sendable {
    /// The earlier round's analysis.
    public let before: NetworkAnalysis
    /// The later round's analysis.
    public let after: NetworkAnalysis
    /// The minimum group size the comparison keeps to: the larger of the two analyses' `minGroup`.
    public let minGroup: Int
    /// The network RC index before and after, and how it changed.
    public let index: MeasureComparison
    /// The paired t-test on respondents who answered both rounds (ids recur), when at least
    /// `minGroup` (and two) are matched.
    public let paired: PairedTest?
    /// The dimension profile, in the order of the analyses' dimensions.
    public let dimensions: [DimensionComparison]
    /// Every rater × target cell, rater-major in the roles' display order.
    public let cells: [CellComparison]

    /// The roles, in display order (the same in both rounds).
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

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
    /// Whether the change matters, is small but reliable, or neither (SPEC §4), by its q.
    public let verdict: ChangeVerdict
}

/// One dimension of the profile in two rounds.
public struct DimensionComparison: Sendable, Equatable {
    /// The dimension.
    public let dimension: Dimension
    /// The dimension's answers before and after, and how they changed.
    public let comparison: MeasureComparison
    /// The Welch p-value corrected by Benjamini–Hochberg over the seven dimensions as one family.
    public let q: Double?
    /// Whether the change matters, is small but reliable, or neither (SPEC §4), by its q.
    public let verdict: ChangeVerdict
}

/// Two survey rounds compared measure by measure (SPEC §4): the network index (with a paired
/// test on the respondents paired by id and role), the dimension profile and every role-pair
/// cell, each with its verdict: a change that matters (reliable and at least δ), a small but
/// reliable one, or neither.
public struct RoundComparison: Sendable {
    /// The earlier round's analysis.
    public let before: NetworkAnalysis
    /// The later round's analysis.
    public let after: NetworkAnalysis
    /// The minimum group size the comparison keeps to: the larger of the two analyses' `minGroup`.
    public let minGroup: Int
    /// How changes are judged and respondents paired: the earlier analysis's ``AnalysisOptions/comparison``.
    public let options: ComparisonOptions
    /// The network RC index before and after, and how it changed.
    public let index: MeasureComparison
    /// Whether the index's change matters (a family of one: its q is its Welch p).
    public let indexVerdict: ChangeVerdict
    /// Who was paired with whom across the rounds (the same id and role), and why the others were not.
    public let pairing: Pairing
    /// The paired t-test on the respondents paired (``pairing``), when at least `minGroup` (and
    /// two) are.
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
        let options = before.options.comparison
        self.options = options
        index = MeasureComparison(before: before.index, after: after.index, minGroup: k)
        indexVerdict = ChangeVerdict(index, q: index.welch?.pValue, options: options)

        let matched = Pairing.match(before: before, after: after, options: options)
        pairing = matched.pairing
        paired = matched.before.count >= max(k, 2) ? PairedTest(before: matched.before, after: matched.after) : nil

        let profile = zip(before.dimensions, after.dimensions).map { a, b in
            (a.dimension, MeasureComparison(before: a.estimate, after: b.estimate, minGroup: k))
        }
        let dimensionQ = BenjaminiHochberg.qValues(profile.map { $0.1.welch?.pValue })
        dimensions = zip(profile, dimensionQ).map { item, q in
            DimensionComparison(
                dimension: item.0, comparison: item.1, q: q, verdict: ChangeVerdict(item.1, q: q, options: options))
        }
        let compared = zip(before.cells, after.cells).map { a, b in
            MeasureComparison(before: a.estimate, after: b.estimate, minGroup: k)
        }
        let q = BenjaminiHochberg.qValues(compared.map { $0.welch?.pValue })
        cells = zip(before.cells, zip(compared, q)).map { cell, pair in
            CellComparison(
                rater: cell.rater, target: cell.target, comparison: pair.0, q: pair.1,
                verdict: ChangeVerdict(pair.0, q: pair.1, options: options))
        }
    }

    /// The paired test's verdict by the same rule as the index's (its p, and δ); nil without one.
    public var pairedVerdict: ChangeVerdict? {
        guard let paired else { return nil }
        return ChangeVerdict(difference: paired.meanDifference, q: paired.pValue, options: options)
    }

    /// Whether the paired test, by the same rule, says something else than the index's verdict
    /// (on every respondent of both rounds): a change that matters, a small but reliable one, or
    /// neither.
    public var pairedDisagrees: Bool {
        guard let verdict = pairedVerdict, verdict != .untested, indexVerdict != .untested else { return false }
        return verdict.matters != indexVerdict.matters || verdict.isReliable != indexVerdict.isReliable
    }

    /// The cell comparison of `rater` rating `target`.
    public func cell(rater: String, target: String) -> CellComparison? {
        cells.first { $0.rater == rater && $0.target == target }
    }
}

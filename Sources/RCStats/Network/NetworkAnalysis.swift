@_spi(FastPath) import RCSurvey

/// Settings of a network analysis (SPEC §3).
public struct AnalysisOptions: Sendable, Equatable {
    /// Figures resting on fewer respondents are suppressed (default 3).
    public var minGroup: Int
    /// The fewest answered items that make a tie score (default 4).
    public var minItems: Int
    /// Where weak cells end and strong ones begin.
    public var strength: StrengthThresholds
    /// A_d: the number of scores each dimension's scale allows, by dimension index (5 on the
    /// standard scales, 10 on a 1–10 scale), for rwg(j)'s uniform null variance (A_d² − 1)/12.
    public var scoredOptions: [Int]
    /// How a comparison of this round with another judges changes and pairs respondents (SPEC §4).
    public var comparison: ComparisonOptions

    /// Options from their parts; the defaults are those of the standard instrument.
    public init(
        minGroup: Int = 3, minItems: Int = 4, strength: StrengthThresholds = .standard,
        scoredOptions: [Int] = Array(repeating: 5, count: Dimension.allCases.count),
        comparison: ComparisonOptions = ComparisonOptions()
    ) {
        self.minGroup = minGroup
        self.minItems = minItems
        self.strength = strength
        self.scoredOptions = scoredOptions
        self.comparison = comparison
    }

    /// The options an instrument implies: its `min_items` (unless `minItems` is given), its
    /// strength thresholds, A_d from the scale of each dimension it asks (5 for the others), and
    /// its `meaningful_change` as δ (by default a twentieth of its scale's range).
    public init(instrument: Instrument, minGroup: Int = 3, minItems: Int? = nil) {
        self.init(
            minGroup: minGroup, minItems: minItems ?? instrument.minItems, strength: instrument.strength,
            scoredOptions: Dimension.allCases.map { instrument.scale(for: $0)?.allowedScores ?? 5 },
            comparison: ComparisonOptions(minimumChange: instrument.minimumChange))
    }
}

/// One rater role × target role cell of the network.
public struct NetworkCell: Sendable, Equatable {
    /// The rater role: the respondents whose answers the cell holds.
    public let rater: String
    /// The target role they answered about.
    public let target: String
    /// n, mean, sd and 95% interval of the tie scores T(r, target) of respondents in `rater`.
    public let estimate: Estimate
    /// Weak, moderate or strong; nil when suppressed. Classified on the exact mean where the
    /// scores are whole numbers, so a mean of exactly 3.5 is moderate.
    public let strength: Strength?
    /// rwg(j): how far the cell's respondents agree, over their visible answers (those in visible
    /// dimension cells; Lindell & Brandt 1999); nil when the cell is hidden or no such dimension
    /// has two answers.
    public let rwgJ: Double?
    /// The same per dimension, over the answered items.
    public let dimensions: [DimensionEstimate]

    /// Whether the cell is a role rating itself.
    public var isWithinRole: Bool { rater == target }
}

/// One dimension's answers in a group: the network's dimension profile, or a cell's dimensions.
public struct DimensionEstimate: Sendable, Equatable {
    /// The dimension.
    public let dimension: Dimension
    /// n, mean and sd of the dimension's answers (no interval).
    public let estimate: Estimate
    /// Weak, moderate or strong; nil when suppressed. Classified on the exact sum of the
    /// answers where the scores are whole numbers.
    public let strength: Strength?

    init(dimension: Dimension, estimate: Estimate, strength: Strength?) {
        self.dimension = dimension
        self.estimate = estimate
        self.strength = estimate.mean == nil ? nil : strength
    }
}

/// A role's view of the network, as rater and as target.
public struct RoleSummary: Sendable, Equatable {
    /// The role.
    public let role: String
    /// Respondents working in the role.
    public let respondents: Int
    /// Mean of the respondent index I(r) over the role's respondents.
    public let asRater: Estimate
    /// Mean of T(r, role) over respondents in other roles.
    public let asTarget: Estimate
}

/// C(a, b) − C(b, a): how differently two roles see their tie.
public struct ReciprocityGap: Sendable, Equatable {
    /// The role that rates the tie higher.
    public let roleA: String
    /// The role that rates it lower.
    public let roleB: String
    /// C(roleA, roleB) − C(roleB, roleA).
    public let gap: Double
}

/// How consistently the seven items measure one thing (internal consistency).
public struct Reliability: Sendable, Equatable {
    /// Cronbach's alpha over between-role ties with every item answered; nil when not computable or suppressed.
    public let cronbachAlpha: Double?
    /// The ties used.
    public let n: Int
}

/// The relational coordination network of one survey round (SPEC §3).
public struct NetworkAnalysis: Sendable {
    /// The round's label; empty for unlabelled data.
    public let round: String
    /// The roles, in display order.
    public let roles: [String]
    /// The respondents in the round.
    public let respondents: Int
    /// The settings the analysis was made with.
    public let options: AnalysisOptions
    /// The network RC index: the respondent index I(r) over respondents with a between-role tie.
    public let index: Estimate
    /// The within-role index: T(r, a(r)).
    public let withinRole: Estimate
    /// The dimension profile.
    public let dimensions: [DimensionEstimate]
    /// Every rater × target cell, rater-major in role order.
    public let cells: [NetworkCell]
    /// Each role as rater and as target, in display order.
    public let roleSummaries: [RoleSummary]
    /// Cronbach's alpha over the between-role ties.
    public let reliability: Reliability
    /// ICC(1) and ICC(2) of I(r) by rater role (over the ties in shown cells).
    public let agreement: Agreement
    /// What the figures leave out: the answers in hidden dimension cells (no tie score, cell or
    /// pooled figure takes them) and the tie scores in hidden cells (no pooled figure takes
    /// them), so that no hidden mean can be worked out from what is shown.
    public let leftOut: LeftOut
    /// Each respondent's index I(r) over the ties in shown cells (NaN without between-role ties), for paired comparisons. Never reported.
    let respondentIndex: [Double]
    /// The respondents' ids, in the order of `respondentIndex`. Never reported.
    let respondentIDs: [String]
    /// Each respondent's role, by storage index into `storageRoles`, in the order of `respondentIDs`.
    let respondentRoles: [Int]
    /// The role names by storage index.
    let storageRoles: [String]
    /// Whether the ids look like the file's row numbers (``RoundData/idsLookLikeRowNumbers``).
    let idsLookLikeRowNumbers: Bool

    /// The cell of `rater` rating `target`.
    public func cell(rater: String, target: String) -> NetworkCell? {
        guard let a = roles.firstIndex(of: rater), let b = roles.firstIndex(of: target) else { return nil }
        return cells[a * roles.count + b]
    }

    /// C(a,b) − C(b,a) for every pair of roles where both cells are shown, largest gap first.
    public var reciprocityGaps: [ReciprocityGap] {
        var gaps: [ReciprocityGap] = []
        for a in 0..<roles.count {
            for b in (a + 1)..<max(a + 1, roles.count) {
                guard let ab = cells[a * roles.count + b].estimate.mean,
                    let ba = cells[b * roles.count + a].estimate.mean
                else { continue }
                let gap = ab - ba
                gaps.append(
                    gap >= 0
                        ? ReciprocityGap(roleA: roles[a], roleB: roles[b], gap: gap)
                        : ReciprocityGap(roleA: roles[b], roleB: roles[a], gap: -gap))
            }
        }
        return gaps.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : ($0.roleA, $0.roleB) < ($1.roleA, $1.roleB) }
    }

    /// Analyses the round labelled `label` of `data` (the only round when nil).
    public init?(_ data: SurveyData, round label: String? = nil, options: AnalysisOptions = AnalysisOptions()) {
        guard let round = label.map({ data.round($0) }) ?? data.rounds.first else { return nil }
        self.init(round, roles: data.storageRoles, order: data.displayOrder, options: options)
    }

    /// Analyses one round. `roles` are the role names by storage index; `order` lists storage
    /// indices in display order (all of them, by default in storage order).
    public init(
        _ round: RoundData, roles storageRoles: [String], order: [Int]? = nil,
        options: AnalysisOptions = AnalysisOptions()
    ) {
        self.init(round, roles: storageRoles, order: order, options: options, admission: nil)
    }

    /// Analyses one round taking only the data `admission` lets in (the whole organisation
    /// with `--by`: the data in its segments' shown cells), or all of it when nil; `beside`
    /// hides a segment's cells and dimension cells beyond its own suppression (SPEC §6).
    init(
        _ round: RoundData, roles storageRoles: [String], order: [Int]?, options: AnalysisOptions,
        admission: SegmentAdmission?, beside: HiddenBeside? = nil
    ) {
        let order = order ?? Array(storageRoles.indices)
        let roles = storageRoles
        self.round = round.label
        self.roles = order.map { storageRoles[$0] }
        self.options = options
        respondents = round.respondentCount
        let roleCount = roles.count
        let dimensionCount = Dimension.allCases.count
        let k = options.minGroup

        // Visible answers (SPEC §3): the dimension cells' counts decide which answers are
        // visible; the tie scores formed from those decide which cells are; the pooled figures
        // take both. Each is known from a tally, so a round with something hidden is tallied
        // again with what the last one showed.
        var first = NetworkTally(round, roleCount: roleCount, minItems: options.minItems, admission: admission)
        first.add(round, roles: roles)
        let visibleDimensions = CellVisibility.visible(
            counts: first.cellItems.map(\.count), minGroup: k, beside: beside?.dimensionCells)
        var cellTally = first
        if visibleDimensions.contains(false) {
            cellTally = NetworkTally(
                round, roleCount: roleCount, minItems: options.minItems,
                visibility: CellVisibility(
                    dimensionCells: visibleDimensions, cells: Array(repeating: true, count: roleCount * roleCount)),
                admission: admission)
            cellTally.add(round, roles: roles)
        }
        let cellTies = cellTally.cellTies, cellItems = cellTally.cellItems
        let visibility = CellVisibility(
            dimensionCells: visibleDimensions,
            cells: CellVisibility.visible(counts: cellTies.map(\.count), minGroup: k, beside: beside?.cells))
        var tally = cellTally
        if visibility.cells.contains(false) {
            tally = NetworkTally(
                round, roleCount: roleCount, minItems: options.minItems, visibility: visibility, admission: admission)
            tally.add(round, roles: roles)
        }
        leftOut = LeftOut(
            ties: zip(cellTies, visibility.cells).reduce(cellTally.excludedTies) { $0 + ($1.1 ? 0 : $1.0.count) },
            answers: zip(cellItems, visibility.dimensionCells).reduce(cellTally.excludedAnswers) {
                $0 + ($1.1 ? 0 : $1.0.count)
            })
        // Who answered at all, before anything was left out: a hidden group that answered is
        // "fewer than k", never "no answers".
        let answered = Answered(
            dimensionCells: cellTally.givenAnswers.isEmpty
                ? cellItems.map { $0.count > 0 } : cellTally.givenAnswers.map { $0 > 0 },
            roleCount: roleCount)
        let askedDimensions = (0..<dimensionCount).filter { tally.askedDimensions & (1 << $0) != 0 }
        let indexSummary = tally.index, withinSummary = tally.within, profileSummaries = tally.profile
        let raterSummaries = tally.raters, targetSummaries = tally.targets
        let respondentsPerRole = tally.respondentsPerRole, respondentIndex = tally.respondentIndex
        let itemSummaries = tally.itemSummaries, totalSummary = tally.totalSummary
        let alphaRespondents = tally.alphaRespondents

        index = Estimate(indexSummary, minGroup: k, answered: answered.betweenRoles)
        withinRole = Estimate(withinSummary, minGroup: k, answered: answered.withinRoles)
        let thresholds = options.strength
        dimensions = Dimension.allCases.map { dimension in
            let estimate = Estimate(
                profileSummaries[dimension.index], minGroup: k, answered: answered.profile(dimension.index))
            return DimensionEstimate(
                dimension: dimension, estimate: estimate, strength: estimate.mean.map(thresholds.strength(of:)))
        }
        let cellExactSums = cellTally.cellExactSums, cellMoments = cellTally.cellMoments, tieItems = cellTally.tieItems
        var cells: [NetworkCell] = []
        cells.reserveCapacity(roleCount * roleCount)
        for a in order {
            for b in order {
                let cell = a * roleCount + b
                let estimate = Estimate(
                    cellTies[cell], minGroup: k, interval: true, answered: answered.cell(cell),
                    protectsOthers: beside?.cells[cell] ?? false)
                let exact =
                    cellExactSums.isEmpty
                    ? nil
                    : ExactMean(numerator: cellExactSums[cell], denominator: ExactMean.tieDenominator * estimate.n)
                let rwgJ =
                    estimate.isSuppressed
                    ? nil
                    : NetworkAnalysis.rwgJ(
                        answers: tieItems[(cell * dimensionCount)..<((cell + 1) * dimensionCount)],
                        shown: visibility.dimensionCells[(cell * dimensionCount)..<((cell + 1) * dimensionCount)],
                        scoredOptions: options.scoredOptions)
                cells.append(
                    NetworkCell(
                        rater: roles[a], target: roles[b], estimate: estimate,
                        strength: estimate.mean.map { thresholds.strength(of: $0, exact: exact) },
                        rwgJ: rwgJ,
                        dimensions: Dimension.allCases.map { dimension in
                            let item = cell * dimensionCount + dimension.index
                            let estimate = Estimate(
                                cellItems[item], minGroup: k, answered: answered.dimensionCells[item],
                                protectsOthers: beside?.dimensionCells[item] ?? false)
                            let exact =
                                cellMoments.isEmpty
                                ? nil
                                : ExactMean(numerator: cellMoments[item].sum, denominator: cellMoments[item].count)
                            return DimensionEstimate(
                                dimension: dimension, estimate: estimate,
                                strength: estimate.mean.map { thresholds.strength(of: $0, exact: exact) })
                        }))
            }
        }
        self.cells = cells
        roleSummaries = order.map { a in
            RoleSummary(
                role: roles[a], respondents: respondentsPerRole[a],
                asRater: Estimate(raterSummaries[a], minGroup: k, answered: answered.asRater(a)),
                asTarget: Estimate(targetSummaries[a], minGroup: k, answered: answered.asTarget(a)))
        }
        // Groups in the order of their names, so that the sums do not depend on the row order.
        let byName = roles.indices.sorted { Array(roles[$0].utf8).lexicographicallyPrecedes(Array(roles[$1].utf8)) }
        agreement = Agreement(groups: byName.map { raterSummaries[$0] })
        reliability = NetworkAnalysis.alpha(
            items: askedDimensions.map { itemSummaries[$0] }, total: totalSummary,
            respondents: alphaRespondents, minGroup: k)
        self.respondentIndex = respondentIndex
        self.respondentIDs = round.respondentIDs
        respondentRoles = round.raterRoles
        self.storageRoles = storageRoles
        idsLookLikeRowNumbers = round.idsLookLikeRowNumbers
    }

    /// rwg(j) = J(1 − r̄) / (J(1 − r̄) + r̄), r̄ the mean of s²_d / σ²_d over the shown dimensions
    /// with at least two answers (J of them), σ²_d = (A_d² − 1)/12; 0 when r̄ ≥ 1.
    static func rwgJ(answers: ArraySlice<SummaryAccumulator>, shown: ArraySlice<Bool>, scoredOptions: [Int]) -> Double?
    {
        var ratios: [Double] = []
        for (d, (items, isShown)) in zip(answers, shown).enumerated() where isShown {
            guard let variance = items.summary?.variance, d < scoredOptions.count else { continue }
            let options = Double(scoredOptions[d])
            let uniform = (options * options - 1) / 12
            guard uniform > 0 else { continue }
            ratios.append(variance / uniform)
        }
        guard !ratios.isEmpty else { return nil }
        let j = Double(ratios.count)
        let meanRatio = ratios.reduce(0, +) / j
        guard meanRatio < 1 else { return 0 }
        return j * (1 - meanRatio) / (j * (1 - meanRatio) + meanRatio)
    }

    /// α = k/(k−1) · (1 − Σ var_d / var_sum), with sample variances.
    static func alpha(items: [SummaryAccumulator], total: SummaryAccumulator, respondents: Int, minGroup: Int)
        -> Reliability
    {
        let ties = total.count
        guard items.count >= 2, ties >= 2, respondents >= max(1, minGroup),
            let totalVariance = total.summary?.variance, totalVariance > 0
        else {
            return Reliability(cronbachAlpha: nil, n: ties)
        }
        var itemVariance = 0.0
        for item in items {
            guard let variance = item.summary?.variance else { return Reliability(cronbachAlpha: nil, n: ties) }
            itemVariance += variance
        }
        let k = Double(items.count)
        return Reliability(cronbachAlpha: k / (k - 1) * (1 - itemVariance / totalVariance), n: ties)
    }
}

extension NetworkAnalysis {
    /// The role of the respondent at `position` in `respondentIDs`.
    func roleName(ofRespondent position: Int) -> String { storageRoles[respondentRoles[position]] }
}

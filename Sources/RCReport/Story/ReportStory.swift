import RCStats
import RCSurvey

/// What a facilitator tells the room, as data: the improvements and declines that matter
/// (reliable and at least δ, SPEC §4), how many more are small but reliable, the large changes
/// that may be chance (for discussion), the index and the dimensions with their verdicts, and the
/// strongest and weakest ties now. Renderers turn it into sentences. Only shown figures enter it;
/// suppressed cells are counted, never described.
struct ReportStory: Sendable {
    /// A measure's change and its verdict.
    struct Change: Sendable {
        /// «Ortopædkirurg → Endokrinolog», or a dimension's label.
        var label: String
        /// For ties: rater and target indices in the role list.
        var pair: (rater: Int, target: Int)?
        var measure: MeasureComparison
        var verdict: ChangeVerdict
        /// The family-corrected p-value the verdict rests on (q for ties and dimensions, p for the index).
        var q: Double?
    }

    /// A shown tie in the latest round.
    struct Tie: Sendable {
        /// The rater and target roles, by their place in the analysis's roles.
        let rater, target: Int
        /// "Rater → Target", as the story names the tie.
        let label: String
        let mean: Double
        let strength: Strength
        /// The respondents behind the mean.
        let n: Int
    }

    /// Ties that could not be compared, grouped by reason.
    struct Uncompared: Sendable {
        enum Reason: Sendable, Hashable {
            /// A round has fewer than the minimum group (k) respondents behind the tie.
            case tooFew
            /// A round has no answers about the tie.
            case noAnswers
            /// A segment's round hides the tie so that a smaller segment cannot be worked out.
            case hiddenBesideOthers
        }
        /// One tie: «A → B» and its two groups, whose n a renderer prints («(<3→5)»).
        struct Item: Sendable {
            var label: String
            var before: Estimate
            var after: Estimate
        }
        var reason: Reason
        var items: [Item]
    }

    var comparison: RoundComparison?
    /// The latest round.
    var latest: NetworkAnalysis
    /// Ties whose change matters, largest first.
    var improvements: [Change] = []
    var declines: [Change] = []
    /// Ties whose change is reliable but smaller than δ, upwards and downwards: counted, not listed.
    var smallUp = 0, smallDown = 0
    /// The largest tie changes of at least δ that are not reliable (at most five).
    var forDiscussion: [Change] = []
    var index: Change?
    var dimensions: [Change] = []
    /// The strongest and weakest shown between-role ties of the latest round (at most five each).
    var strongest: [Tie] = []
    var weakest: [Tie] = []
    var uncompared: [Uncompared] = []

    /// How many of the largest non-reliable changes and of the strongest and weakest ties to tell.
    static let discussionCount = 5
    static let tieCount = 3

    /// The story of one round (no comparison) or of the last comparison.
    init(latest: NetworkAnalysis, comparison: RoundComparison?) {
        self.latest = latest
        self.comparison = comparison
        let roles = latest.roles
        let count = roles.count
        var ties: [Tie] = []
        for (position, cell) in latest.cells.enumerated() where position / count != position % count {
            guard let mean = cell.estimate.mean, let strength = cell.strength else { continue }
            ties.append(
                Tie(
                    rater: position / count, target: position % count, label: "\(cell.rater) → \(cell.target)",
                    mean: mean, strength: strength, n: cell.estimate.n))
        }
        let ordered = ties.sorted {
            $0.mean != $1.mean ? $0.mean > $1.mean : ($0.rater, $0.target) < ($1.rater, $1.target)
        }
        strongest = Array(ordered.prefix(Self.tieCount))
        weakest = Array(
            ordered.reversed().filter { tie in !strongest.contains { $0.rater == tie.rater && $0.target == tie.target }
            }
            .prefix(Self.tieCount))

        guard let comparison else { return }
        index = Change(
            label: "", pair: nil, measure: comparison.index, verdict: comparison.indexVerdict,
            q: comparison.index.welch?.pValue)
        dimensions = comparison.dimensions.map { item in
            Change(
                label: item.dimension.rawValue, pair: nil, measure: item.comparison, verdict: item.verdict, q: item.q)
        }
        var changes: [Change] = []
        var tooFew: [Uncompared.Item] = [], noAnswers: [Uncompared.Item] = [], besideOthers: [Uncompared.Item] = []
        for (position, cell) in comparison.cells.enumerated() {
            let label = "\(cell.rater) → \(cell.target)"
            let item = Uncompared.Item(label: label, before: cell.comparison.before, after: cell.comparison.after)
            switch cell.comparison.suppressionReason {
            case .tooFewRespondents?:
                // Both n are shown elsewhere (change map); the diagonal of a role with no one is left out.
                tooFew.append(item)
                continue
            case .noAnswers?:
                if !cell.comparison.before.hasNoAnswers || !cell.comparison.after.hasNoAnswers {
                    noAnswers.append(item)
                }
                continue
            case .hiddenBesideOthers?:
                besideOthers.append(item)
                continue
            case nil: break
            }
            changes.append(
                Change(
                    label: label, pair: (position / count, position % count), measure: cell.comparison,
                    verdict: cell.verdict, q: cell.q))
        }
        func size(_ change: Change) -> Double { abs(change.measure.difference ?? 0) }
        let bySize = changes.sorted { size($0) > size($1) }
        improvements = bySize.filter { $0.verdict == .improved }
        declines = bySize.filter { $0.verdict == .declined }
        let small = changes.filter { $0.verdict == .small }
        smallUp = small.filter { ($0.measure.difference ?? 0) > 0 }.count
        smallDown = small.count - smallUp
        // Large enough to matter were they reliable: chance or not, worth a question in the room.
        forDiscussion = Array(
            bySize.filter { !$0.verdict.isReliable && comparison.options.isLargeEnough(size($0)) }
                .prefix(Self.discussionCount))
        if !tooFew.isEmpty { uncompared.append(Uncompared(reason: .tooFew, items: tooFew)) }
        if !noAnswers.isEmpty { uncompared.append(Uncompared(reason: .noAnswers, items: noAnswers)) }
        if !besideOthers.isEmpty { uncompared.append(Uncompared(reason: .hiddenBesideOthers, items: besideOthers)) }
    }
}

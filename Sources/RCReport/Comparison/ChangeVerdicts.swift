import RCStats
import RCSurvey

/// The one rule by which the report calls a change between two rounds reliable, the same for
/// ties, dimensions and the network index: the Welch p-value, corrected by Benjamini–Hochberg
/// within its family, below 0.05. The ties form one family (their q-values, SPEC §4), the seven
/// dimensions another, and the network index is a family of one (its q is its p).
struct ChangeVerdicts: Sendable {
    /// What a compared measure's change is called.
    enum Verdict: Sendable, Equatable {
        /// Reliably better (q below the level, difference above zero).
        case improved
        /// Reliably worse.
        case declined
        /// Tested, but not reliable.
        case unclear
        /// Compared, but with no spread in either round: there is no test.
        case untested
        /// Not compared (too few respondents in a round).
        case notCompared

        /// Whether the change is reliable.
        var isReliable: Bool { self == .improved || self == .declined }

        /// The change symbol (never a strength symbol): ↑ reliable improvement, ↓ reliable decline.
        var symbol: String {
            switch self {
            case .improved: "↑"
            case .declined: "↓"
            default: ""
            }
        }
    }

    /// The corrected p-value below which a change counts as reliable.
    static let level = 0.05

    let comparison: RoundComparison
    /// Benjamini–Hochberg q-values of the seven dimensions' Welch p-values, in `comparison.dimensions` order.
    let dimensionQ: [Double?]

    init(_ comparison: RoundComparison) {
        self.comparison = comparison
        dimensionQ = BenjaminiHochberg.qValues(comparison.dimensions.map { $0.comparison.welch?.pValue })
    }

    /// The verdict on a measure with its family-corrected p-value `q`.
    static func verdict(_ measure: MeasureComparison, q: Double?) -> Verdict {
        guard let welch = measure.welch else { return .notCompared }
        guard welch.pValue != nil, let q else { return welch.difference == 0 ? .unclear : .untested }
        guard q < level else { return .unclear }
        return welch.difference > 0 ? .improved : welch.difference < 0 ? .declined : .unclear
    }

    /// The network index: one test, so its q is its p.
    var index: Verdict { Self.verdict(comparison.index, q: comparison.index.welch?.pValue) }

    /// The dimension at `position` in `comparison.dimensions`.
    func dimension(_ position: Int) -> Verdict {
        Self.verdict(comparison.dimensions[position].comparison, q: dimensionQ[position])
    }

    /// A tie (cell).
    func cell(_ cell: CellComparison) -> Verdict { Self.verdict(cell.comparison, q: cell.q) }

    /// Whether the paired test on the matched respondents disagrees with the index's verdict
    /// (reliable by one test, not by the other).
    var pairedDisagrees: Bool {
        guard let paired = comparison.paired, let p = paired.pValue else { return false }
        return (p < Self.level) != index.isReliable
    }
}

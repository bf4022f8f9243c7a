/// How two rounds are compared beyond the tests themselves (SPEC §4): how large a change must
/// be to matter, and whether ids that look like row numbers may still pair respondents.
public struct ComparisonOptions: Sendable, Equatable {
    /// The family-corrected p-value below which a change is reliable (cells: q; the seven
    /// dimensions: BH-corrected p as one family; the index: p).
    public static let level = 0.05

    /// δ: the smallest difference (on the instrument's scale) that matters. A reliable change
    /// smaller than δ is "small but reliable", never an improvement or a decline.
    public var minimumChange: Double
    /// Whether ids that look like row numbers (1…N in both rounds) are stable ids all the same
    /// (`--paired-ids`), so that they pair respondents.
    public var idsAreStable: Bool

    /// The standard δ, 0.2: a twentieth of the range of a 1–5 scale.
    public static let standardMinimumChange = 0.2

    /// Options from their parts.
    public init(minimumChange: Double = standardMinimumChange, idsAreStable: Bool = false) {
        self.minimumChange = minimumChange
        self.idsAreStable = idsAreStable
    }

    /// Whether `difference` is at least δ in size. Differences of means are sums of binary
    /// fractions, so 3.4 − 3.2 is 0.19999…; a billionth of the scale is forgiven.
    public func isLargeEnough(_ difference: Double) -> Bool {
        abs(difference) >= minimumChange - 1e-9
    }
}

/// What a compared measure's change is called: the one rule of SPEC §4, the same for the
/// report's story, the summaries, the change maps, the workbook and the JSON (`matters`).
public enum ChangeVerdict: Sendable, Equatable {
    /// A change that matters, upwards: reliable and at least δ.
    case improved
    /// A change that matters, downwards.
    case declined
    /// Reliable, but smaller than δ: counted as "small but reliable", never listed as an
    /// improvement or a decline.
    case small
    /// Tested, but not reliable (it may be chance).
    case unclear
    /// Compared, but with no spread in either round: there is no test.
    case untested
    /// Not compared (too few respondents in a round, or hidden).
    case notCompared

    /// The verdict on a difference whose family-corrected p-value is `q` (nil: no test).
    public init(difference: Double, q: Double?, options: ComparisonOptions) {
        guard let q, q.isFinite else {
            self = .untested
            return
        }
        guard q < ComparisonOptions.level, difference != 0 else {
            self = .unclear
            return
        }
        guard options.isLargeEnough(difference) else {
            self = .small
            return
        }
        self = difference > 0 ? .improved : .declined
    }

    /// The verdict on a compared measure whose family-corrected p-value is `q`.
    public init(_ measure: MeasureComparison, q: Double?, options: ComparisonOptions) {
        guard let welch = measure.welch else {
            self = .notCompared
            return
        }
        guard welch.pValue != nil else {
            // No spread in either round: a measure that did not move is simply unchanged.
            self = welch.difference == 0 ? .unclear : .untested
            return
        }
        self.init(difference: welch.difference, q: q, options: options)
    }

    /// Whether the change is reliable (whatever its size): unlikely to be chance.
    public var isReliable: Bool { self == .improved || self == .declined || self == .small }

    /// Whether the change matters: reliable and at least δ (JSON `matters`).
    public var matters: Bool { self == .improved || self == .declined }

    /// The change symbol (never a strength symbol): ↑ an improvement that matters, ↓ a decline.
    public var symbol: String {
        switch self {
        case .improved: "↑"
        case .declined: "↓"
        default: ""
        }
    }
}

/// A group's figures, present only when the group is large enough to show.
///
/// Privacy is structural: an `Estimate` built from fewer than `minGroup` respondents holds
/// no mean, sd or interval at all, so no renderer can print them.
public struct Estimate: Sendable, Equatable {
    /// How many respondents (or ties) the figures rest on: a dimension cell's answers, a cell's
    /// tie scores formed from visible answers (SPEC §3).
    public let n: Int
    /// The figures, or nil when suppressed (n below the minimum group size, or n = 0).
    public let figures: Figures?
    /// Why a group that answered shows no figures; nil when it shows them, or when nobody
    /// answered. Outputs say "fewer than k" for such a group, never "0" or "no answers" — its n
    /// may be 0 when every one of its answers was left out.
    public let hidden: Hidden?

    /// The figures of a group large enough to show.
    public struct Figures: Sendable, Equatable {
        /// n, mean and sample variance of the group.
        public let summary: Summary
        /// 95% confidence interval of the mean; nil when n < 2 or not requested.
        public let ci: ClosedRange<Double>?

        /// The group's mean, on the instrument's scale.
        public var mean: Double { summary.mean }
        /// Sample standard deviation (n − 1); nil when n < 2.
        public var sd: Double? { summary.standardDeviation }
    }

    /// Why a group that answered is hidden.
    public enum Hidden: String, Sendable, Equatable {
        /// It rests on fewer than the minimum group size (k) — perhaps on none, when all of its
        /// answers lie in hidden dimension cells.
        case fewerThanK = "fewer_than_k"
        /// A segment's figure of at least k, hidden so that a smaller segment's cannot be worked
        /// out as the whole minus the segments that show it (SPEC §6, complementary suppression).
        case protectsOthers = "protects_others"
    }

    /// Whether the figures are withheld (hidden, or nobody answered).
    public var isSuppressed: Bool { figures == nil }
    /// Whether nobody answered: no figures, and nothing hidden.
    public var hasNoAnswers: Bool { figures == nil && hidden == nil }
    /// The mean; nil when suppressed.
    public var mean: Double? { figures?.mean }
    /// The sample standard deviation; nil when suppressed or n < 2.
    public var sd: Double? { figures?.sd }

    /// Summarises `accumulator` unless it rests on fewer than `minGroup` respondents or
    /// `protectsOthers` hides it. `answered`: whether the group gave any answer at all (by
    /// default, whether the accumulator holds anything), which makes a hidden group "fewer than k".
    init(
        _ accumulator: SummaryAccumulator, minGroup: Int, interval: Bool = false, answered: Bool? = nil,
        protectsOthers: Bool = false
    ) {
        n = accumulator.count
        let large = accumulator.count >= max(1, minGroup)
        guard large, !protectsOthers, let summary = accumulator.summary else {
            figures = nil
            hidden = large ? .protectsOthers : ((answered ?? (accumulator.count > 0)) ? .fewerThanK : nil)
            return
        }
        hidden = nil
        let interval = interval ? summary.confidenceInterval(level: 0.95) : nil
        figures = Figures(summary: summary, ci: interval.flatMap { $0.lower <= $0.upper ? $0.lower...$0.upper : nil })
    }
}

/// A group's figures, present only when the group is large enough to show.
///
/// Privacy is structural: an `Estimate` built from fewer than `minGroup` respondents holds
/// no mean, sd or interval at all, so no renderer can print them.
public struct Estimate: Sendable, Equatable {
    /// How many respondents (or ties) the figures rest on.
    public let n: Int
    /// The figures, or nil when suppressed (n below the minimum group size, or n = 0).
    public let figures: Figures?

    public struct Figures: Sendable, Equatable {
        /// n, mean and sample variance of the group.
        public let summary: Summary
        /// 95% confidence interval of the mean; nil when n < 2 or not requested.
        public let ci: ClosedRange<Double>?

        public var mean: Double { summary.mean }
        /// Sample standard deviation (n − 1); nil when n < 2.
        public var sd: Double? { summary.standardDeviation }
    }

    public var isSuppressed: Bool { figures == nil }
    public var mean: Double? { figures?.mean }
    public var sd: Double? { figures?.sd }

    /// Summarises `accumulator` unless it rests on fewer than `minGroup` respondents.
    init(_ accumulator: SummaryAccumulator, minGroup: Int, interval: Bool = false) {
        n = accumulator.count
        guard accumulator.count >= max(1, minGroup), let summary = accumulator.summary else {
            figures = nil
            return
        }
        let interval = interval ? summary.confidenceInterval(level: 0.95) : nil
        figures = Figures(summary: summary, ci: interval.flatMap { $0.lower <= $0.upper ? $0.lower...$0.upper : nil })
    }
}

/// Builds a ``Summary`` one value at a time, without keeping the values.
///
/// Welford's update, with Chan's formula for merging two accumulators (for
/// example per-role partial results). Accurate to about 1e-14 relative on survey
/// data; use ``Summary/init(_:)`` when the values are at hand anyway.
public struct SummaryAccumulator: Sendable, Hashable {
    /// The number of values added so far.
    public private(set) var count = 0
    private var mean = 0.0
    private var sumOfSquaredDeviations = 0.0

    public init() {}

    /// Adds one value.
    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
    }

    /// Adds every value of a sequence.
    public mutating func add(contentsOf values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    /// Adds everything another accumulator has seen.
    public mutating func merge(_ other: SummaryAccumulator) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let total = count + other.count
        let delta = other.mean - mean
        let weight = Double(other.count) / Double(total)
        mean += delta * weight
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * Double(count) * weight
        count = total
    }

    /// The summary so far; nil before the first value.
    public var summary: Summary? {
        guard count > 0 else { return nil }
        let raw = sumOfSquaredDeviations / Double(count - 1)
        let variance = count >= 2 ? (raw < 0 ? 0 : raw) : nil
        return Summary(uncheckedCount: count, mean: mean, variance: variance)
    }
}

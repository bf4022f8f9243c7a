/// TEMPORARY stand-in until the numerics branch lands; replaced by its accumulator.
struct RunningSummary: Sendable {
    private(set) var count = 0
    private var mean = 0.0
    private var m2 = 0.0

    mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }

    struct Result {
        var mean: Double
        var variance: Double?
        var standardDeviation: Double? { variance.map { $0.squareRoot() } }
        var confidenceInterval95: ClosedRange<Double>? { nil }
    }

    var summary: Result? {
        guard count > 0 else { return nil }
        return Result(mean: mean, variance: count > 1 ? m2 / Double(count - 1) : nil)
    }
}

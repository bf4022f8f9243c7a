import Foundation
import Testing

/// Loads the reference values written by tools/reference/numerics_reference.py.
enum NumericsFixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/numerics"),
            "missing fixture Fixtures/numerics/\(name).json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(contentsOf: url))
    }
}

/// Agreement to `relative` in relative terms or `absolute` in absolute terms.
func isClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0) -> Bool {
    if actual == expected { return true }
    guard actual.isFinite, expected.isFinite else { return false }
    return abs(actual - expected) <= max(relative * abs(expected), absolute)
}

/// |actual − expected| / |expected| (the absolute error when expected is 0).
func relativeError(_ actual: Double, _ expected: Double) -> Double {
    if actual == expected { return 0 }
    return abs(actual - expected) / (expected == 0 ? 1 : abs(expected))
}

/// Tracks the largest error over a table of cases and, when the environment
/// variable RCKIT_PRINT_ERRORS is set, prints it (for the accuracy notes).
struct ErrorTally {
    let label: String
    private(set) var worst = 0.0
    private(set) var worstCase = ""

    init(_ label: String) { self.label = label }

    mutating func record(_ actual: Double, _ expected: Double, _ context: @autoclosure () -> String) {
        let error = relativeError(actual, expected)
        if error > worst || error.isNaN {
            worst = error
            worstCase = context()
        }
    }

    func report() {
        if ProcessInfo.processInfo.environment["RCKIT_PRINT_ERRORS"] != nil {
            print("max relative error \(label): \(worst) at \(worstCase)")
        }
    }
}

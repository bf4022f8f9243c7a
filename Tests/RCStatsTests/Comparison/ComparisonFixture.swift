import Foundation

/// Reference comparisons from SciPy and statsmodels (comparisons.json).
struct ComparisonFixture: Decodable {
    struct Welch: Decodable, Sendable, CustomTestStringConvertibleName {
        let name: String
        let before, after: [Double]
        let diff, se, t, df, p, ciLow, ciHigh, hedgesG: Double
    }
    struct Paired: Decodable, Sendable, CustomTestStringConvertibleName {
        let name: String
        let before, after: [Double]
        let n: Int
        let meanDiff, sdDiff, t, df, p, ciLow, ciHigh: Double
    }
    struct BenjaminiHochberg: Decodable, Sendable, CustomTestStringConvertibleName {
        let name: String
        let p, q: [Double]
    }
    let welch: [Welch]
    let paired: [Paired]
    let benjaminiHochberg: [BenjaminiHochberg]

    static let shared: ComparisonFixture? = try? NumericsFixture.load("comparisons", as: ComparisonFixture.self)
}

protocol CustomTestStringConvertibleName: CustomStringConvertible { var name: String { get } }
extension CustomTestStringConvertibleName {
    var description: String { name }
}

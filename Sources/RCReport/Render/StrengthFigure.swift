import Foundation
import RCSurvey

/// A mean printed next to its strength symbol, so that the figure never contradicts the
/// legend ("▼ weak (below 3.50)"): a weak mean that would round up to the weak threshold, or a
/// strong one that would round down to the strong threshold, is printed with as many more
/// decimals as it takes to show on which side it lies (3.497 ▼, not 3.50 ▼).
struct StrengthFigure: Sendable {
    let thresholds: StrengthThresholds

    /// `mean` with `decimals` decimals or, where those would contradict `strength`, more.
    func format(_ mean: Double, as strength: Strength, decimals: Int = 2, language: Language) -> String {
        language.format(mean, decimals: places(mean, as: strength, decimals: decimals))
    }

    /// How many decimals `mean` is printed with: `decimals`, or as many more (up to 8 more) as it
    /// takes for the printed figure not to contradict `strength`.
    func places(_ mean: Double, as strength: Strength, decimals: Int = 2) -> Int {
        var places = decimals
        while places < decimals + 8, !agrees(Self.rounded(mean, places), strength) { places += 1 }
        return places
    }

    /// Whether a printed value lies in the band of `strength`.
    func agrees(_ printed: Double, _ strength: Strength) -> Bool {
        switch strength {
        case .weak: printed < thresholds.weakBelow
        case .moderate: printed >= thresholds.weakBelow && printed <= thresholds.strongAbove
        case .strong: printed > thresholds.strongAbove
        }
    }

    /// The value `String(format: "%.Nf")` prints, read back.
    static func rounded(_ value: Double, _ places: Int) -> Double {
        Double(String(format: "%.\(places)f", value)) ?? value
    }
}

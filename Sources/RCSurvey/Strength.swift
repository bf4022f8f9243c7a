/// How strong a tie or a cell is, judged against an instrument's thresholds.
public enum Strength: String, Sendable, CaseIterable, Codable {
    /// Below the weak threshold (below 3.5 on the standard scale).
    case weak
    /// Between the thresholds, both included (3.5 to 4.0 on the standard scale).
    case moderate
    /// Above the strong threshold (above 4.0 on the standard scale).
    case strong

    /// The word for the strength in `language` ("svag", "weak").
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.weak, .da): "svag"
        case (.weak, .en): "weak"
        case (.moderate, .da): "moderat"
        case (.moderate, .en): "moderate"
        case (.strong, .da): "stærk"
        case (.strong, .en): "strong"
        }
    }
}

/// Where weak ends and strong begins. On the standard 1–5 scale: weak below 3.5,
/// moderate from 3.5 to 4.0 inclusive, strong above 4.0.
public struct StrengthThresholds: Sendable, Hashable, Codable {
    /// Scores below this are weak.
    public var weakBelow: Double
    /// Scores above this are strong.
    public var strongAbove: Double

    /// Thresholds on the instrument's scale; the defaults are those of the standard 1–5 scale.
    public init(weakBelow: Double = 3.5, strongAbove: Double = 4.0) {
        self.weakBelow = weakBelow
        self.strongAbove = strongAbove
    }

    /// The thresholds of the standard 1–5 scales: weak below 3.5, strong above 4.0.
    public static let standard = StrengthThresholds()

    /// How strong `score` (a mean on the instrument's scale) is.
    public func strength(of score: Double) -> Strength {
        if score < weakBelow { return .weak }
        if score > strongAbove { return .strong }
        return .moderate
    }

    enum CodingKeys: String, CodingKey {
        case weakBelow = "weak_below"
        case strongAbove = "strong_above"
    }
}

/// How strong a tie or a cell is, judged against an instrument's thresholds.
public enum Strength: String, Sendable, CaseIterable, Codable {
    case weak
    case moderate
    case strong

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

    public init(weakBelow: Double = 3.5, strongAbove: Double = 4.0) {
        self.weakBelow = weakBelow
        self.strongAbove = strongAbove
    }

    public static let standard = StrengthThresholds()

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

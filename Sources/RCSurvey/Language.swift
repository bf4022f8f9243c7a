/// A language rckit speaks to its users in.
public enum Language: String, Sendable, CaseIterable, Codable, Comparable {
    case da
    case en

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

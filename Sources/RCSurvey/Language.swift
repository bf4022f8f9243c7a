/// A language rckit speaks to its users in.
public enum Language: String, Sendable, CaseIterable, Codable, Comparable {
    /// Danish.
    case da
    /// English.
    case en

    /// Orders languages by their code (`da` before `en`).
    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A label reduced to what matters when matching what people typed or a survey tool
/// exported: case, surrounding and repeated white space, and punctuation are ignored;
/// letters (æ, ø, å included) and digits are kept.
///
/// `TextKey("  Gensidig  respekt ")`, `TextKey("gensidig-respekt")` and
/// `TextKey("GENSIDIG_RESPEKT")` are equal.
public struct TextKey: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(String(scalar).lowercased())
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "`" || scalar == "\u{00B4}" {
                // Apostrophes join: "Don't" and "Dont" are the same word.
                continue
            } else {
                // White space, punctuation and symbols all separate words.
                pendingSpace = true
            }
        }
        value = result
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
}

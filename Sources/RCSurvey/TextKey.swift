/// A label reduced to what matters when matching what people typed or a survey tool
/// exported: case, surrounding and repeated white space, and punctuation are ignored;
/// letters (æ, ø, å included) and digits are kept.
///
/// `TextKey("  Gensidig  respekt ")`, `TextKey("gensidig-respekt")` and
/// `TextKey("GENSIDIG_RESPEKT")` are equal.
package struct TextKey: Sendable, Hashable, CustomStringConvertible {
    /// The reduced text: lowercase words separated by single spaces.
    package let value: String

    /// The key of `text`.
    package init(_ text: String) {
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

    /// Whether the text had no letter or digit.
    package var isEmpty: Bool { value.isEmpty }
    /// The reduced text, ``value``.
    package var description: String { value }
}

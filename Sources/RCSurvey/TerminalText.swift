extension String {
    /// The text with every character that could steer a terminal written out visibly: C0 and C1
    /// control characters (ESC, BEL, CR, the start of an OSC sequence …) and DEL as `\u{1B}`,
    /// and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
    /// make a line read otherwise than it is, the same way. Contents of a user's file shown in a
    /// terminal (`inspect`, warnings, errors) are then seen, not obeyed. Line feeds are kept when
    /// `keepingLineFeeds`, tabs always.
    package func visibleInTerminal(keepingLineFeeds: Bool = false) -> String {
        func steers(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09: false
            case 0x0A: !keepingLineFeeds
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        guard unicodeScalars.contains(where: steers) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if steers(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

import RCSurvey

/// Padding by what a terminal shows: one column per character (æ, ø, å and the strength
/// symbols included).
enum TextColumns {
    static func padRight(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// Shortens `text` to `width` characters with an ellipsis.
    static func truncate(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }

    /// A role × role grid for the terminal: `title`, a header of the targets' numbers, then a
    /// row per rater role (its number and name) with `cell(a, b)` (already padded to
    /// `cellWidth - 1` and painted) after a space in each cell. `roles` are sanitized names.
    static func roleGrid(title: String, corner: String, roles: [String], cellWidth: Int, cell: (Int, Int) -> String)
        -> String
    {
        let labels = roles.enumerated().map { "\($0.offset + 1) \(truncate($0.element, 30))" }
        let labelWidth = max(corner.count, labels.map(\.count).max() ?? 0) + 1
        var out = title + "\n" + padRight(corner, labelWidth)
        for index in roles.indices { out += padLeft("\(index + 1)", cellWidth) }
        out += "\n"
        for (a, label) in labels.enumerated() {
            out += padRight(label, labelWidth)
            for b in roles.indices { out += " " + cell(a, b) }
            out += "\n"
        }
        return out
    }

    /// Removes control characters so that names from users' files cannot move the cursor or
    /// change colours in a terminal.
    static func sanitize(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
                }))
    }
}

/// ANSI colours for strength, chosen to stay apart for colour-blind readers (blue, pale
/// yellow, orange); the symbols carry the same information without colour.
enum TerminalColor {
    static func paint(_ text: String, _ strength: Strength?) -> String {
        guard let strength else { return "\u{1B}[2m" + text + "\u{1B}[0m" }
        let code =
            switch strength {
            case .strong: "48;5;25;38;5;231"
            case .moderate: "48;5;229;38;5;16"
            case .weak: "48;5;208;38;5;16"
            }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }

    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
}

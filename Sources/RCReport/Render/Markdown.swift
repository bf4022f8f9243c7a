/// Escaping for text from users' files placed in Markdown tables and prose.
enum Markdown {
    /// Escapes the characters that Markdown or a table would interpret (`|`, `*`, `_`, `` ` ``,
    /// `[`, `]`, `<`, `>`, `#`, `\`) and turns line breaks into spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// A role × role table: a header of the target roles under `corner`, then a row per rater
    /// role, its name in bold and `cell(a, b)` in each cell (the cell's Markdown, escaped by the caller).
    static func roleGrid(_ roles: [String], corner: String, cell: (Int, Int) -> String) -> String {
        var out = "| \(escape(corner)) | " + roles.map(escape).joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: roles.count) + "\n"
        for (a, rater) in roles.enumerated() {
            out += "| **\(escape(rater))** |"
            for b in roles.indices { out += " \(cell(a, b)) |" }
            out += "\n"
        }
        return out
    }
}

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
}

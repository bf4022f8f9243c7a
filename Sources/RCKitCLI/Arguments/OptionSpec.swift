/// One option a command accepts.
struct OptionSpec: Sendable {
    /// The long name, e.g. `--lang`.
    var name: String
    /// The placeholder shown in help (`LABEL`), or nil for a flag without a value.
    var valueName: String?
    var help: String
    /// The values accepted, when the set is closed (`da`, `en`).
    var allowed: [String]? = nil
    /// Whether the option may be given more than once.
    var repeatable = false

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help)
    }

    static func value(_ name: String, _ valueName: String, _ help: String, allowed: [String]? = nil,
                      repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, allowed: allowed, repeatable: repeatable)
    }
}

/// What a command accepts and how it is explained in `--help`.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    /// The synopsis after `rckit NAME`, e.g. `FILE... [--out FILE]`.
    var synopsis: String
    /// Longer explanation printed under the synopsis.
    var discussion: String
    var options: [OptionSpec]
    var positionals: ClosedRange<Int>

    func help() -> String {
        var text = "OVERVIEW: \(summary)\n\nUSAGE: rckit \(name) \(synopsis)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        text += "\nOPTIONS:\n"
        let rows = options.map { option -> (String, String) in
            var left = option.name
            if let valueName = option.valueName { left += " \(valueName)" }
            var right = option.help
            if let allowed = option.allowed { right += " (\(allowed.joined(separator: "|")))" }
            return (left, right)
        } + [("-h, --help", "Show this help.")]
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        for (left, right) in rows {
            text += "  " + left + String(repeating: " ", count: max(1, width - left.count)) + right + "\n"
        }
        return text
    }
}

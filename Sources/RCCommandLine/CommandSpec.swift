/// Options shown together in help under one heading (input, analysis, output).
package struct OptionGroup: Sendable {
    /// The heading; nil for the command's own options, shown under OPTIONS.
    package var title: Localized?
    package var options: [OptionSpec]

    package init(_ title: Localized?, _ options: [OptionSpec]) {
        self.title = title
        self.options = options
    }
}

/// What a command accepts, declared once: its help and usage line are generated from it, and
/// the parser checks a command line against it.
package struct CommandSpec: Sendable {
    /// The program, e.g. `rckit`.
    package var tool: String
    package var name: String
    package var summary: Localized
    /// Longer explanation printed under the usage line.
    package var discussion: Localized?
    package var positionals: [PositionalSpec]
    package var groups: [OptionGroup]

    package init(
        tool: String, name: String, summary: Localized, discussion: Localized? = nil,
        positionals: [PositionalSpec], groups: [OptionGroup]
    ) {
        self.tool = tool
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.positionals = positionals
        self.groups = groups
    }

    /// Every option, in the order help shows them.
    package var options: [OptionSpec] { groups.flatMap(\.options) }

    /// The option answering to `name` (its name or an alias).
    package func option(named name: String) -> OptionSpec? {
        options.first { $0.names.contains(name) }
    }

    /// How many positional arguments the command takes.
    package var positionalCount: ClosedRange<Int> {
        let ranges = positionals.map(\.arity.range)
        let low = ranges.reduce(0) { $0 + $1.lowerBound }
        let high = ranges.reduce(0) { $0 > Int.max - $1.upperBound ? Int.max : $0 + $1.upperBound }
        return low...high
    }

    /// The usage line: `rckit analyze FILE... [--instrument I] [--lang da|en] [--round LABEL]...`,
    /// from the positionals and every option, on one line.
    package func usage(_ language: TextLanguage) -> String {
        ([tool, name] + usageWords(language)).joined(separator: " ")
    }

    /// `HEADING: rckit analyze …` wrapped at `width` columns, continuation lines indented.
    package func usage(_ language: TextLanguage, heading: String, width: Int = 100) -> String {
        HelpLayout.wrap(usageWords(language), lead: "\(heading): \(tool) \(name) ", width: width)
    }

    private func usageWords(_ language: TextLanguage) -> [String] {
        positionals.map { $0.synopsis(language) } + options.map { Self.synopsis($0, language) }
    }

    /// `[--format table|md]`, `--out FILE` (required), `[--round LABEL]...` (repeatable).
    static func synopsis(_ option: OptionSpec, _ language: TextLanguage) -> String {
        var text = option.name
        if option.takesValue {
            if let choices = option.choices, choices.count <= 5 {
                text += " " + choices.joined(separator: "|")
            } else {
                text += " " + option.valueName(language)
            }
        }
        if !option.required { text = "[\(text)]" }
        if option.repeatable { text += "..." }
        return text
    }

    /// The whole `--help` text: overview, usage, discussion and the options by group.
    package func help(_ language: TextLanguage, width: Int = 100) -> String {
        let words = CommandLineWords(language)
        var text = HelpLayout.paragraph("\(words.overview): \(summary(language))", width: width)
        text += "\n\n\(usage(language, heading: words.usage, width: width))\n"
        if let discussion { text += "\n\(discussion(language))\n" }
        var sections: [(title: String, rows: [(String, String)])] = groups.map { group in
            (group.title?(language) ?? words.options, group.options.map { helpRow($0, language) })
        }
        // -h goes with the command's own options, or under OPTIONS at the end.
        let helpFlag = ("-h, --help", words.helpFlag)
        if let own = groups.lastIndex(where: { $0.title == nil }) {
            sections[own].rows.append(helpFlag)
        } else {
            sections.append((words.options, [helpFlag]))
        }
        let column = min((sections.flatMap(\.rows).map(\.0.count).max() ?? 0) + 4, 32)
        for section in sections {
            text += "\n\(section.title):\n"
            for (left, right) in section.rows {
                text += HelpLayout.row(left, right, column: column, width: width)
            }
        }
        return text
    }

    private func helpRow(_ option: OptionSpec, _ language: TextLanguage) -> (String, String) {
        let words = CommandLineWords(language)
        var left = option.name
        if option.takesValue { left += " " + option.valueName(language) }
        var right = option.help(language)
        if let choices = option.choices { right += " " + words.values(choices) }
        if option.required { right += " " + words.required }
        if option.repeatable { right += " " + words.repeatable }
        if !option.aliases.isEmpty { right += " " + words.alias(option.aliases) }
        return (left, right)
    }
}

/// Lines of help: wrapped usage and two-column option rows.
enum HelpLayout {
    /// `words` after `lead`, wrapped at `width`, continuation lines indented under the first word.
    static func wrap(_ words: [String], lead: String, width: Int, indent: String? = nil) -> String {
        let indent = indent ?? String(repeating: " ", count: min(lead.count, 28))
        var lines: [String] = []
        var line = lead
        var hasWord = false
        for word in words {
            if hasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                hasWord = false
            }
            line += (hasWord ? " " : "") + word
            hasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A paragraph wrapped at `width` columns.
    static func paragraph(_ text: String, width: Int) -> String {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return "" }
        return wrap(Array(words.dropFirst()), lead: first + " ", width: width, indent: "")
    }

    /// `  --out FILE      Write the result …`, the right column wrapped at `width`; a left column
    /// too wide for `column` gets a line of its own.
    static func row(_ left: String, _ right: String, column: Int, width: Int) -> String {
        var lines: [String] = []
        var line = "  " + left
        if line.count + 2 > column {
            lines.append(line)
            line = ""
        }
        line += String(repeating: " ", count: column - line.count)
        var empty = true
        for word in right.split(separator: " ") {
            if !empty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: column)
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

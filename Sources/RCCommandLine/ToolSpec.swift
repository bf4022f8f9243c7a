/// A program of subcommands (`rckit`, `rckit-gen`): its overview, its commands, and how a command
/// line chooses between help, the version and running a command.
package struct ToolSpec: Sendable {
    package var name: String
    /// The line after OVERVIEW.
    package var summary: Localized
    package var version: String?
    package var commands: [CommandSpec]

    package init(name: String, summary: Localized, version: String? = nil, commands: [CommandSpec]) {
        self.name = name
        self.summary = summary
        self.version = version
        self.commands = commands
    }

    /// What a command line asks for.
    package enum Invocation: Sendable {
        /// No command at all: the overview on standard error, exit 64.
        case missingCommand
        /// `--help`, `-h` or `help`: the overview.
        case overview
        case version
        /// `COMMAND --help` or `help COMMAND`.
        case help(CommandSpec)
        case run(CommandSpec, ParsedArguments)
    }

    /// Reads the command and parses its arguments; an unknown command suggests the nearest.
    package func invocation(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return .missingCommand }
        switch first {
        case "-h", "--help":
            return .overview
        case "--version" where version != nil:
            return .version
        case "help":
            guard arguments.count > 1 else { return .overview }
            return .help(try command(named: arguments[1]))
        default:
            let command = try command(named: first)
            let parsed = try ParsedArguments(Array(arguments.dropFirst()), spec: command)
            return parsed.wantsHelp ? .help(command) : .run(command, parsed)
        }
    }

    /// The command called `name`, or a usage error naming the nearest one.
    package func command(named name: String) throws(UsageError) -> CommandSpec {
        if let command = commands.first(where: { $0.name == name }) { return command }
        throw UsageError(.unknownCommand(name, suggestion: Suggestion.nearest(to: name, in: commands.map(\.name))))
    }

    /// The overview: summary, usage and the commands with their summaries.
    package func overview(_ language: TextLanguage) -> String {
        let words = CommandLineWords(language)
        var text = HelpLayout.paragraph("\(words.overview): \(summary(language))", width: 100) + "\n\n"
        text +=
            "\(words.usage): \(name) \(words.commandPlaceholder) [\(words.optionsPlaceholder)]\n\n\(words.commands):\n"
        let column = (commands.map(\.name.count).max() ?? 0) + 4
        for command in commands {
            text += HelpLayout.row(command.name, command.summary(language), column: column, width: 100)
        }
        text += "\n" + words.seeCommandHelp(name) + "\n"
        return text
    }

    /// `tool: error: message`, one line.
    package func errorLine(_ message: String, _ language: TextLanguage) -> String {
        "\(name): \(CommandLineWords(language).error): \(message)\n"
    }

    /// `tool: warning: message`, one line.
    package func warningLine(_ message: String, _ language: TextLanguage) -> String {
        "\(name): \(CommandLineWords(language).warning): \(message)\n"
    }

    /// What standard error shows for a usage error: the message, then the command's usage and
    /// where its help is; for an unknown command, where the overview is (or the overview itself
    /// when no command is near).
    package func report(_ error: UsageError, _ language: TextLanguage) -> String {
        let words = CommandLineWords(language)
        var text = errorLine(error.message(language), language)
        if let name = error.command, let command = commands.first(where: { $0.name == name }) {
            text += command.usage(language, heading: words.usageAfterError) + "\n"
            text += words.seeHelp("\(self.name) \(command.name)") + "\n"
        } else if case .unknownCommand(_, suggestion: nil) = error.problem {
            text += "\n" + overview(language)
        } else {
            text += words.seeHelp(self.name) + "\n"
        }
        return text
    }
}

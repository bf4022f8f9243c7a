/// The command line itself is wrong: an unknown option, a missing argument (exit status 64).
/// Its message is written in the language asked for when it is shown.
package struct UsageError: Error, Sendable, Equatable {
    /// What is wrong, with what the message needs.
    package enum Problem: Sendable, Equatable {
        case unknownCommand(String, suggestion: String?)
        case unknownOption(String, suggestion: String?)
        case missingValue(option: String, valueName: Localized)
        case takesNoValue(String)
        case invalidChoice(value: String, option: String, allowed: [String], suggestion: String?)
        case invalidNumber(value: String, option: String, range: ClosedRange<Int>, words: [String])
        case repeated(String)
        case missingOption(option: String, valueName: Localized)
        case missingArgument(Localized)
        case unexpectedArgument(String)
        /// A command's own rule, in its own words (`--excel writes CSV; …`).
        case other(Localized)
    }

    package var problem: Problem
    /// The command whose usage to point at, if any.
    package var command: String?

    package init(_ problem: Problem, command: String? = nil) {
        self.problem = problem
        self.command = command
    }

    /// A command's own usage rule.
    package init(_ message: Localized, command: String? = nil) {
        self.init(.other(message), command: command)
    }

    /// The same error, pointing at `command` unless it already points somewhere.
    package func `in`(_ command: String) -> UsageError {
        var copy = self
        copy.command = copy.command ?? command
        return copy
    }

    /// The one-line message, without the `tool: error:` prefix.
    package func message(_ language: TextLanguage) -> String {
        CommandLineWords(language).message(problem)
    }
}

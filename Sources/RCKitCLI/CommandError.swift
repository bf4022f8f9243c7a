import RCSurvey

/// A problem with the data or files a command was given (exit status 1).
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        guard let file else { return message }
        return "\(SourceLocation.text(file: file, line: line, column: column)): \(message)"
    }
}

/// The command line itself is wrong: an unknown option, a missing argument (exit status 64).
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The command whose usage to point at, if any.
    public var command: String?

    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    public var description: String { message }
}

/// The exit statuses of `rckit` (SPEC §5).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case dataError = 1
    case usage = 64
}

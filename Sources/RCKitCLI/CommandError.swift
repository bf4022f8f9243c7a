import RCSurvey

/// A problem with the data or files a command was given (exit status 1).
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, when there is one.
    public var file: String?
    /// The line in it, where known.
    public var line: Int?
    /// The column in that line, where known.
    public var column: Int?
    /// What is wrong, for the person who made the file.
    public var message: String
    /// Lines that follow the message, each on its own (a summary by reason, the way on).
    public var details: [String]

    /// A problem with `file` at `line` and `column` where known; `details` are further lines to show.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String, details: [String] = []) {
        (self.file, self.line, self.column, self.message, self.details) = (file, line, column, message, details)
    }

    /// Compiler style: `export.csv:12:7: message`.
    public var description: String {
        guard let file else { return message }
        return "\(SourceLocation.text(file: file, line: line, column: column)): \(message)"
    }
}

/// The exit statuses of `rckit`.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case dataError = 1
    case usage = 64
}

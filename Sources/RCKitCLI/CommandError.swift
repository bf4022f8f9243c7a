import RCSurvey

/// A problem with the data or files a command was given (exit status 1).
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// Lines that follow the message, each on its own (a summary by reason, the way on).
    public var details: [String]

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String, details: [String] = []) {
        (self.file, self.line, self.column, self.message, self.details) = (file, line, column, message, details)
    }

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

import RCSurvey

/// Why a CSV file could not be read, with where in the file the problem is.
///
/// `line` is the 1-based physical line. `column` is 1-based and counted in UTF-8 bytes
/// of the decoded line (equal to the character column on lines of plain ASCII text).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for code that wants to react to it.
    public enum Kind: String, Sendable, Equatable {
        case unreadable
        case emptyFile
        case binaryContent
        case unterminatedQuote
        case fieldTooLarge
        case recordTooLarge
        case headerTooLarge
        case tooManyFields
        case mixedEncoding
        case tooManyColumns
    }

    public var kind: Kind
    /// The file as the user named it.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// A sentence for the person who made the file.
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Compiler style: `export.csv:12:7: unterminated quoted field …`.
    public var description: String {
        "\(SourceLocation.text(file: file, line: line, column: column)): \(message)"
    }
}

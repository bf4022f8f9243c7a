import RCSurvey

/// Why a CSV file could not be read, with where in the file the problem is.
///
/// `line` is the 1-based physical line. `column` is 1-based and counted in UTF-8 bytes
/// of the decoded line (equal to the character column on lines of plain ASCII text).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for code that wants to react to it.
    public enum Kind: String, Sendable, Equatable {
        /// The file cannot be opened or read.
        case unreadable
        /// The file holds nothing to read: no bytes, a byte order mark alone, or blank lines only.
        case emptyFile
        /// The file is not text: a workbook, a PDF, or mostly NUL and control bytes.
        case binaryContent
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// A field is larger than ``CSVOptions/maxFieldBytes``.
        case fieldTooLarge
        /// A record is larger than ``CSVOptions/maxRecordBytes``.
        case recordTooLarge
        /// The first record is larger than ``CSVOptions/maxHeaderBytes``.
        case headerTooLarge
        /// A record has more fields than ``CSVOptions/maxFieldsPerRecord``.
        case tooManyFields
        /// A file read as Windows-1252 turns out to hold UTF-8 text as well.
        case mixedEncoding
        /// The header has too many columns.
        case tooManyColumns
    }

    /// What went wrong.
    public var kind: Kind
    /// The file as the user named it.
    public var file: String
    /// The 1-based physical line of the problem; nil when it concerns the whole file.
    public var line: Int?
    /// The 1-based column, in UTF-8 bytes of the decoded line; nil when unknown.
    public var column: Int?
    /// A sentence for the person who made the file.
    public var message: String

    /// An error of `kind` in `file`, at `line` and `column` where known.
    public init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        (self.kind, self.file, self.line, self.column, self.message) = (kind, file, line, column, message)
    }

    /// Compiler style: `export.csv:12:7: unterminated quoted field …`.
    public var description: String {
        "\(SourceLocation.text(file: file, line: line, column: column)): \(message)"
    }
}

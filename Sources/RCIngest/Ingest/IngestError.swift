import RCSurvey

/// A file rckit cannot read as survey data at all (exit status 1): the message names the file
/// and, where there is one, the line and column.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The worksheet, in a workbook; `line` is then its row and `column` its column.
    public var sheet: String?
    /// The 1-based line (or row) of the problem; nil when it concerns the whole file.
    public var line: Int?
    /// The 1-based column (or field number) of the problem, where there is one.
    public var column: Int?
    /// A sentence for the person who made the file.
    public var message: String

    /// An error in `file`, at `line` and `column` where known.
    public init(file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        (self.file, self.sheet, self.line, self.column, self.message) = (file, sheet, line, column, message)
    }

    /// Compiler style: `export.csv:12:7: …` (`svar.xlsx:Ark1!G12: …` in a workbook).
    public var description: String {
        "\(SourceLocation.text(file: file, sheet: sheet, line: line, column: column)): \(message)"
    }
}

/// One record (or answer cell) that was read but not accepted, and why.
public struct Rejection: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    /// The worksheet, in a workbook; `line` is then its row.
    public var sheet: String?
    /// The physical line where the record starts.
    public var line: Int
    /// The 1-based field number of the offending cell, where there is one.
    public var column: Int?
    /// Why the record was not accepted, in a sentence for the person who made the file.
    public var reason: String
    /// What kind of reason it is, for a summary by reason (``RejectionSummary``).
    public var kind: RejectionKind
    /// The record's fields as read, for the rejects file.
    public var record: [String]

    /// A rejection of the record at `line` of `file`.
    public init(
        file: String, sheet: String? = nil, line: Int, column: Int? = nil, reason: String,
        kind: RejectionKind = .other, record: [String] = []
    ) {
        (self.file, self.sheet, self.line, self.column) = (file, sheet, line, column)
        (self.reason, self.kind, self.record) = (reason, kind, record)
    }

    /// The file, with the worksheet in a workbook (`svar.xlsx:Ark1`): where `line` and
    /// `column` count from.
    public var source: String {
        sheet.map { "\(file):\($0)" } ?? file
    }

    /// `export.csv:12:7` (`svar.xlsx:Ark1!G12` in a workbook), where the rejection is.
    public var location: String {
        SourceLocation.text(file: file, sheet: sheet, line: line, column: column)
    }
}

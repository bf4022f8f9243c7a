/// Where an export's records come from: a CSV file (``CSVReader``), a worksheet of a workbook
/// (``WorksheetRecords``), a CSV file inside a ZIP archive. Every source yields records of
/// strings with the line (or row) where each starts, so the formats and the general reading
/// path never know which it was.
package protocol RecordSource {
    /// The file as the user named it.
    var file: String { get }
    /// A CSV file's dialect, or the worksheet.
    var kind: SourceKind { get }
    /// The next record, or nil after the last.
    mutating func next() throws -> CSVRecord?
}

extension RecordSource {
    /// The worksheet, for a workbook; records' lines are then its rows.
    var sheet: String? {
        if case let .worksheet(name) = kind { return name }
        return nil
    }
}

extension CSVReader: RecordSource {
    package var kind: SourceKind { .csv(dialect) }
}

/// What kind of source a file was read from, for `inspect` and reports.
public enum SourceKind: Sendable, Equatable {
    /// A CSV file (perhaps from a ZIP archive), with its encoding, delimiter and line endings.
    case csv(CSVDialect)
    /// A worksheet of a workbook, by name.
    case worksheet(String)
}

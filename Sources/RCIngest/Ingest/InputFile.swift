import Foundation
import RCSurvey

/// A file opened for reading as the kind of source its bytes show it to be.
enum InputFile {
    /// A CSV file (read on the fast path where it can be).
    case csv(CSVReader, translation: SurveyXactDataset?)
    /// Records from another source (a worksheet), read the general way.
    case records(WorksheetRecords, translation: SurveyXactDataset?)

    /// Opens `path`; `options` choose the sheet or member and give a SurveyXact dataset's companions.
    static func open(_ path: String, options: IngestOptions) throws -> InputFile {
        let reader = try CSVReader(path: path, options: options.csv)
        return .csv(reader, translation: try SurveyXactDataset.companions(forPath: path, options: options))
    }
}

extension SurveyXactDataset {
    /// The structure and labels that go with a dataset file: the files named, or those found
    /// beside it (no mapping given).
    static func companions(forPath path: String, options: IngestOptions) throws -> SurveyXactDataset? {
        guard options.mapping == nil else { return nil }
        return try forDataset(path: path, format: options.format, structure: options.structure, labels: options.labels, csv: options.csv)
    }
}

/// The rows of a worksheet as records.
struct WorksheetRecords: RecordSource {
    let file: String
    let sheet: String?
    var rows: [CSVRecord]
    var position = 0

    mutating func next() throws -> CSVRecord? {
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return rows[position]
    }
}

/// An export file opened to look at its records as strings, the way `rckit inspect` shows
/// them: its head (``preview``), then the rest one record at a time.
public struct ExportRecords {
    private var input: InputFile
    /// The first records and what they say.
    public private(set) var preview: ExportPreview
    /// A CSV file's dialect, or the worksheet.
    public let kind: SourceKind

    /// Opens `path` as ingestion would (CSV, workbook or ZIP archive) and reads its head.
    public init(path: String, options: IngestOptions) throws {
        input = try Ingestor.locatingStart { try InputFile.open(path, options: options) }
        switch input {
        case var .csv(reader, translation):
            preview = try ExportPreview.read(&reader, options: options, translation: translation)
            kind = .csv(reader.dialect)
            input = .csv(reader, translation: translation)
        case var .records(source, translation):
            preview = try ExportPreview.read(&source, options: options, translation: translation)
            kind = source.sheet.map(SourceKind.worksheet) ?? .csv(CSVDialect(encoding: .utf8, delimiter: .comma, lineEnding: .lf))
            input = .records(source, translation: translation)
        }
    }

    /// The next record after the head, as read; nil after the last.
    public mutating func next() throws -> CSVRecord? {
        switch input {
        case var .csv(reader, translation):
            defer { input = .csv(reader, translation: translation) }
            return try Ingestor.checked(reader.next())
        case var .records(source, translation):
            defer { input = .records(source, translation: translation) }
            return try source.next()
        }
    }
}

import Foundation
import RCSurvey

/// A file opened for reading as the kind of source its first bytes show it to be: CSV text,
/// a workbook (.xlsx), a ZIP archive holding a CSV file (Google Forms' download), or — refused
/// with what to do instead — an old .xls, a password-protected workbook or an .ods.
enum InputFile {
    /// A CSV file, perhaps from a ZIP archive (read on the fast path where it can be).
    case csv(CSVReader, translation: SurveyXactDataset?)
    /// A worksheet, read the general way.
    case records(WorksheetRecords, translation: SurveyXactDataset?)
    /// A sheet of a workbook (nil: the first), to read on the fast path where it can be
    /// (``Ingestor``) and else the general way (``records(_:translation:)``).
    case worksheet(Workbook, sheet: String?, translation: SurveyXactDataset?)

    /// Files larger than this are not read as archives: a survey export is far smaller, and an
    /// archive is read into memory whole.
    static let maxArchiveBytes = 1 << 30

    /// Opens `path`; `options` choose the sheet or member and give a SurveyXact dataset's companions.
    static func open(_ path: String, options: IngestOptions) throws -> InputFile {
        switch try signature(of: path) {
        case .text:
            let reader = try CSVReader(path: path, options: options.csv)
            let translation =
                try SurveyXact.dataset(besides: path, options: options)
                ?? REDCap.dictionary(besides: path, options: options)
                ?? LimeSurvey.structure(besides: path, options: options)
            return .csv(reader, translation: translation)
        case .ole:
            throw OLECompoundFile.error(for: try contents(of: path), file: path)
        case .zip, .emptyZip:
            let archive = try ZipArchive(path: path, file: path, limits: options.archiveLimits)
            if options.member == nil, isWorkbook(archive) {
                return try worksheet(of: Workbook(archive: archive), options: options)
            }
            let member = try archive.dataMember(named: options.member, extensions: ["csv", "tsv", "txt"])
            let bytes = try archive.contents(of: member)
            let reader = try CSVReader(bytes: bytes, name: "\(path):\(member.name)", options: options.csv)
            return .csv(reader, translation: try namedSetupFile(options))
        }
    }

    /// Whether an archive is an Office Open XML or OpenDocument file rather than a folder of CSV files.
    static func isWorkbook(_ archive: ZipArchive) -> Bool {
        ["[Content_Types].xml", "xl/workbook.xml", "mimetype"].contains { archive.member(named: $0) != nil }
    }

    /// The worksheet to read: the one `--sheet` names; else a SurveyXact workbook's dataset
    /// (read with its structure and labels sheets); else the first.
    static func worksheet(of workbook: Workbook, options: IngestOptions) throws -> InputFile {
        let surveyXact = try SurveyXact.dataset(in: workbook, options: options)
        let sheet = options.sheet ?? surveyXact?.sheet
        // Unknown sheet names are refused at once, as when the sheet is read.
        _ = try workbook.part(ofSheet: sheet)
        return .worksheet(workbook, sheet: sheet, translation: try surveyXact?.translation ?? namedSetupFile(options))
    }

    /// A worksheet opened to be read the general way.
    static func records(_ workbook: Workbook, sheet: String?) throws -> WorksheetRecords {
        WorksheetRecords(try workbook.sheet(named: sheet), file: workbook.file)
    }

    /// The translation of the set-up file `--structure` or `--dictionary` names (a LimeSurvey
    /// `.lss`, a Qualtrics `.qsf`, a REDCap dictionary), for a file inside an archive or a
    /// workbook, beside which nothing is looked for (Qualtrics downloads its CSV in a ZIP archive).
    static func namedSetupFile(_ options: IngestOptions) throws -> SurveyXactDataset? {
        guard options.mapping == nil else { return nil }
        for path in [options.structure, options.dictionary].compactMap({ $0 }) {
            if let translation = try SetupFile.translation(path, instrument: options.instrument) { return translation }
            if try REDCap.isDictionary(path, csv: options.csv) {
                return try REDCap.load(path, csv: options.csv, instrument: options.instrument)
            }
        }
        return nil
    }

    /// What the first bytes of the file say it is.
    static func signature(of path: String) throws -> FileSignature {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            // The CSV reader says why (missing, a folder, no permission).
            return .text
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return FileSignature(head)
    }

    /// The whole file, for an archive.
    static func contents(of path: String) throws -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxArchiveBytes else {
            throw ArchiveError(
                .tooLarge, file: path,
                message: "the archive is larger than \(maxArchiveBytes >> 20) MiB; unpack it and read the file inside")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, message: "cannot read the file")
        }
        return [UInt8](data)
    }
}

/// The rows of a worksheet as records: each row's cells as fields, its row number as the line.
struct WorksheetRecords: RecordSource {
    let file: String
    let kind: SourceKind
    private let rows: [WorksheetRow]
    private var position = 0

    init(_ table: WorksheetTable, file: String) {
        self.file = file
        self.kind = .worksheet(table.name)
        self.rows = table.rows
    }

    mutating func next() throws -> CSVRecord? {
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return CSVRecord(fields: rows[position].cells, line: rows[position].number)
    }
}

/// An export file opened to look at its records as strings, the way `rckit inspect` shows
/// them: its head (``preview``), then the rest one record at a time.
struct ExportRecords {
    /// The open source: a CSV reader or a worksheet's rows (one of the two), each advanced in
    /// place so that its buffers are never copied.
    private var csv: CSVReader?
    private var worksheet: WorksheetRecords?
    /// The first records and what they say.
    private(set) var preview: ExportPreview
    /// A CSV file's dialect, or the worksheet.
    let kind: SourceKind

    /// Opens `path` as ingestion would (CSV, workbook or ZIP archive) and reads its head.
    init(path: String, options: IngestOptions) throws {
        switch try Ingestor.locatingStart({ try InputFile.open(path, options: options) }) {
        case .csv(var reader, let translation):
            preview = try ExportPreview.read(&reader, options: options, translation: translation)
            kind = reader.kind
            csv = reader
        case .records(var source, let translation):
            preview = try ExportPreview.read(&source, options: options, translation: translation)
            kind = source.kind
            worksheet = source
        case .worksheet(let workbook, let sheet, let translation):
            var source = try InputFile.records(workbook, sheet: sheet)
            preview = try ExportPreview.read(&source, options: options, translation: translation)
            kind = source.kind
            worksheet = source
        }
    }

    /// The next record after the head, as read; nil after the last.
    mutating func next() throws -> CSVRecord? {
        if csv != nil { return try Ingestor.checked(csv?.next() ?? nil) }
        return try worksheet?.next() ?? nil
    }

    /// How many records are left after those read so far, counted without reading them into
    /// strings where the file is CSV (the fast path's plain runs).
    mutating func countRest() throws -> Int {
        if var reader = csv {
            csv = nil
            defer { csv = reader }
            return try reader.countRecords()
        }
        var count = 0
        while try next() != nil { count += 1 }
        return count
    }
}

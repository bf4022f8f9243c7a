import RCSurvey

/// How to read survey exports.
public struct IngestOptions: Sendable {
    /// Response scales, labels and (optionally) the survey's roles.
    public var instrument: Instrument
    /// The export shape; nil detects it.
    public var format: ExportFormat?
    /// Sets the round of every record read (e.g. "før"); nil keeps the file's own.
    public var round: String?
    /// An explicit column mapping, for exports no detector recognises.
    public var mapping: ColumnMapping?
    /// A SurveyXact dataset's structure file (`--structure`); nil looks for it beside the dataset.
    public var structure: String?
    /// A SurveyXact dataset's labels file (`--labels`); nil looks for it beside the dataset.
    public var labels: String?
    /// What the codes in the files mean (`--value-labels`): response labels, "don't know", roles.
    public var valueLabels: ValueLabels?
    /// A REDCap project's data dictionary (`--dictionary`); nil looks for it beside the data file.
    public var dictionary: String?
    /// How CSV files are read: encoding and delimiter (nil: detected) and the size limits.
    public var csv: CSVOptions
    /// The worksheet of a workbook to read (`--sheet`); nil reads the first.
    public var sheet: String?
    /// The file inside a ZIP archive to read (`--member`); nil reads the only CSV file in it.
    public var member: String?
    /// Whether an answer given as one of its scale's missing labels ("Ved ikke", "Ikke relevant")
    /// keeps the label (``RCSurvey/Answer/missingLabel``), so that why it is missing survives
    /// (`rckit import` writes it as the value). Such records are read the general way.
    public var keepsMissingLabels = false
    /// Whether plain stretches of a file (no quotes) are read on the fast path. It reads every
    /// record exactly as the general path does; false is for checking just that.
    public var plainRuns = true
    /// Whether the background variables of the respondents (``Ingestor/background``) are kept.
    /// A file with background columns is then read with every record split into its fields
    /// (none reduced to a code on the reading thread), so that their values can be noted.
    public var collectsBackground = false
    /// Whether the fast path reads and splits the file on a second thread while this one
    /// interprets the records. Both read every record alike; false is for checking just that.
    public var concurrentReading = true
    /// Whether the fast path checks the invariants of its buffers in release builds too (it
    /// always does in debug builds): for fuzzing.
    package var checkInvariants = false
    /// How much is unpacked from a workbook or ZIP archive (small limits in tests).
    package var archiveLimits = ArchiveLimits()
    /// How many records, header rows included, are read first to detect the shape (and read
    /// the general way): ``Ingestor/sampleSize``, or fewer in tests, so that the rows of a small
    /// export also reach the fast path.
    package var sampleRecords = Ingestor.sampleSize

    /// How survey exports are read by default: as any CSV, but no field may exceed 1 MiB, no
    /// record 16 MiB and no header 4 MiB — no answer, id or comment in a survey export is that
    /// long, so a larger one is a broken file (a lost closing quote, say), refused with its line
    /// before it can exhaust memory.
    public static let defaultCSV = CSVOptions(maxFieldBytes: 1 << 20, maxRecordBytes: 16 << 20, maxHeaderBytes: 4 << 20)

    /// Options for reading with `instrument`, detecting the format unless `format` is given.
    public init(
        instrument: Instrument = .standard(language: .da), format: ExportFormat? = nil, round: String? = nil,
        mapping: ColumnMapping? = nil, structure: String? = nil, labels: String? = nil,
        csv: CSVOptions = IngestOptions.defaultCSV
    ) {
        (self.instrument, self.format, self.round, self.mapping) = (instrument, format, round, mapping)
        (self.structure, self.labels, self.csv) = (structure, labels, csv)
    }
}

/// What reading one file found.
public struct FileReport: Sendable {
    /// The file as the user named it.
    public var file: String
    /// A CSV file's dialect, or the worksheet read.
    public var source: SourceKind
    /// The export format and layout the file was read with.
    public var shape: DetectedShape
    /// What reading this file gave: rows, records, answers, missing answers, rejections.
    public var counts: IngestCounts
    /// How many bytes of a UTF-8 file were not UTF-8 and were read as Windows-1252 (a warning names the first).
    public var repairedBytes = 0
    /// The first of those bytes, and where it is; nil when there were none.
    public var firstRepairedByte: RepairedByte?
    /// Records whose role question was answered "Other" with nothing typed: read as that role.
    public var untypedOther = UntypedOther()

    /// The warning for bytes read as Windows-1252 in a UTF-8 file, naming the first
    /// (`export.csv:3:17: …`), or nil when there were none.
    public var repairWarning: String? {
        guard let first = firstRepairedByte, repairedBytes > 0 else { return nil }
        var bytes: [UInt8] = []
        Windows1252.appendUTF8(of: first.byte, to: &bytes)
        let character = String(decoding: bytes, as: UTF8.self)
        let count = repairedBytes == 1 ? "" : " (and \(repairedBytes - 1) more)"
        let hex = String(first.byte, radix: 16, uppercase: true)
        return "\(SourceLocation.text(file: file, line: first.line, column: first.column)): "
            + "the byte 0x\(hex)\(count) is not UTF-8 like the rest of the file; read as Windows-1252 '\(character)'"
    }

    /// The warning for records whose role was "Other" with nothing typed, naming the first, or nil.
    public var untypedOtherWarning: String? {
        guard let line = untypedOther.firstLine else { return nil }
        let records = untypedOther.count == 1 ? "1 respondent" : "\(untypedOther.count) respondents"
        return "\(SourceLocation.text(file: file, line: line, column: nil)): \(records) answered the role question "
            + "'\(untypedOther.role)' (Other) without typing their role: read as the role '\(untypedOther.role)'"
    }

    /// The CSV dialect, when the file was read as CSV.
    public var dialect: CSVDialect? {
        if case let .csv(dialect) = source { return dialect }
        return nil
    }
}

/// The records of a file whose role question was answered "Other" with nothing typed in its text
/// field: they are read as the role "Other" (``OtherRole/label``), and the reading says so.
public struct UntypedOther: Sendable, Equatable {
    /// How many records.
    public private(set) var count = 0
    /// The first one's line.
    public private(set) var firstLine: Int?
    /// The role they were read as (`Andet`, `Other`).
    public private(set) var role = ""

    /// No such record yet.
    public init() {}

    mutating func note(line: Int, role: String) {
        if firstLine == nil {
            firstLine = line
            self.role = role
        }
        count += 1
    }
}

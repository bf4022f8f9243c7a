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
    public var csv: CSVOptions

    public init(instrument: Instrument = .standard(language: .da), format: ExportFormat? = nil, round: String? = nil,
                mapping: ColumnMapping? = nil, csv: CSVOptions = CSVOptions()) {
        self.instrument = instrument
        self.format = format
        self.round = round
        self.mapping = mapping
        self.csv = csv
    }
}

/// What reading one file found.
public struct FileReport: Sendable {
    public var file: String
    public var dialect: CSVDialect
    public var shape: DetectedShape
    public var counts: IngestCounts
}

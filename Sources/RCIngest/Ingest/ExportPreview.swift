import RCSurvey

/// The first records of a file and what they say about it: where reading starts, and what
/// `inspect` shows.
public struct ExportPreview: Sendable {
    /// The first records (at most ``Ingestor/sampleSize``), as read.
    public var records: [CSVRecord]
    /// The same as the formats see them: a SurveyXact dataset's variable names and codes
    /// replaced by its question texts and labels; otherwise the records as read.
    public var detectable: [CSVRecord]
    /// The structure and labels a SurveyXact dataset is read with.
    public var translation: SurveyXactDataset?
    public var file: String
    public var sheet: String?
    let options: IngestOptions

    /// Reads the head of `source`; `companions` are a SurveyXact dataset's structure and labels,
    /// used when they describe the file's header.
    package static func read<Source: RecordSource>(_ source: inout Source, options: IngestOptions,
                                                   translation companions: SurveyXactDataset?) throws -> ExportPreview {
        var head: [CSVRecord] = []
        while head.count < Ingestor.sampleSize, let record = try Ingestor.checked(source.next()) { head.append(record) }
        guard let first = head.first else {
            throw IngestError(file: source.file, sheet: source.sheet, line: source.sheet == nil ? 1 : nil, message: "the file is empty")
        }
        let translation = options.mapping == nil ? companions.flatMap { $0.describes(first) ? $0 : nil } : nil
        var detectable = head
        if let translation {
            detectable = [translation.header(first)] + head.dropFirst().map { translation.translate($0, variables: first.fields) }
        }
        return ExportPreview(records: head, detectable: detectable, translation: translation, file: source.file,
                             sheet: source.sheet, options: options)
    }

    /// The export's shape: through the mapping when one is given, else the format requested or
    /// recognised (SurveyXact for a dataset read with its structure and labels).
    public func detectedShape() throws(IngestError) -> DetectedShape {
        var detector = ShapeDetector(instrument: options.instrument, file: file, sheet: sheet, values: options.valueLabels ?? ValueLabels())
        if let translation, let variables = records.first?.fields {
            detector.codebookColumns = Set(variables.indices.filter { translation.labels[variables[$0].trimmingWhitespace()] != nil })
        }
        return try detector.detect(detectable, requested: translation?.format ?? options.format, mapping: options.mapping)
    }
}

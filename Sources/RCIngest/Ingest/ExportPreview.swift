import RCSurvey

/// The first records of a file and what they say about it: where reading starts, and what
/// `inspect` shows.
///
/// An app sees only its nested types, through ``FileInspection/readings`` and
/// ``FileInspection/guess``.
public struct ExportPreview: Sendable {
    /// The first records (at most ``IngestOptions/sampleRecords``), as read.
    var records: [CSVRecord]
    /// The same as the formats see them: a SurveyXact dataset's variable names and codes
    /// replaced by its question texts and labels; otherwise the records as read.
    var detectable: [CSVRecord]
    /// The structure and labels a SurveyXact dataset is read with (or a REDCap, LimeSurvey or
    /// Qualtrics set-up file).
    var translation: SurveyXactDataset?
    /// The variable each column stands for, by which ``translation`` translates its values: the
    /// header as read, or the columns' ids (``SurveyXactDataset/variables(of:)``).
    var variables: [String]
    var file: String
    var sheet: String?
    let options: IngestOptions
    /// The loops of a Qualtrics survey file given with the export (``QualtricsLoop``), whether or
    /// not its questions translate the export.
    var loops: [QualtricsLoop] = []

    /// The most columns a header may have: Excel's limit (16,384), which every export a survey
    /// tool makes for a spreadsheet keeps to. A header past it is refused at once, before the
    /// columns are matched to questions.
    static let maxColumns = 16_384

    /// Reads the head of `source`; `companions` are a SurveyXact dataset's structure and labels,
    /// used when they describe the file's header.
    package static func read<Source: RecordSource>(
        _ source: inout Source, options: IngestOptions,
        translation companions: SurveyXactDataset?
    ) throws -> ExportPreview {
        var head: [CSVRecord] = []
        while head.count < max(options.sampleRecords, 1), let record = try Ingestor.checked(source.next()) {
            head.append(record)
        }
        guard let first = head.first else {
            throw IngestError(
                file: source.file, sheet: source.sheet, line: source.sheet == nil ? 1 : nil,
                message: "the file is empty")
        }
        guard first.fields.count <= maxColumns else {
            throw IngestError(
                file: source.file, sheet: source.sheet, line: first.line,
                message:
                    "the header has \(first.fields.count) columns, more than the \(maxColumns) a worksheet can hold; "
                    + "no survey export has so many: check the delimiter, or remove the columns that are not answers")
        }
        let translation = options.mapping == nil ? companions.flatMap { $0.describes(head: head) ? $0 : nil } : nil
        var detectable = head
        var variables = first.fields
        if let translation {
            variables = translation.variables(of: head)
            detectable =
                [translation.header(first, variables: variables)]
                + head.dropFirst().map { translation.translate($0, variables: variables) }
        }
        return ExportPreview(
            records: head, detectable: detectable, translation: translation, variables: variables,
            file: source.file, sheet: source.sheet, options: options, loops: companions?.loops ?? [])
    }

    /// The export's shape: through the mapping when one is given, else the format requested or
    /// recognised (SurveyXact for a dataset read with its structure and labels).
    func detectedShape() throws(IngestError) -> DetectedShape {
        var detector = ShapeDetector(
            instrument: options.instrument, file: file, sheet: sheet, values: options.valueLabels ?? ValueLabels())
        if let translation {
            detector.codebookColumns = Set(
                variables.indices.filter { translation.labels[variables[$0].trimmingWhitespace()] != nil })
        }
        detector.qualtricsLoops = loops
        return try detector.detect(
            detectable, requested: translation?.format ?? options.format, mapping: options.mapping)
    }
}

extension ExportPreview {
    /// The survey tool whose signs the file shows (its own columns, header rows), even when the
    /// file cannot be read as RC answers; nil for a generic or tidy file.
    var recognisedTool: ExportFormat? {
        if let translation { return translation.format }
        let head = ExportHead(records: detectable, mapping: nil)
        return ExportFormatReaders.all.first { ![.mapping, .wide, .long].contains($0.format) && $0.recognises(head) }?
            .format
    }

    /// How a question's answers are read: each distinct answer seen in the file's head, with what
    /// it counts as.
    public struct ValueReading: Sendable {
        /// The dimension the question measures.
        public var dimension: Dimension
        /// The instrument's scale for the question.
        public var scale: String
        /// Each answer as written (before any code translation), the text it was read as, and its value.
        public var entries: [(written: String, read: String, value: ScaleValue)]
    }

    /// Per question of the instrument that the file's answer columns ask, the answers of the
    /// head and how they are scored (what ``Ingestor`` does with them, codes translated).
    func valueReadings(_ shape: DetectedShape) -> [ValueReading] {
        guard case let .wide(layout) = shape.layout else { return [] }
        let reader = ExportFormatReaders.reader(shape.format)
        let rows = detectable.dropFirst(shape.headerRows)
        var readings: [ValueReading] = []
        for item in options.instrument.items {
            guard let scale = options.instrument.scale(for: item.dimension) else { continue }
            let columns = layout.answerColumns.filter { $0.dimension == item.dimension }
            guard !columns.isEmpty else { continue }
            var seen: [String: (read: String, value: ScaleValue)] = [:]
            for record in rows {
                for column in columns where column.index < record.fields.count {
                    let written = record.fields[column.index].trimmingWhitespace()
                    guard !written.isEmpty, seen[written] == nil else { continue }
                    let read = column.codes[written] ?? written
                    var value = scale.value(of: read)
                    if case .invalid = value, let own = reader.value(read.trimmingWhitespace(), on: scale) {
                        value = own
                    }
                    seen[written] = (read, value)
                }
            }
            let entries = seen.map { (written: $0.key, read: $0.value.read, value: $0.value.value) }.sorted { a, b in
                switch (a.value, b.value) {
                case let (.score(x), .score(y)): x != y ? x < y : a.written < b.written
                case (.score, _): true
                case (_, .score): false
                default: a.written < b.written
                }
            }
            readings.append(ValueReading(dimension: item.dimension, scale: item.scaleID, entries: entries))
        }
        return readings
    }
}

extension ExportPreview {
    /// A starting point for a mapping file when the file cannot be read without one: the
    /// columns by their first header row, the respondent and role columns as best guessed for
    /// the tool that wrote it, and the questions left to describe.
    public struct MappingGuess: Sendable {
        /// How many header rows the tool that wrote the file writes (1 for an unknown tool).
        public var headerRows: Int
        /// The names a mapping gives the columns (``MappingColumnNames``): the first header row's
        /// text where it tells a column apart, else the header rows joined, else `#N`.
        public var header: [String]
        /// The 0-based column that looks like the respondent id; nil when none does.
        public var respondent: Int?
        /// The 0-based column that looks like the rater's role; nil when none does.
        public var rater: Int?
        /// The codes found in the role column, when it holds codes rather than role names.
        public var roleCodes: [String]
        /// The columns left to describe (not the tool's own, the respondent's or the role's).
        public var questions: [Int]
    }

    /// The guess for this file.
    var mappingGuess: MappingGuess {
        let header = records.first?.fields ?? []
        let reader = recognisedTool.map(ExportFormatReaders.reader)
        let keys = header.map { TextKey($0).value }
        // A tool's role question has its text in a later header row (Qualtrics), so look at every header row.
        let headerRows =
            reader == Qualtrics.self && Qualtrics.isLegacy(ExportHead(records: detectable, mapping: nil))
            ? 2 : reader?.headerRows ?? 1
        let names = columnNames(headerRows: headerRows)
        // A column is left out when it is the tool's own or has no text in any header row; one whose
        // first-row text is empty (the second column of a SurveyMonkey matrix) is a question.
        let own = Set(header.indices.filter { reader?.isOwnColumn(header[$0]) == true || names.isBlank($0) })
        let respondent = header.indices.first { ShapeDetector.respondentHeaders.contains(keys[$0]) }
        let texts = records.prefix(headerRows)
        func says(_ column: Int, _ words: [String]) -> Bool {
            texts.contains {
                column < $0.fields.count && words.contains(where: TextKey($0.fields[column]).value.contains)
            }
        }
        let candidates = header.indices.filter { !own.contains($0) && $0 != respondent }
        let rater = candidates.first { says($0, ShapeDetector.raterWords) }
        let sample = Array(records.dropFirst(headerRows))
        let codes =
            rater.flatMap { ShapeDetector.untranslatedCodes(in: $0, of: sample, instrument: options.instrument) } ?? []
        return MappingGuess(
            headerRows: headerRows, header: names.names, respondent: respondent, rater: rater,
            roleCodes: codes.filter { $0 != "…" }, questions: candidates.filter { $0 != rater })
    }

    /// How a mapping names this file's columns when it has `headerRows` header rows.
    package func columnNames(headerRows: Int) -> MappingColumnNames {
        MappingColumnNames(headerRows: records.prefix(max(1, headerRows)).map(\.fields))
    }
}

import RCSurvey

/// How rckit reads a file (`rckit inspect`): its encoding, delimiter or worksheet, the export
/// format detected (or why none was), the header, the first records and how many there are,
/// what each column holds, how each question's answers are scored, and the background
/// variables with their values. The renderers in RCReport show it as text or JSON; a mapping
/// file to edit is ``mappingFile``.
public struct FileInspection: Sendable {
    /// The file as the user named it.
    public var file: String
    /// A CSV file's dialect, or the worksheet read.
    public var source: SourceKind
    /// The export format and layout detected; nil when the file cannot be read as RC answers (see ``problem``).
    public var shape: DetectedShape?
    /// Why no shape was detected; nil when one was.
    public var problem: String?
    /// The header row whose texts name the columns.
    public var header: [String]
    /// The data rows kept to show (after the header rows), at most the `rowLimit` asked for.
    public var rows: [CSVRecord]
    /// How many data rows the file has in all.
    public var totalRows: Int

    /// The structure and labels files a SurveyXact dataset was read with.
    public var surveyXact: SurveyXactDataset?
    /// The survey tool the file's signs show, even when it cannot be read as RC answers.
    public var tool: ExportFormat?
    /// How each question's answers are scored.
    public var readings: [ExportPreview.ValueReading] = []
    /// The columns a mapping file would start from.
    public var guess: ExportPreview.MappingGuess
    /// The background variables (tidy columns after `value`, an export's own columns such as
    /// `Afdeling`) with their values and how many respondents have each (nil: no value).
    public var background: [(name: String, values: [(value: String?, respondents: Int)])] = []
    /// How a written mapping names the columns, with the detected shape's header rows.
    public var columnNames: [String] = []
    /// The instrument's questions in order (the order role-column groups are read in).
    public var questionOrder: [Dimension] = []

    /// Reads the head of the file at `path` the way reading it would, and counts its records;
    /// `rowLimit` records are kept to show (nil: all).
    public init(path: String, options: IngestOptions, rowLimit: Int?) throws {
        var records = try ExportRecords(path: path, options: options)
        file = path
        source = records.kind
        let preview = records.preview
        surveyXact = preview.translation
        // Detection sees a SurveyXact dataset as its question texts and labels; the rows stay as read.
        do {
            shape = try preview.detectedShape()
        } catch {
            problem = error.description
        }
        tool = preview.recognisedTool
        guess = preview.mappingGuess
        if let shape { readings = preview.valueReadings(shape) }
        columnNames = shape.map { preview.columnNames(headerRows: $0.headerRows).names } ?? guess.header
        questionOrder = options.instrument.items.map(\.dimension)

        let headerRows = shape?.headerRows ?? guess.headerRows
        header = shape?.header ?? preview.records[0].fields
        var rows = Array(preview.records.dropFirst(headerRows))
        totalRows = rows.count
        // The rows shown are read; the rest only counted.
        while rowLimit == nil || rows.count < rowLimit!, let record = try records.next() {
            totalRows += 1
            rows.append(record)
        }
        totalRows += try records.countRest()
        if let rowLimit, rows.count > rowLimit { rows = Array(rows.prefix(rowLimit)) }
        self.rows = rows
        if shape.map({ !$0.backgroundColumns.isEmpty }) == true {
            // Read the answers too, to know each respondent's values; a file that cannot be read
            // as answers shows its problem in `problem` already.
            var reading = options
            reading.collectsBackground = true
            var ingestor = Ingestor(options: reading)
            var sink = ClosureSink { _ in nil }
            if (try? ingestor.read(path: path, into: &sink) { _ in }) != nil {
                let variables = ingestor.background
                background = variables.names.map { ($0, variables.counts(of: $0)) }
            }
        }
    }

    /// The CSV dialect, for a CSV file.
    public var dialect: CSVDialect? {
        if case let .csv(dialect) = source { return dialect }
        return nil
    }

    /// The worksheet, for a workbook.
    public var sheet: String? {
        if case let .worksheet(name) = source { return name }
        return nil
    }

    /// Column → what it holds.
    public var mapping: [(column: Int, header: String, role: String, target: String?, dimension: Dimension?)] {
        guard let shape else { return [] }
        func name(_ index: Int) -> String { index < header.count ? header[index] : "" }
        switch shape.layout {
        case let .long(layout):
            return [
                ("respondent", layout.respondent), ("round", layout.round), ("rater_role", layout.rater),
                ("target_role", layout.target), ("dimension", layout.dimension), ("value", layout.value)
            ]
            .compactMap { role, index in index.map { ($0 + 1, name($0), role, nil, nil) } }
            .sorted { $0.column < $1.column }
        case let .wide(layout):
            var entries: [(column: Int, header: String, role: String, target: String?, dimension: Dimension?)] = []
            if let index = layout.respondentColumn { entries.append((index + 1, name(index), "respondent", nil, nil)) }
            entries.append((layout.raterColumn + 1, name(layout.raterColumn), "rater_role", nil, nil))
            if let index = layout.roundColumn { entries.append((index + 1, name(index), "round", nil, nil)) }
            for column in layout.answerColumns {
                entries.append((column.index + 1, column.header, "answer", column.role, column.dimension))
            }
            return entries.sorted { $0.column < $1.column }
        }
    }

    /// With answer columns headed by role names alone: how many groups (questions) of how many roles.
    public var roleColumnGroups: (groups: Int, roles: Int)? {
        guard let shape, case let .wide(layout) = shape.layout, layout.readsRoleColumnGroups else { return nil }
        let groups = Set(layout.answerColumns.map(\.dimension)).count
        return (groups, groups == 0 ? 0 : layout.answerColumns.count / groups)
    }

    /// A mapping file: the detected layout, or a skeleton to fill in with the respondent and role
    /// columns guessed for the tool that wrote the file. Columns are named as ``MappingColumnNames``
    /// says: by the first header row where that tells them apart (so that the mapping reads the
    /// file back to the same answers).
    public var mappingFile: JSONValue {
        func name(_ index: Int) -> String { index < columnNames.count ? columnNames[index] : "#\(index + 1)" }
        if let shape, case let .wide(layout) = shape.layout {
            var values: [String: [String: String]] = [:]
            for column in layout.answerColumns where !column.codes.isEmpty { values[name(column.index)] = column.codes }
            return ColumnMapping(
                headerRows: shape.headerRows, respondent: layout.respondentColumn.map(name),
                raterRole: name(layout.raterColumn), round: layout.roundColumn.map(name), roles: layout.raterCodes,
                values: ValueLabels(tables: values),
                columns: layout.answerColumns.map { (name($0.index), $0.role, $0.dimension) }
            ).jsonValue
        }
        var members: [(String, JSONValue)] = [
            ("rckit_mapping", .number(1)),
            ("header_rows", .number(guess.headerRows)),
            ("respondent", guess.respondent.map { .string(name($0)) } ?? .null),
            ("rater_role", .string(guess.rater.map(name) ?? "")),
            ("round", .null)
        ]
        if !guess.roleCodes.isEmpty { members.append(("roles", .object(guess.roleCodes.map { ($0, .string("")) }))) }
        let empty = JSONValue.object([("target", .string("")), ("dimension", .string(""))])
        members.append(("columns", .object(guess.questions.map { (name($0), empty) })))
        return .object(members)
    }
}

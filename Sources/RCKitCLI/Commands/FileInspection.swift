import RCCommandLine
import RCIngest
import RCSurvey

/// What `rckit inspect` found in a file.
struct FileInspection {
    var file: String
    /// A CSV file's dialect, or the worksheet read.
    var source: SourceKind
    var shape: DetectedShape?
    /// Why no shape was detected.
    var problem: String?
    var header: [String]
    var rows: [CSVRecord]
    var totalRows: Int

    /// The structure and labels files a SurveyXact dataset was read with.
    var surveyXact: SurveyXactDataset?

    init(path: String, options: IngestOptions, rowLimit: Int?) throws {
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
        let headerRows = shape?.headerRows ?? 1
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
    }

    /// The CSV dialect, for a CSV file.
    var dialect: CSVDialect? {
        if case let .csv(dialect) = source { return dialect }
        return nil
    }

    /// The worksheet, for a workbook.
    var sheet: String? {
        if case let .worksheet(name) = source { return name }
        return nil
    }

    /// Column → what it holds.
    var mapping: [(column: Int, header: String, role: String, target: String?, dimension: Dimension?)] {
        guard let shape else { return [] }
        func name(_ index: Int) -> String { index < header.count ? header[index] : "" }
        switch shape.layout {
        case let .long(layout):
            return [("respondent", layout.respondent), ("round", layout.round), ("rater_role", layout.rater),
                    ("target_role", layout.target), ("dimension", layout.dimension), ("value", layout.value)]
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

    var json: JSONValue {
        .object([
            ("file", .string(file)),
            ("encoding", dialect.map { .string($0.encoding.name) } ?? .null),
            ("delimiter", dialect.map { .string(String($0.delimiter.character)) } ?? .null),
            ("line_ending", dialect.map { .string($0.lineEnding.name) } ?? .null),
            ("sheet", sheet.map(JSONValue.string) ?? .null),
            ("format", shape.map { .string($0.format.rawValue) } ?? .null),
            ("format_name", shape.map { .string($0.format.name) } ?? .null),
            ("header_rows", shape.map { .number($0.headerRows) } ?? .null),
            ("problem", problem.map(JSONValue.string) ?? .null),
            ("surveyxact", surveyXact.map { dataset in
                .object([("structure", dataset.structureFile.map(JSONValue.string) ?? .null),
                         ("labels", dataset.labelsFile.map(JSONValue.string) ?? .null)])
            } ?? .null),
            ("header", .array(header.map(JSONValue.string))),
            ("total_rows", .number(totalRows)),
            ("rows", .array(rows.map { .array($0.fields.map(JSONValue.string)) })),
            ("mapping", .array(mapping.map { entry in
                var members: [(String, JSONValue)] = [("column", .number(entry.column)), ("header", .string(entry.header)),
                                                      ("role", .string(entry.role))]
                if let target = entry.target { members.append(("target", .string(target))) }
                if let dimension = entry.dimension { members.append(("dimension", .string(dimension.id))) }
                return .object(members)
            })),
        ])
    }

    /// The inspection as text, its words in `language` (the names of encodings, delimiters and
    /// formats as the reader gives them).
    func text(_ language: TextLanguage) -> String {
        func label(_ label: CLIText.InspectLabel) -> String {
            let text = CLIText.inspect(label)(language)
            return text + String(repeating: " ", count: max(1, 12 - text.count))
        }
        var out = label(.file) + file + "\n"
        if let dialect {
            out += label(.encoding) + dialect.encoding.name + "\n"
            out += label(.delimiter) + dialect.delimiter.name + "\n"
            out += label(.lines) + dialect.lineEnding.name + "\n"
        }
        if let sheet { out += label(.sheet) + sheet + "\n" }
        if let surveyXact {
            out += "SurveyXact: " + CLIText.surveyXactFiles(structure: surveyXact.structureFile ?? "-",
                                                            labels: surveyXact.labelsFile ?? "-")(language) + "\n"
        }
        if let shape {
            out += label(.format) + CLIText.detectedFormat(name: shape.format.name, headerRows: shape.headerRows)(language) + "\n"
        } else {
            out += label(.format) + CLIText.notRecognised(problem ?? "")(language) + "\n"
        }
        out += label(.dataRows) + String(totalRows) + "\n\n" + CLIText.inspect(.columns)(language) + "\n"
        let described = Dictionary(mapping.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, name) in header.enumerated() {
            var line = "  \(index + 1). \(name)"
            if let entry = described[index + 1] {
                if let target = entry.target, let dimension = entry.dimension {
                    line += "  →  \(target) · \(dimension.id)"
                } else {
                    line += "  →  \(entry.role)"
                }
            }
            out += line + "\n"
        }
        if !rows.isEmpty {
            out += "\n" + CLIText.inspect(.records)(language) + "\n"
            for record in rows {
                out += "  \(record.line): " + record.fields.map { "[\($0)]" }.joined(separator: " ") + "\n"
            }
        }
        return out
    }

    /// A mapping file: the detected layout, or a skeleton to fill in.
    var mappingFile: JSONValue {
        if let shape, case let .wide(layout) = shape.layout {
            return ColumnMapping(headerRows: shape.headerRows, respondent: layout.respondentColumn.map { header[$0] },
                                 raterRole: header[layout.raterColumn], round: layout.roundColumn.map { header[$0] },
                                 columns: layout.answerColumns.map { ($0.header, $0.role, $0.dimension) }).jsonValue
        }
        // A skeleton: every column after the first two as an answer column to fill in.
        return .object([
            ("rckit_mapping", .number(1)),
            ("header_rows", .number(1)),
            ("respondent", header.first.map(JSONValue.string) ?? .null),
            ("rater_role", .string(header.count > 1 ? header[1] : "")),
            ("round", .null),
            ("columns", .object(header.dropFirst(2).map { ($0, .object([("target", .string("")), ("dimension", .string(""))])) })),
        ])
    }
}

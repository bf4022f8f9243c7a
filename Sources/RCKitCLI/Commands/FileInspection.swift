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
    /// The survey tool the file's signs show, even when it cannot be read as RC answers.
    var tool: ExportFormat?
    /// How each question's answers are scored.
    var readings: [ExportPreview.ValueReading] = []
    /// The columns a mapping file would start from.
    var guess: ExportPreview.MappingGuess
    /// The background variables (tidy columns after `value`, an export's own columns such as
    /// `Afdeling`) with their values and how many respondents have each (nil: no value).
    var background: [(name: String, values: [(value: String?, respondents: Int)])] = []
    /// How a written mapping names the columns, with the detected shape's header rows.
    var columnNames: [String] = []
    /// The instrument's questions in order (the order role-column groups are read in).
    var questionOrder: [Dimension] = []

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

    var json: JSONValue {
        let mappingEntries: [JSONValue] = mapping.map { entry in
            var members: [(String, JSONValue)] = [
                ("column", .number(entry.column)), ("header", .string(entry.header)),
                ("role", .string(entry.role))
            ]
            if let target = entry.target { members.append(("target", .string(target))) }
            if let dimension = entry.dimension { members.append(("dimension", .string(dimension.id))) }
            return .object(members)
        }
        var surveyXactFiles = JSONValue.null
        var redcapDictionary = JSONValue.null
        if let surveyXact, surveyXact.format == .redcap {
            redcapDictionary = surveyXact.structureFile.map(JSONValue.string) ?? .null
        } else if let surveyXact {
            surveyXactFiles = .object([
                ("structure", surveyXact.structureFile.map(JSONValue.string) ?? .null),
                ("labels", surveyXact.labelsFile.map(JSONValue.string) ?? .null)
            ])
        }
        var groups = JSONValue.null
        if let grouping = roleColumnGroups {
            groups = .object([("groups", .number(grouping.groups)), ("roles", .number(grouping.roles))])
        }
        let values: [JSONValue] = readings.map { reading in
            let answers: [JSONValue] = reading.entries.map { entry in
                var members: [(String, JSONValue)] = [("answer", .string(entry.written))]
                if entry.read != entry.written { members.append(("read_as", .string(entry.read))) }
                switch entry.value {
                case let .score(score): members.append(("score", .number(score)))
                case .missing: members.append(("missing", .bool(true)))
                case let .invalid(reason): members.append(("problem", .string(reason)))
                }
                return .object(members)
            }
            return .object([
                ("dimension", .string(reading.dimension.id)), ("scale", .string(reading.scale)),
                ("answers", .array(answers))
            ])
        }
        let rowValues: [JSONValue] = rows.map { .array($0.fields.map(JSONValue.string)) }
        var members: [(String, JSONValue)] = [
            ("file", .string(file)),
            ("encoding", dialect.map { .string($0.encoding.name) } ?? .null),
            ("delimiter", dialect.map { .string(String($0.delimiter.character)) } ?? .null),
            ("line_ending", dialect.map { .string($0.lineEnding.name) } ?? .null),
            ("sheet", sheet.map(JSONValue.string) ?? .null),
            ("format", shape.map { .string($0.format.rawValue) } ?? .null),
            ("format_name", shape.map { .string($0.format.name) } ?? .null),
            ("tool", tool.map { .string($0.rawValue) } ?? .null),
            ("header_rows", shape.map { .number($0.headerRows) } ?? .null),
            ("problem", problem.map(JSONValue.string) ?? .null)
        ]
        members.append(("surveyxact", surveyXactFiles))
        members.append(("redcap_dictionary", redcapDictionary))
        members.append(("role_column_groups", groups))
        members.append(("header", .array(header.map(JSONValue.string))))
        members.append(("total_rows", .number(totalRows)))
        members.append(("rows", .array(rowValues)))
        members.append(
            (
                "background",
                .array(
                    background.map { variable in
                        .object([
                            ("name", .string(variable.name)),
                            (
                                "values",
                                .array(
                                    variable.values.map { entry in
                                        .object([
                                            ("value", entry.value.map(JSONValue.string) ?? .null),
                                            ("respondents", .number(entry.respondents))
                                        ])
                                    })
                            )
                        ])
                    })
            ))
        members.append(("mapping", .array(mappingEntries)))
        members.append(("values", .array(values)))
        return .object(members)
    }

    /// With answer columns headed by role names alone: how many groups (questions) of how many roles.
    var roleColumnGroups: (groups: Int, roles: Int)? {
        guard let shape, case let .wide(layout) = shape.layout, layout.readsRoleColumnGroups else { return nil }
        let groups = Set(layout.answerColumns.map(\.dimension)).count
        return (groups, groups == 0 ? 0 : layout.answerColumns.count / groups)
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
        if let surveyXact, surveyXact.format == .redcap {
            out += "REDCap: " + CLIText.redcapDictionary(surveyXact.structureFile ?? "-")(language) + "\n"
        } else if let surveyXact {
            out +=
                "SurveyXact: "
                + CLIText.surveyXactFiles(
                    structure: surveyXact.structureFile ?? "-",
                    labels: surveyXact.labelsFile ?? "-")(language) + "\n"
        }
        if let shape {
            out +=
                label(.format) + CLIText.detectedFormat(name: shape.format.name, headerRows: shape.headerRows)(language)
                + "\n"
            if let grouping = roleColumnGroups, case let .wide(layout) = shape.layout {
                // In the order the groups are read (group 1, the unnumbered headers, is the first
                // question), whatever order their columns come in.
                let read = Set(layout.answerColumns.map(\.dimension))
                let labels: Language = language == .da ? .da : .en
                let questions = questionOrder.filter(read.contains).enumerated().map { number, dimension in
                    "\(number + 1). \(dimension.label(labels)) (\(dimension.id))"
                }
                out +=
                    String(repeating: " ", count: 12)
                    + CLIText.roleColumnGroups(
                        groups: grouping.groups, roles: grouping.roles, questions: questions.joined(separator: ", "))(
                        language) + "\n"
            }
        } else if let tool {
            out +=
                label(.format)
                + CLIText.toolWithoutAnswers(name: tool.name, headerRows: guess.headerRows, problem: problem ?? "")(
                    language) + "\n"
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
        if !readings.isEmpty {
            out += "\n" + CLIText.inspect(.answers)(language) + "\n"
            for reading in readings {
                let entries = reading.entries.map { entry in
                    let shown = entry.read == entry.written ? entry.written : "\(entry.written) (\(entry.read))"
                    let value =
                        switch entry.value {
                        case let .score(score): score.compact
                        case .missing: CLIText.missingAnswer(language)
                        case let .invalid(reason): "⚠ " + CLIText.cannotScore(reason)(language)
                        }
                    return "\(shown) → \(value)"
                }
                out += "  \(reading.dimension.id) (\(reading.scale)): " + entries.joined(separator: " · ") + "\n"
            }
        }
        if !background.isEmpty {
            out += "\n" + CLIText.inspect(.background)(language) + "\n"
            for variable in background {
                out +=
                    "  \(variable.name): "
                    + variable.values.map { entry in
                        "\(entry.value ?? CLIText.noValue(language)) \(entry.respondents)"
                    }.joined(separator: ", ") + "\n"
            }
        }
        if !rows.isEmpty {
            out += "\n" + CLIText.inspect(.records)(language) + "\n"
            for record in rows {
                out += "  \(record.line): " + record.fields.map { "[\($0)]" }.joined(separator: " ") + "\n"
            }
        }
        return out
    }

    /// A mapping file: the detected layout, or a skeleton to fill in with the respondent and role
    /// columns guessed for the tool that wrote the file. Columns are named as ``MappingColumnNames``
    /// says: by the first header row where that tells them apart (so that the mapping reads the
    /// file back to the same answers).
    var mappingFile: JSONValue {
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

import Foundation
import RCSurvey

/// REDCap's CSV exports of a project's records, as "Data Exports, Reports, and Stats" writes them:
/// - raw, `Project_DATA_yyyy-mm-dd_hhmm.csv`: variable names as headers (`record_id`, then the
///   project's fields), choice codes as values (`1`…`6`);
/// - labels, `Project_DATA_LABELS_yyyy-mm-dd_hhmm.csv`: field labels as headers and choice labels
///   as values; a matrix field's label is its row text alone, so role names repeat across the
///   matrices (read as groups of role columns, ``RoleColumnGroups``);
/// - the data dictionary, `Project_DataDictionary_yyyy-mm-dd.csv`: one row per field with the
///   columns `Variable / Field Name, Form Name, Section Header, Field Type, Field Label,
///   "Choices, Calculations, OR Slider Labels"`, …, `Matrix Group Name` (`field_name`,
///   `select_choices_or_calculations`, … from the API). Choices read `1, Aldrig | 2, Sjældent | …`;
///   the fields of a matrix share a group name and stand together, and the matrix's question is
///   the section header of its first field.
///
/// A raw export is read with its dictionary — found beside it (the same project prefix before
/// `_DATA_`) or named with `--dictionary` — which makes it a labels export whose matrix columns
/// are headed `Question - Row`. REDCap's own columns (`redcap_survey_identifier`,
/// `…_timestamp`, `…_complete`, events, repeats, access groups) are not answers; the record id
/// (the first column) is the respondent.
///
/// Projects as they are (``RecordRows``):
/// - longitudinal (`redcap_event_name`, labels `Event Name`): a row per record and event; the
///   event is the round (`baseline_arm_1`, `Baseline`, `Baseline (Arm 1: Arm 1)`), the record id
///   the same person in every round, and a form designated on the first event only leaves its
///   fields — the role, the unit — blank on later events' rows, so they come from the record's
///   other rows;
/// - repeating instruments (`redcap_repeat_instrument`, `redcap_repeat_instance`): each instance
///   is a round (`1`, `2`, after the event in a longitudinal project); the role and background
///   come from the record's non-repeating row, which holds no answers;
/// - checkbox fields (`opgaver___1` raw, `Question (choice=Label)` in labels) are one multi-choice
///   question, never background variables; a Data Access Group (`redcap_data_access_group`,
///   `Data Access Group`) is a background variable.
enum REDCap: ExportFormatReader {
    static let format = ExportFormat.redcap

    static let eventHeaders: Set = ["redcap_event_name", "event name"]
    static let instanceHeaders: Set = ["redcap_repeat_instance", "repeat instance"]
    static let instrumentHeaders: Set = ["redcap_repeat_instrument", "repeat instrument"]
    static let accessGroupHeaders: Set = ["redcap_data_access_group", "data access group"]

    /// REDCap's own columns, raw and as labels: never answers or the respondent's role.
    static func isMetadata(_ header: String) -> Bool {
        let name = header.trimmingWhitespace().lowercased()
        if ["redcap_survey_identifier", "survey identifier", "survey timestamp", "complete?"].contains(name)
            || eventHeaders.contains(name) || instanceHeaders.contains(name) || instrumentHeaders.contains(name)
            || accessGroupHeaders.contains(name)
        {
            return true
        }
        return HeaderPatterns.isREDCapFormColumn(name)
    }

    /// REDCap's own columns but the Data Access Group (a background variable), and the choices
    /// of checkbox fields (a multi-choice question, never a background variable).
    static func isOwnColumn(_ header: String) -> Bool {
        let name = header.trimmingWhitespace().lowercased()
        return (isMetadata(header) && !accessGroupHeaders.contains(name)) || isCheckboxChoice(header)
    }

    /// A checkbox field's choice: `field___code` in a raw export, `Question (choice=Label)` in labels.
    static func isCheckboxChoice(_ header: String) -> Bool {
        let name = header.trimmingWhitespace()
        if name.hasSuffix(")"), name.range(of: " (choice=") != nil { return true }
        guard let range = name.range(of: "___"), range.lowerBound > name.startIndex else { return false }
        let code = name[range.upperBound...]
        return !code.isEmpty && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            && name[..<range.lowerBound].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    static let setupFile: String? =
        "--dictionary FILE.csv (the data dictionary 'rckit setup' wrote, or REDCap's Project Setup → Data Dictionary "
        + "→ Download the current Data Dictionary)"

    static func recognises(_ head: ExportHead) -> Bool {
        guard let fields = head.records.first?.fields, let first = fields.first?.trimmingWhitespace().lowercased()
        else { return false }
        let raw =
            first == "record_id"
            || fields.contains { $0.trimmingWhitespace().lowercased() == "redcap_survey_identifier" }
        let labels =
            first == "record id"
            && fields.contains {
                ["complete?", "survey identifier", "survey timestamp"].contains($0.trimmingWhitespace().lowercased())
            }
        return raw || labels
    }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let first = head.records[0]
        let ignoring = Set(first.fields.indices.filter { $0 == 0 || isMetadata(first.fields[$0]) })
        var layout: WideLayout
        do {
            layout = try detector.wideLayout(
                header: first.fields, alternativeHeader: nil, sample: Array(head.records.dropFirst()),
                ignoring: ignoring, headerLine: first.line)
        } catch  where error.message.hasPrefix("no answer columns") {
            throw detector.error(
                line: first.line,
                "a REDCap export, but no column names a role and a dimension: a raw export (variable names and codes) "
                    + "is read with the project's data dictionary (Project_DataDictionary_….csv beside it, or "
                    + "--dictionary FILE); or export 'CSV / Microsoft Excel (labels)'")
        }
        layout.respondentColumn = 0
        let keys = first.fields.map { $0.trimmingWhitespace().lowercased() }
        let event = keys.firstIndex(where: eventHeaders.contains)
        let instance = keys.firstIndex(where: instanceHeaders.contains)
        var conventions: [ExportConvention] = []
        if event != nil || instance != nil {
            layout.recordRows = RecordRows(eventColumn: event, instanceColumn: instance)
            // What the rows with answers show, for inspect.
            var events: [String] = [], instances: [String] = []
            for record in head.records.dropFirst() where !layout.isRecordRowWithoutAnswers(record.fields) {
                func value(_ index: Int?) -> String {
                    guard let index, index < record.fields.count else { return "" }
                    return record.fields[index].trimmingWhitespace()
                }
                if !value(event).isEmpty, !events.contains(value(event)) { events.append(value(event)) }
                if !value(instance).isEmpty, !instances.contains(value(instance)) { instances.append(value(instance)) }
            }
            if event != nil { conventions.append(.redcapEvents(events)) }
            if instance != nil { conventions.append(.redcapInstances(instances)) }
        }
        var checkboxes: [String] = []
        for header in first.fields where isCheckboxChoice(header) {
            let name = header.trimmingWhitespace()
            let field = String(
                name[..<(name.range(of: " (choice=")?.lowerBound ?? name.range(of: "___")?.lowerBound ?? name.endIndex)]
            )
            if !checkboxes.contains(field) { checkboxes.append(field) }
        }
        if !checkboxes.isEmpty { conventions.append(.redcapCheckboxes(fields: checkboxes)) }
        if let group = keys.firstIndex(where: accessGroupHeaders.contains) {
            conventions.append(.redcapDataAccessGroup(column: first.fields[group].trimmingWhitespace()))
        }
        var shape = DetectedShape(format: format, headerRows: 1, layout: .wide(layout), header: first.fields)
        shape.conventions = conventions
        return shape
    }
}

extension REDCap {
    /// The data dictionary that goes with a data file: the one named (`--dictionary`), else —
    /// with no mapping and no other format asked for — the newest `Project_DataDictionary_….csv`
    /// beside a `Project_DATA_….csv`.
    /// A LimeSurvey `.lss` or Qualtrics `.qsf` given as `--dictionary` is read as what it is.
    static func dictionary(besides path: String, options: IngestOptions) throws -> SurveyXactDataset? {
        guard options.mapping == nil else { return nil }
        if let named = options.dictionary {
            return try SetupFile.translation(named, instrument: options.instrument)
                ?? load(named, csv: options.csv, instrument: options.instrument)
        }
        guard options.format == nil || options.format == .redcap, let found = companion(of: path) else { return nil }
        return try load(found, csv: options.csv, instrument: options.instrument)
    }

    /// Whether the table at `path` has a data dictionary's header (`Variable / Field Name`, or the
    /// API's `field_name`).
    static func isDictionary(_ path: String, csv: CSVOptions) throws -> Bool {
        var reader = try CSVReader(path: path, options: csv)
        guard let header = try reader.next() else { return false }
        let keys = header.fields.map { TextKey($0).value }
        return keys.contains("variable field name") || keys.contains("field name")
    }

    /// The dictionary file beside `path`: same project prefix (before `_DATA_`), the latest date.
    static func companion(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let range = name.range(of: "_DATA_") else { return nil }
        let prefix = name[..<range.lowerBound] + "_DataDictionary_"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        guard let found = names.filter({ $0.hasPrefix(prefix) && $0.lowercased().hasSuffix(".csv") }).max() else {
            return nil
        }
        return folder.isEmpty ? found : (folder as NSString).appendingPathComponent(found)
    }

    /// Reads a data dictionary into question texts (`Question - Row` for a matrix field) and
    /// choice labels by variable name. A matrix whose question is not one of `instrument`'s
    /// (reworded in REDCap) is read as the dimension rckit's note in its first field's annotation
    /// names (`rckit: dimension=shared_goals; …`), or its group's name when that is rckit's code
    /// (`goal`).
    static func load(_ path: String, csv: CSVOptions, instrument: Instrument? = nil) throws -> SurveyXactDataset {
        var reader = try CSVReader(path: path, options: csv)
        guard let header = try reader.next() else {
            throw IngestError(file: path, line: 1, message: "the REDCap data dictionary is empty")
        }
        let keys = header.fields.map { TextKey($0).value }
        func column(_ names: String...) -> Int? { keys.firstIndex { names.contains($0) } }
        guard let variable = column("variable field name", "field name"), let label = column("field label") else {
            throw IngestError(
                file: path, line: header.line,
                message: "not a REDCap data dictionary: it needs the columns 'Variable / Field Name' and 'Field Label'")
        }
        let section = column("section header")
        let type = column("field type")
        let choices = column("choices calculations or slider labels", "select choices or calculations")
        let matrix = column("matrix group name")
        let annotation = column("field annotation")
        let matcher = instrument.map(HeaderMatcher.init)
        var dataset = SurveyXactDataset(questions: [:], labels: [:], structureFile: path, format: .redcap)
        var group = ""
        var groupQuestion = ""
        var first = true
        while let record = try reader.next() {
            func field(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return plainText(record.fields[index])
            }
            let name = field(variable)
            guard !name.isEmpty else { continue }
            // The record id keeps its name, so that it is read as the respondent.
            defer { first = false }
            if first { continue }
            let matrixGroup = field(matrix)
            if !matrixGroup.isEmpty, matrixGroup != group {
                groupQuestion = field(section).isEmpty ? matrixGroup : field(section)
                if let matcher {
                    let own =
                        SetupCodes.dimension(inAnnotation: field(annotation))
                        ?? SetupCodes.dimension(forCode: matrixGroup)
                    groupQuestion = SetupCodes.question(groupQuestion, fallback: own, matcher: matcher)
                }
            }
            group = matrixGroup
            dataset.questions[name] = matrixGroup.isEmpty ? field(label) : "\(groupQuestion) - \(field(label))"
            switch field(type).lowercased() {
            case "yesno": dataset.labels[name] = ["1": "Yes", "0": "No"]
            case "truefalse": dataset.labels[name] = ["1": "True", "0": "False"]
            case "radio", "dropdown":
                var table: [String: String] = [:]
                for choice in field(choices).split(separator: "|") {
                    guard let comma = choice.firstIndex(of: ",") else {
                        throw IngestError(
                            file: path, line: record.line,
                            message:
                                "the choices of '\(name)' should read 'code, label | code, label', not '\(String(choice).trimmingWhitespace())'"
                        )
                    }
                    table[String(choice[..<comma]).trimmingWhitespace()] = String(choice[choice.index(after: comma)...])
                        .trimmingWhitespace()
                }
                dataset.labels[name] = table
            default: break
            }
        }
        return dataset
    }

    /// A dictionary text without the HTML that REDCap's rich-text labels carry.
    static func plainText(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text.trimmingWhitespace() }
        var plain = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        for (entity, character) in [
            ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")
        ] {
            plain = plain.replacingOccurrences(of: entity, with: character)
        }
        return plain.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression).trimmingWhitespace()
    }
}

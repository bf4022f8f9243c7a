import Foundation
import RCSurvey

/// SurveyXact's dataset export: a `dataset` file whose headers are short variable names
/// (`s_1`, `s_2_1`, …) and whose values are codes, with two files beside it that say what they mean.
///
/// The layout, as SurveyXact's CSV export writes it (and as the R package readSX reads it):
/// - `structure` — a header row `questionName, variableName, questionType, subType, questionText,
///   choiceValue, choiceText` (sometimes with an extra empty column), then one row per variable.
///   A matrix (battery) row is its own variable whose question text is `Question - Row`; a
///   tick-box variable (`subType` `Multiple`) is named by `questionText - choiceText`.
/// - `labels` — no header; rows of `variable, value code, label` (`s_2_1;4;Ofte`).
/// - All three in the same encoding and delimiter: semicolon and Windows-1252 ("European"),
///   comma, or tab and UTF-16 ("Unicode"); blanks are missing answers.
///
/// Beside `…dataset….csv` the companions are found by replacing `dataset` in the file name with
/// `structure` and `labels` (`Dataset.csv` → `Structure.csv`, `rc dataset.csv` → `rc structure.csv`),
/// or as `structure.csv` and `labels.csv` in the same folder; `import --structure --labels` names
/// them outright. The dataset then reads as a wide export whose headers are the question texts and
/// whose values are the labels, so the rest of the pipeline is the same as for any wide file.
///
/// The same two tables translate the code exports of the tools whose set-up file says what their
/// codes mean: a REDCap data dictionary (``REDCap``), a LimeSurvey survey structure
/// (``LimeSurveyStructure``) and a Qualtrics survey file (``QualtricsSurveyFile``).
public struct SurveyXactDataset: Sendable, Equatable {
    /// Question text by variable name.
    public var questions: [String: String]
    /// Label by variable name and value code.
    public var labels: [String: [String: String]]
    /// The structure file read (for `inspect`); nil when there was none.
    public var structureFile: String?
    /// The labels file read (for `inspect`); nil when there was none.
    public var labelsFile: String?
    /// The tool whose codebook this is: SurveyXact, or REDCap, LimeSurvey or Qualtrics, whose
    /// set-up files are read into the same two tables.
    public var format: ExportFormat
    /// A choice that lets the respondent type their own answer ("Other: …"): by variable, the
    /// code that stands for it and the variable holding the typed text. Its code is read as the
    /// typed text (one of ``knownRoles`` as the set-up file spells it), or, with nothing typed, as
    /// the choice's own label ("Andet"), which the reading reports (``untypedOther(in:variables:)``).
    public var otherTexts: [String: OtherText] = [:]
    /// The role names the set-up file knows (its role question's choices, its matrices' rows),
    /// which a typed "other" answer may name.
    public var knownRoles: [String] = []
    /// The variable each column id of the export's header rows stands for (a Qualtrics export's
    /// third header row, `{"ImportId":"QID2_1"}` → `FREQ_1`), when that identifies columns better
    /// than their names.
    public var importIDs: [String: String] = [:]
    /// A Qualtrics survey file's looped blocks: which role each loop of a Loop & Merge block asks
    /// about (``QualtricsLoop``).
    public var loops: [QualtricsLoop] = []

    /// The code of a choice with a text box, and the variable that holds the text (by the names
    /// it may have in the export).
    public struct OtherText: Sendable, Equatable {
        /// The code of the choice ("Other": LimeSurvey's `-oth-`).
        public var code: String
        /// The names the variable holding the typed text may have (`FAG[other]`, `FAG_other`).
        public var variables: [String]

        /// The choice coded `code`, its text in `variables`.
        public init(code: String, variables: [String]) {
            self.code = code
            self.variables = variables
        }
    }

    /// A codebook from its two tables, read from the files named.
    public init(
        questions: [String: String], labels: [String: [String: String]],
        structureFile: String? = nil, labelsFile: String? = nil, format: ExportFormat = .surveyxact
    ) {
        self.questions = questions
        self.labels = labels
        self.structureFile = structureFile
        self.labelsFile = labelsFile
        self.format = format
    }

    /// The structure and labels that go with `path`: the files named, or else the companions
    /// found beside it — for a file named like a dataset, or any file when `format` is SurveyXact.
    /// Nil when there are none (or another format is asked for).
    static func forDataset(
        path: String, format: ExportFormat?, structure: String?, labels: String?,
        csv: CSVOptions = CSVOptions()
    ) throws -> SurveyXactDataset? {
        if structure != nil || labels != nil {
            return try load(structure: structure, labels: labels, csv: csv)
        }
        guard format == nil || format == .surveyxact, let found = companions(of: path, anyName: format == .surveyxact)
        else {
            return nil
        }
        return try load(structure: found.structure, labels: found.labels, csv: csv)
    }

    /// The `structure` and `labels` files beside a dataset file, if both are there.
    static func companions(of path: String, anyName: Bool = false) -> (structure: String, labels: String)? {
        // Paths stay as the user wrote them (relative stays relative), for messages.
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        func existing(_ candidates: [String]) -> String? {
            candidates.lazy.map { folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }
                .first { $0 != path && FileManager.default.isReadableFile(atPath: $0) }
        }
        var structures: [String] = []
        var labelFiles: [String] = []
        if let range = name.range(of: "dataset", options: .caseInsensitive) {
            let found = name[range]
            func replaced(_ word: String) -> String {
                let spelled = found == "DATASET" ? word.uppercased() : found.first == "D" ? word.capitalized : word
                return name.replacingCharacters(in: range, with: spelled)
            }
            structures.append(replaced("structure"))
            labelFiles.append(replaced("labels"))
        } else if !anyName {
            return nil
        }
        structures += ["structure.csv", "Structure.csv"]
        labelFiles += ["labels.csv", "Labels.csv"]
        guard let structure = existing(structures), let labels = existing(labelFiles) else { return nil }
        return (structure, labels)
    }

    /// Reads the structure and labels files; either may be absent.
    public static func load(structure: String?, labels: String?, csv: CSVOptions = CSVOptions()) throws
        -> SurveyXactDataset
    {
        var dataset = SurveyXactDataset(questions: [:], labels: [:], structureFile: structure, labelsFile: labels)
        if let structure { dataset.questions = try readStructure(structure, csv: csv) }
        if let labels { dataset.labels = try readLabels(labels, csv: csv) }
        return dataset
    }

    /// Whether any column of a file whose first records are `head` is one of the dataset's
    /// variables, by name or by its column id (``importIDs``), so that a tidy file that happens
    /// to be called `dataset.csv` is not taken for one.
    public func describes(head: [CSVRecord]) -> Bool {
        variables(of: head).contains { questions[$0] != nil || labels[$0] != nil }
    }

    /// The variable each column of a file whose first records are `head` stands for: the one its
    /// column id names (``importIDs``: a Qualtrics export's third header row), else its header.
    public func variables(of head: [CSVRecord]) -> [String] {
        let names = head.first?.fields.map { $0.trimmingWhitespace() } ?? []
        guard !importIDs.isEmpty, head.count >= 3 else { return names }
        let ids = head[2].fields
        return names.indices.map { index in
            guard index < ids.count, let id = QualtricsSurveyFile.importID(in: ids[index]),
                let variable = importIDs[id]
            else { return names[index] }
            return variable
        }
    }

    /// The header with each column that stands for a known variable (`variables`, from
    /// ``variables(of:)``) headed by its question text.
    public func header(_ record: CSVRecord, variables: [String]) -> CSVRecord {
        var fields = record.fields
        for index in fields.indices where index < variables.count {
            if let question = questions[variables[index]] { fields[index] = question }
        }
        return CSVRecord(fields: fields, line: record.line)
    }

    /// A data record with each value code replaced by its label; `variables` is the dataset's own header.
    func translate(_ record: CSVRecord, variables: [String]) -> CSVRecord {
        guard !labels.isEmpty else { return record }
        var fields = record.fields
        for index in fields.indices where index < variables.count {
            let variable = variables[index].trimmingWhitespace()
            guard let table = labels[variable] else { continue }
            let code = fields[index].trimmingWhitespace()
            if let other = otherTexts[variable], other.code == code {
                fields[index] =
                    typedRole(in: record.fields, other: other, variables: variables) ?? table[code] ?? "Other"
            } else if let label = table[code] {
                fields[index] = label
            }
        }
        return CSVRecord(fields: fields, line: record.line)
    }

    /// The role a respondent typed after choosing "Other" (as the set-up file spells it when it
    /// knows the role); nil when nothing was typed.
    private func typedRole(in fields: [String], other: OtherText, variables: [String]) -> String? {
        guard let index = variables.firstIndex(where: { other.variables.contains($0.trimmingWhitespace()) }),
            index < fields.count
        else { return nil }
        let typed = fields[index].trimmingWhitespace()
        guard !TextKey(typed).isEmpty else { return nil }
        return knownRoles.first { TextKey($0) == TextKey(typed) } ?? typed
    }

    /// The role an untranslated record is read as when it chose "Other" and typed nothing (the
    /// choice's label), for the reading to report; nil for any other record.
    func untypedOther(in record: CSVRecord, variables: [String]) -> String? {
        for (variable, other) in otherTexts {
            guard let index = variables.firstIndex(where: { $0.trimmingWhitespace() == variable }),
                index < record.fields.count, record.fields[index].trimmingWhitespace() == other.code,
                typedRole(in: record.fields, other: other, variables: variables) == nil
            else { continue }
            return labels[variable]?[other.code] ?? "Other"
        }
        return nil
    }

    static func readStructure(_ path: String, csv: CSVOptions) throws -> [String: String] {
        var reader = try CSVReader(path: path, options: csv)
        return try readStructure(&reader)
    }

    /// The question texts by variable name, from a structure file or sheet.
    static func readStructure<Source: RecordSource>(_ source: inout Source) throws -> [String: String] {
        guard let header = try source.next() else {
            throw IngestError(
                file: source.file, sheet: source.sheet, line: 1, message: "the SurveyXact structure is empty")
        }
        let keys = header.fields.map { TextKey($0).value }
        guard let variable = keys.firstIndex(of: "variablename"), let text = keys.firstIndex(of: "questiontext") else {
            throw IngestError(
                file: source.file, sheet: source.sheet, line: header.line,
                message: "not a SurveyXact structure: it needs the columns variableName and questionText")
        }
        let subType = keys.firstIndex(of: "subtype")
        let choice = keys.firstIndex(of: "choicetext")
        var questions: [String: String] = [:]
        while let record = try source.next() {
            func field(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index].trimmingWhitespace()
            }
            let name = field(variable)
            guard !name.isEmpty else { continue }
            var question = field(text)
            if TextKey(field(subType)).value == "multiple", !field(choice).isEmpty { question += " - " + field(choice) }
            questions[name] = question
        }
        return questions
    }

    static func readLabels(_ path: String, csv: CSVOptions) throws -> [String: [String: String]] {
        var reader = try CSVReader(path: path, options: csv)
        return try readLabels(&reader)
    }

    /// The labels by variable name and value code, from a labels file or sheet.
    static func readLabels<Source: RecordSource>(_ source: inout Source) throws -> [String: [String: String]] {
        var labels: [String: [String: String]] = [:]
        var first = true
        while let record = try source.next() {
            defer { first = false }
            let fields = record.fields.map { $0.trimmingWhitespace() }
            if fields.allSatisfy(\.isEmpty) { continue }
            // Some exports give the file a header row.
            if first, TextKey(fields[0]).value == "variablename" || TextKey(fields[0]).value == "variable" { continue }
            guard fields.count >= 3, !fields[0].isEmpty else {
                throw IngestError(
                    file: source.file, sheet: source.sheet, line: record.line,
                    message: "expected a SurveyXact label row: variable, value code, label")
            }
            labels[fields[0], default: [:]][fields[1]] = fields[2]
        }
        return labels
    }
}

import Foundation
import RCSurvey

/// A Qualtrics survey file (`.qsf`: Tools → Import/Export → Export Survey, or the file
/// `rckit setup --tool qualtrics` writes), read as the translation of a CSV export made with
/// "Use numeric values".
///
/// The file is JSON: `SurveyEntry`, and `SurveyElements`, whose `SQ` elements hold the
/// questions. A question's `Payload` has its `QuestionID` (`QID2`), `DataExportTag` (`Q2`,
/// `FREQ`), `QuestionText`, `Choices` (a matrix's statements — here the roles — or a multiple
/// choice question's options) and, for a matrix, `Answers` (the scale); the value exported for
/// an answer is its `RecodeValues` entry, or its id when there is none.
///
/// The export names a matrix's columns `<DataExportTag>_<choice id>` and identifies them in its
/// third header row as `{"ImportId":"QID2_1"}`; columns are matched by that id (the export tag
/// can be renamed), else by name. What it translates:
/// - a matrix (`Matrix`, one answer per statement): each statement's column is headed
///   `Question - Statement` and its values become the answers' texts;
/// - a single-answer multiple choice question (`MC`, the respondent's role): its values become
///   the choices' texts; a choice with a text box becomes the typed text when that names a role
///   the file knows, else no answer;
/// - a question whose wording is not the instrument's but whose export tag is rckit's own
///   (`FREQ` … `RESP`) is read as that dimension.
///
/// It also says which role each loop of a Loop & Merge block over the roles asks about
/// (``QualtricsLoop``), which the export itself does not.
enum QualtricsSurveyFile {
    /// Reads a survey file into the translation of its numeric exports.
    static func load(_ path: String, instrument: Instrument) throws -> SurveyXactDataset {
        try read(bytes: try SetupFile.contents(of: path), file: path, instrument: instrument)
    }

    /// Reads the bytes of a survey file named `path` (for messages).
    static func read(bytes: [UInt8], file path: String, instrument: Instrument) throws(IngestError)
        -> SurveyXactDataset
    {
        let document: JSONValue
        do {
            document = try JSONValue.parse(Data(bytes))
        } catch {
            throw IngestError(
                file: path, line: error.line, column: error.column,
                message: "not a Qualtrics survey file (.qsf): \(error.message)")
        }
        guard case let .array(elements)? = document["SurveyElements"], document["SurveyEntry"] != nil else {
            throw IngestError(
                file: path, line: 1,
                message: "not a Qualtrics survey file (.qsf): it needs \"SurveyEntry\" and \"SurveyElements\" "
                    + "(Qualtrics: Tools → Import/Export → Export Survey)")
        }
        let questions = elements.compactMap { element -> JSONValue? in
            guard element["Element"]?.string == "SQ", let payload = element["Payload"], payload.isObject else {
                return nil
            }
            return payload
        }
        var dataset = translation(of: questions, file: path, instrument: instrument)
        dataset.loops = QualtricsLoop.loops(in: elements, file: path)
        return dataset
    }

    /// The translation the questions' payloads give.
    static func translation(of questions: [JSONValue], file: String, instrument: Instrument) -> SurveyXactDataset {
        var dataset = SurveyXactDataset(questions: [:], labels: [:], structureFile: file, format: .qualtrics)
        let matcher = HeaderMatcher(instrument: instrument)
        var roles: [String] = []
        for payload in questions {
            guard let id = payload["QuestionID"]?.string else { continue }
            let tag = payload["DataExportTag"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? id
            let text = REDCap.plainText(payload["QuestionText"]?.string ?? "")
            let choices = entries(payload["Choices"])
            let recodes = payload["RecodeValues"].map(entries) ?? []
            func value(_ id: String) -> String {
                recodes.first { $0.key == id }.map { REDCap.plainText(display($0.value)) } ?? id
            }
            switch payload["QuestionType"]?.string {
            case "Matrix" where payload["SubSelector"]?.string != "MultipleAnswer":
                let asked = SetupCodes.question(text, fallback: SetupCodes.dimension(forCode: tag), matcher: matcher)
                var answers: [String: String] = [:]
                for answer in entries(payload["Answers"]) { answers[value(answer.key)] = display(answer.value) }
                let exportTags = entries(payload["ChoiceDataExportTags"])
                for choice in choices {
                    let role = display(choice.value)
                    roles.append(role)
                    var names = ["\(tag)_\(choice.key)"]
                    if let own = exportTags.first(where: { $0.key == choice.key }).map({ display($0.value) }),
                        !own.isEmpty
                    {
                        names += ["\(tag)_\(own)", own]
                    }
                    for name in names where dataset.questions[name] == nil {
                        dataset.questions[name] = "\(asked) - \(role)"
                        dataset.labels[name] = answers
                    }
                    dataset.importIDs["\(id)_\(choice.key)"] = names[0]
                }
            case "MC" where !(payload["Selector"]?.string ?? "").hasPrefix("MA"):
                dataset.questions[tag] = text
                dataset.importIDs[id] = tag
                var labels: [String: String] = [:]
                for choice in choices {
                    labels[value(choice.key)] = display(choice.value)
                    roles.append(display(choice.value))
                    if choice.value["TextEntry"].map(isTrue) == true {
                        let typed = "\(tag)_\(choice.key)_TEXT"
                        dataset.importIDs["\(id)_\(choice.key)_TEXT"] = typed
                        dataset.otherTexts[tag] = SurveyXactDataset.OtherText(
                            code: value(choice.key), variables: [typed])
                    }
                }
                dataset.labels[tag] = labels
            default:
                continue
            }
        }
        dataset.knownRoles = roles
        return dataset
    }

    /// The id in a cell of an export's third header row: `{"ImportId":"QID2_1"}` → `QID2_1`
    /// (older exports: `{'ImportId': 'QID2-1'}` → `QID2_1`); nil for any other text.
    static func importID(in field: String) -> String? {
        guard let key = field.range(of: "ImportId") else { return nil }
        var rest = field[key.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        let id = String(value)
        return id.hasPrefix("QID") ? id.replacingOccurrences(of: "-", with: "_") : id
    }

    /// The members of an object (`{"1": …}`), or an array's items numbered from 1; none for
    /// anything else (`false`).
    private static func entries(_ value: JSONValue?) -> [(key: String, value: JSONValue)] {
        switch value {
        case let .object(members)?: members.map { (key: $0.0, value: $0.1) }
        case let .array(items)?: items.enumerated().map { (key: String($0.offset + 1), value: $0.element) }
        default: []
        }
    }

    /// The text a choice or answer shows (`{"Display": "Læge"}`), or a plain value's text.
    private static func display(_ value: JSONValue) -> String {
        switch value {
        case let .string(text): text
        case let .number(number): number.compact
        case .object: REDCap.plainText(value["Display"]?.string ?? "")
        default: ""
        }
    }

    private static func isTrue(_ value: JSONValue) -> Bool {
        switch value {
        case let .bool(flag): flag
        case let .string(text): text.lowercased() == "true"
        default: false
        }
    }
}

extension JSONValue {
    /// The text of a string value.
    fileprivate var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    fileprivate var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}

import Foundation
import RCSurvey

/// What rckit reads of a Qualtrics survey file (`.qsf`, "Export Survey"): each looped block's
/// loops — for Loop & Merge over roles, which role each loop asks about — and its questions'
/// export tags. A `.qsf` is JSON: `SurveyElements` holds the blocks (`"Element": "BL"`, whose
/// `Options` say `"Looping": "Static"` with `LoopingOptions.Static` = `{"1": {"1": "Læge"}, …}`,
/// loop → field → text, or `"Looping": "Question"` over the choices of `LoopingOptions.QID`) and
/// the questions (`"Element": "SQ"`: `QuestionID`, `DataExportTag`, `Choices`).
public struct QualtricsSurveyFile: Sendable, Equatable {
    /// A looped block: its loops' fields by loop number, and its questions' export tags.
    public struct Loop: Sendable, Equatable {
        /// Loop number → field number → text (`"1"` → `"1"` → `Læge`).
        public var fields: [String: [String: String]]
        /// The export tags of the block's questions (`Q2`), in order.
        public var tags: [String]
    }

    /// The file, for messages.
    public var file: String
    public var loops: [Loop]

    /// Reads a survey file.
    public static func load(path: String) throws -> QualtricsSurveyFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, message: "cannot read the Qualtrics survey file")
        }
        let value: JSONValue
        do { value = try JSONValue.parse(data) } catch {
            throw IngestError(file: path, line: error.line, column: error.column, message: error.message)
        }
        guard case let .array(elements)? = value["SurveyElements"] else {
            throw IngestError(
                file: path,
                message: "not a Qualtrics survey file (.qsf): it has no SurveyElements; export it with Tools → "
                    + "Import/Export → Export Survey")
        }
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case let .string(text)?: text
            case let .number(number)?: number == number.rounded() ? String(Int(number)) : String(number)
            default: nil
            }
        }
        func members(_ value: JSONValue?) -> [(String, JSONValue)] {
            switch value {
            case let .object(members)?: members
            case let .array(items)?: items.enumerated().map { (String($0.offset), $0.element) }
            default: []
            }
        }
        var tags: [String: String] = [:]
        var choices: [String: [String: String]] = [:]
        for element in elements where text(element["Element"]) == "SQ" {
            guard let payload = element["Payload"], let id = text(payload["QuestionID"]) else { continue }
            tags[id] = text(payload["DataExportTag"]) ?? id
            for (key, choice) in members(payload["Choices"]) {
                if let display = text(choice["Display"]) { choices[id, default: [:]][key] = display }
            }
        }
        var loops: [Loop] = []
        for element in elements where text(element["Element"]) == "BL" {
            for (_, block) in members(element["Payload"]) {
                guard let options = block["Options"], let looping = text(options["Looping"]), looping != "None"
                else { continue }
                var fields: [String: [String: String]] = [:]
                let settings = options["LoopingOptions"]
                if looping == "Static" {
                    for (loop, entry) in members(settings?["Static"]) {
                        for (field, value) in members(entry) { fields[loop, default: [:]][field] = text(value) }
                    }
                } else if let question = text(settings?["QID"]) {
                    // Loops over a question's choices: loop n is choice n, its text the field.
                    for (choice, display) in choices[question] ?? [:] { fields[choice] = ["1": display] }
                }
                let questionTags = members(block["BlockElements"]).compactMap { _, entry -> String? in
                    guard text(entry["Type"]) == "Question", let id = text(entry["QuestionID"]) else { return nil }
                    return tags[id] ?? id
                }
                loops.append(Loop(fields: fields, tags: questionTags))
            }
        }
        return QualtricsSurveyFile(file: path, loops: loops)
    }

    /// The survey file that goes with an export: the one named (`--structure FILE.qsf`), else a
    /// `.qsf` of the same name beside it (`Survey.csv` → `Survey.qsf`).
    static func path(besides file: String, options: IngestOptions) -> String? {
        if let named = options.structure { return isSurveyFile(named) ? named : nil }
        let stem = (file as NSString).deletingPathExtension
        for candidate in [stem + ".qsf", stem + ".QSF"] where FileManager.default.isReadableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// Whether a path names a Qualtrics survey file rather than a SurveyXact structure.
    static func isSurveyFile(_ path: String) -> Bool { path.lowercased().hasSuffix(".qsf") }
}

import RCSurvey

/// A looped block of a Qualtrics survey file (`.qsf`, ``QualtricsSurveyFile``): for Loop & Merge
/// over the roles, which role each loop asks about. The block's `Options` say
/// `"Looping": "Static"` with `LoopingOptions.Static` = `{"1": {"1": "Læge"}, …}` (loop → field →
/// text), or `"Looping": "Question"` over the choices of the question `LoopingOptions.QID`.
public struct QualtricsLoop: Sendable, Equatable {
    /// Loop number → field number → text (`"1"` → `"1"` → `Læge`).
    public var fields: [String: [String: String]]
    /// The export tags of the block's questions (`Q2`), in order.
    public var tags: [String]
    /// The survey file, for messages.
    public var file: String

    /// The looped blocks among a survey file's elements (`SurveyElements`).
    static func loops(in elements: [JSONValue], file: String) -> [QualtricsLoop] {
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case let .string(text)?: text
            case let .number(number)?: number.compact
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
        var loops: [QualtricsLoop] = []
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
                loops.append(QualtricsLoop(fields: fields, tags: questionTags, file: file))
            }
        }
        return loops
    }
}

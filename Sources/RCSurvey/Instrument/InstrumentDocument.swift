/// A cursor into a JSON document that knows its key path, for validating instrument files
/// field by field with messages that say where the problem is.
struct InstrumentDocument {
    let value: JSONValue
    let path: String
    let file: String

    func fail(_ message: String) -> InstrumentError {
        InstrumentError(file: file, keyPath: path.isEmpty ? "(top level)" : path, message: message)
    }

    private func child(_ key: String, _ value: JSONValue) -> InstrumentDocument {
        InstrumentDocument(value: value, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The members of an object, refusing keys outside `allowed` (typos are errors, not silence).
    func object(allowed: [String]) throws(InstrumentError) -> [String: InstrumentDocument] {
        guard case let .object(members) = value else { throw fail("expected an object {…}, found \(value.kindName)") }
        var result: [String: InstrumentDocument] = [:]
        for (key, member) in members {
            guard allowed.contains(key) else {
                throw child(key, member).fail("unknown key; expected one of: \(allowed.joined(separator: ", "))")
            }
            result[key] = child(key, member)
        }
        return result
    }

    func array(nonEmpty: Bool = false) throws(InstrumentError) -> [InstrumentDocument] {
        guard case let .array(items) = value else { throw fail("expected a list […], found \(value.kindName)") }
        if nonEmpty && items.isEmpty { throw fail("the list is empty") }
        return items.enumerated().map { InstrumentDocument(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func string(nonEmpty: Bool = true) throws(InstrumentError) -> String {
        guard case let .string(text) = value else { throw fail("expected a text in quotes, found \(value.kindName)") }
        if nonEmpty && text.trimmingWhitespace().isEmpty { throw fail("the text is empty") }
        return text
    }

    func number() throws(InstrumentError) -> Double {
        guard case let .number(number) = value else { throw fail("expected a number, found \(value.kindName)") }
        return number
    }

    func integer(in range: ClosedRange<Int>) throws(InstrumentError) -> Int {
        let number = try number()
        guard number == number.rounded(), number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw fail(
                "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(number.compact)")
        }
        return Int(number)
    }

    func bool() throws(InstrumentError) -> Bool {
        guard case let .bool(flag) = value else { throw fail("expected true or false, found \(value.kindName)") }
        return flag
    }

    /// A text in several languages, `{"da": "…", "en": "…"}`, or one plain text for all.
    func localizedText() throws(InstrumentError) -> LocalizedText {
        if case let .string(text) = value {
            guard !text.trimmingWhitespace().isEmpty else { throw fail("the text is empty") }
            return LocalizedText([.da: text, .en: text])
        }
        let members = try object(allowed: Language.allCases.map(\.rawValue))
        guard !members.isEmpty else {
            throw fail("expected at least one language, e.g. {\"da\": \"…\", \"en\": \"…\"}")
        }
        var values: [Language: String] = [:]
        for language in Language.allCases {
            if let member = members[language.rawValue] { values[language] = try member.string() }
        }
        return LocalizedText(values)
    }
}

extension JSONValue {
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "a text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

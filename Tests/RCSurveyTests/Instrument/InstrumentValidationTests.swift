import Foundation
import Testing

@testable import RCSurvey

/// Every way an instrument file can be wrong gives an error naming the file and the key path.
@Suite struct InstrumentValidationTests {
    static let scale =
        #"{"id": "s", "min": 1, "max": 5, "options": [{"score": 1, "label": "Low"}, {"score": 5, "label": "High"}]}"#
    static let item = #"{"dimension": "shared_goals", "scale": "s", "question": "Q [process]"}"#

    /// A valid document with one field replaced.
    static func document(
        version: String = "1", name: String = #""n""#, language: String? = nil,
        process: String = #""p""#, scales: String = "[\(scale)]", items: String = "[\(item)]",
        extra: String = ""
    ) -> String {
        var fields = [
            #""rckit_instrument": \#(version)"#, #""name": \#(name)"#, #""process": \#(process)"#,
            #""scales": \#(scales)"#, #""items": \#(items)"#
        ]
        if let language { fields.append(#""language": \#(language)"#) }
        if !extra.isEmpty { fields.append(extra) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        var keyPath: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "not an object", json: "[1]", keyPath: "(top level)", message: "expected an object"),
        Case(
            name: "no version", json: #"{"name": "x"}"#, keyPath: "(top level)", message: "missing \"rckit_instrument\""
        ),
        Case(
            name: "future version", json: document(version: "2"), keyPath: "rckit_instrument", message: "format 1 only"),
        Case(
            name: "version not a number", json: document(version: #""1""#), keyPath: "rckit_instrument",
            message: "expected a number"),
        Case(
            name: "unknown top-level key", json: document(extra: #""min_item": 3"#), keyPath: "min_item",
            message: "unknown key"),
        Case(
            name: "name missing", json: #"{"rckit_instrument": 1, "process": "p", "scales": [], "items": []}"#,
            keyPath: "(top level)", message: "missing required key \"name\""),
        Case(name: "name empty", json: document(name: #""  ""#), keyPath: "name", message: "the text is empty"),
        Case(name: "name not text", json: document(name: "3"), keyPath: "name", message: "expected a text"),
        Case(
            name: "bad language", json: document(language: #""de""#), keyPath: "language",
            message: "unknown language \"de\""),
        Case(
            name: "process missing",
            json: #"{"rckit_instrument": 1, "name": "n", "scales": [\#(scale)], "items": [\#(item)]}"#,
            keyPath: "(top level)", message: "missing required key \"process\""),
        Case(
            name: "process bad language key", json: document(process: #"{"fr": "x"}"#), keyPath: "process.fr",
            message: "unknown key"),
        Case(
            name: "process no languages", json: document(process: "{}"), keyPath: "process",
            message: "at least one language"),
        Case(
            name: "process empty text", json: document(process: #"{"da": ""}"#), keyPath: "process.da",
            message: "the text is empty"),
        Case(name: "scales empty", json: document(scales: "[]"), keyPath: "scales", message: "the list is empty"),
        Case(name: "scales not a list", json: document(scales: "{}"), keyPath: "scales", message: "expected a list"),
        Case(
            name: "scale unknown key",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [], "colour": 1}]"#),
            keyPath: "scales[0].colour", message: "unknown key"),
        Case(
            name: "scale id missing", json: document(scales: #"[{"min": 1, "max": 5, "options": []}]"#),
            keyPath: "scales[0]", message: "missing required key \"id\""),
        Case(
            name: "scale min missing", json: document(scales: #"[{"id": "s", "max": 5, "options": []}]"#),
            keyPath: "scales[0]", message: "missing required key \"min\""),
        Case(
            name: "scale max not number",
            json: document(scales: #"[{"id": "s", "min": 1, "max": "5", "options": []}]"#), keyPath: "scales[0].max",
            message: "expected a number"),
        Case(
            name: "scale max below min", json: document(scales: #"[{"id": "s", "min": 5, "max": 1, "options": []}]"#),
            keyPath: "scales[0].max", message: "must be greater than min"),
        Case(
            name: "scale integer flag not bool",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "integer_scores": 1, "options": []}]"#),
            keyPath: "scales[0].integer_scores", message: "expected true or false"),
        Case(
            name: "options empty", json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": []}]"#),
            keyPath: "scales[0].options", message: "the list is empty"),
        Case(
            name: "option score missing",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"label": "x"}]}]"#),
            keyPath: "scales[0].options[0]", message: "missing required key \"score\""),
        Case(
            name: "option label missing",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 1}]}]"#),
            keyPath: "scales[0].options[0]", message: "missing required key \"label\""),
        Case(
            name: "option score out of range",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 6, "label": "x"}]}]"#),
            keyPath: "scales[0].options[0].score", message: "outside the scale 1–5"),
        Case(
            name: "option score fractional",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 2.5, "label": "x"}]}]"#),
            keyPath: "scales[0].options[0].score", message: "not a whole number"),
        Case(
            name: "two options same score",
            json: document(
                scales:
                    #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 2, "label": "x"}, {"score": 2, "label": "y"}]}]"#
            ), keyPath: "scales[0].options[1].score", message: "two options have the score 2"),
        Case(
            name: "duplicate label",
            json: document(
                scales:
                    #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 1, "label": "Low"}, {"score": 2, "label": " low "}]}]"#
            ), keyPath: "scales[0].options[1].label", message: "already used"),
        Case(
            name: "missing label clashes with option",
            json: document(
                scales:
                    #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 1, "label": "Low"}], "missing": ["LOW"]}]"#
            ), keyPath: "scales[0].missing[0]", message: "already used"),
        Case(
            name: "numeric label",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 1, "label": "3"}]}]"#),
            keyPath: "scales[0].options[0].label", message: "looks like a score"),
        Case(
            name: "punctuation-only label",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 5, "options": [{"score": 1, "label": "--"}]}]"#),
            keyPath: "scales[0].options[0].label", message: "at least one letter"),
        Case(
            name: "duplicate scale id", json: document(scales: "[\(scale), \(scale)]"), keyPath: "scales[1]",
            message: "used twice"),
        Case(name: "items empty", json: document(items: "[]"), keyPath: "items", message: "the list is empty"),
        Case(
            name: "item unknown dimension",
            json: document(items: #"[{"dimension": "trust", "scale": "s", "question": "q"}]"#),
            keyPath: "items[0].dimension", message: "unknown dimension \"trust\""),
        Case(
            name: "item dimension twice", json: document(items: "[\(item), \(item)]"), keyPath: "items[1].dimension",
            message: "asked twice"),
        Case(
            name: "item unknown scale",
            json: document(items: #"[{"dimension": "shared_goals", "scale": "x", "question": "q"}]"#),
            keyPath: "items[0].scale", message: "no scale has the id \"x\""),
        Case(
            name: "item question missing", json: document(items: #"[{"dimension": "shared_goals", "scale": "s"}]"#),
            keyPath: "items[0]", message: "missing required key \"question\""),
        Case(
            name: "item unknown key",
            json: document(items: #"[{"dimension": "shared_goals", "scale": "s", "question": "q", "weight": 2}]"#),
            keyPath: "items[0].weight", message: "unknown key"),
        Case(
            name: "min_items too large", json: document(extra: #""min_items": 2"#), keyPath: "min_items",
            message: "from 1 to 1"),
        Case(
            name: "min_items fractional", json: document(extra: #""min_items": 0.5"#), keyPath: "min_items",
            message: "whole number"),
        Case(
            name: "strength reversed", json: document(extra: #""strength": {"weak_below": 4, "strong_above": 3}"#),
            keyPath: "strength.strong_above", message: "must not be below"),
        Case(
            name: "strength incomplete", json: document(extra: #""strength": {"weak_below": 4}"#), keyPath: "strength",
            message: "missing required key \"strong_above\""),
        Case(
            name: "roles not a list", json: document(extra: #""roles": "a""#), keyPath: "roles",
            message: "expected a list"),
        Case(
            name: "role without name", json: document(extra: #""roles": [{"aliases": []}]"#), keyPath: "roles[0]",
            message: "missing required key \"name\""),
        Case(
            name: "role name twice", json: document(extra: #""roles": [{"name": "Læge"}, {"name": "læge"}]"#),
            keyPath: "roles[1].name", message: "already names the role \"Læge\""),
        Case(
            name: "alias clashes",
            json: document(extra: #""roles": [{"name": "Læge"}, {"name": "Spl", "aliases": ["LÆGE"]}]"#),
            keyPath: "roles[1].aliases[0]", message: "already names the role"),
        Case(
            name: "patient not bool", json: document(extra: #""roles": [{"name": "P", "patient": "yes"}]"#),
            keyPath: "roles[0].patient", message: "expected true or false"),
        Case(
            name: "role unknown key", json: document(extra: #""roles": [{"name": "P", "order": 1}]"#),
            keyPath: "roles[0].order", message: "unknown key"),
        // Scores and thresholds within ±1,000: a scale of ±1e308 trapped, 1e17 hung drawing its axis.
        Case(
            name: "scale max 1e308",
            json: document(
                scales: #"[{"id": "s", "min": -1e308, "max": 1e308, "options": [{"score": 1, "label": "A"}]}]"#),
            keyPath: "scales[0].min", message: "outside the scores an instrument may use, -1000 to 1000"),
        Case(
            name: "scale max 1e17",
            json: document(scales: #"[{"id": "s", "min": 1, "max": 1e17, "options": [{"score": 1, "label": "A"}]}]"#),
            keyPath: "scales[0].max", message: "outside the scores an instrument may use"),
        Case(
            name: "scale max 1e6",
            json: document(
                scales: #"[{"id": "s", "min": 1, "max": 1000000, "options": [{"score": 1, "label": "A"}]}]"#),
            keyPath: "scales[0].max", message: "outside the scores an instrument may use"),
        Case(
            name: "threshold 1e300", json: document(extra: #""strength": {"weak_below": 3, "strong_above": 1e300}"#),
            keyPath: "strength.strong_above", message: "outside the scores an instrument may use"),
        Case(
            name: "meaningful change 0", json: document(extra: #""meaningful_change": 0"#),
            keyPath: "meaningful_change",
            message: "must be above 0 and at most the scale's range, 4"),
        Case(
            name: "meaningful change beyond the scale", json: document(extra: #""meaningful_change": 4.5"#),
            keyPath: "meaningful_change", message: "at most the scale's range"),
        Case(
            name: "meaningful change text", json: document(extra: #""meaningful_change": "0.2""#),
            keyPath: "meaningful_change", message: "expected a number"),
        Case(
            name: "meaningful change 1e300", json: document(extra: #""meaningful_change": 1e300"#),
            keyPath: "meaningful_change", message: "outside the scores an instrument may use")
    ]

    @Test func aScaleAtTheLimitsIsFine() throws {
        let json = Self.document(
            scales:
                #"[{"id": "s", "min": -1000, "max": 1000, "options": [{"score": -1000, "label": "A"}, {"score": 1000, "label": "B"}]}]"#
        )
        let instrument = try Instrument.decode(Data(json.utf8), file: "wide.json")
        #expect(instrument.scales[0].maximum == 1000)
    }

    @Test(arguments: cases)
    func invalidDocumentNamesKeyPath(_ testCase: Case) {
        // The base document must itself be valid, or the case proves nothing.
        #expect(throws: Never.self) { try Instrument.decode(Data(Self.document().utf8), file: "base.json") }
        do {
            _ = try Instrument.decode(Data(testCase.json.utf8), file: "bad.json")
            Issue.record("accepted an invalid instrument: \(testCase.json)")
        } catch {
            #expect(error.file == "bad.json")
            #expect(error.keyPath == testCase.keyPath, "\(error)")
            #expect(error.description.contains(testCase.message), "\(error)")
            #expect(error.description.hasPrefix("bad.json: \(testCase.keyPath): "))
        }
    }

    @Test(arguments: [
        ("", 1, 1, "empty"),
        ("{\n  \"name\": \n}", 3, 1, "expected a JSON value"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 8, "appears twice"),
        ("{\"a\": \"unterminated", 1, 20, "unterminated string"),
        ("{} x", 1, 4, "after the JSON value"),
        (String(repeating: "[", count: 1000), 1, 257, "nesting deeper"),
        ("\u{0}\u{1}\u{2}", 1, 1, "unexpected character")
    ])
    func syntaxErrorsGiveLineAndColumn(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try Instrument.decode(Data(text.utf8), file: "broken.json")
            Issue.record("accepted broken JSON")
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.description.hasPrefix("broken.json:\(line):\(column): "))
            #expect(error.message.contains(message), "\(error)")
        }
    }

    /// `meaningful_change` (SPEC §4's δ): read, written back, and a twentieth of the range without it.
    @Test func meaningfulChangeIsReadAndWrittenBack() throws {
        let given = try Instrument.decode(Data(Self.document(extra: #""meaningful_change": 0.3"#).utf8), file: "i.json")
        #expect(given.meaningfulChange == 0.3 && given.minimumChange == 0.3)
        let again = try Instrument.decode(Data(given.jsonValue.serialized().utf8), file: "again.json")
        #expect(again == given)
        let standard = try Instrument.decode(Data(Self.document().utf8), file: "i.json")
        #expect(standard.meaningfulChange == nil && standard.minimumChange == 0.2)
    }

    @Test func notUTF8IsAnError() {
        #expect(throws: InstrumentError.self) {
            try Instrument.decode(Data([0x7B, 0x22, 0xE6, 0x22, 0x3A, 0x31, 0x7D]), file: "x.json")
        }
    }
}

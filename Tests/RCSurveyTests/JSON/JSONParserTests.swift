import Foundation
import Testing

@testable import RCSurvey

/// The JSON parser on its own: what it accepts, what it refuses, and where it says the problem is.
@Suite struct JSONParserTests {
    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    static func failure(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesOfEveryKind() throws {
        let value = try Self.parse(#"{"a": [1, -2.5e2, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(
            value
                == .object([
                    ("a", .array([.number(1), .number(-250), .bool(true), .bool(false), .null])),
                    ("b", .object([("c", .string("d"))])),
                    ("e", .string(""))
                ]))
    }

    @Test func keepsTheOrderOfKeys() throws {
        let value = try Self.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        guard case let .object(members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == ["z", "a", "m"])
    }

    @Test func stringEscapesAndSurrogatePairs() throws {
        let value = try Self.parse(#"["\"\\\/\b\f\n\r\t", "\u00e6\u00f8\u00e5", "\ud83d\ude00", "Ærø"]"#)
        #expect(value == .array([.string("\"\\/\u{8}\u{C}\n\r\t"), .string("æøå"), .string("😀"), .string("Ærø")]))
    }

    @Test func byteOrderMarkIsTolerated() throws {
        var parser = JSONParser(bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(try parser.parseDocument() == .array([.number(1)]))
    }

    @Test(
        arguments: [
            ("", 1, 1, "empty"),
            ("[1,]", 1, 4, "expected a JSON value"),
            ("{\"a\" 1}", 1, 6, nil),
            ("[1]\n x", 2, 2, "after the JSON value"),
            ("{\n  \"a\": tru\n}", 2, 8, nil),
            ("[01]", 1, 2, "start with 0"),
            ("\"abc", 1, 5, nil),
            ("\"a\u{1}b\"", 1, 3, nil),
            ("[\"\\ud800\"]", 1, 9, nil),
            ("[1e999]", 1, 7, "out of range"),
            ("{\"æ\": x}", 1, 7, nil)
        ] as [(String, Int, Int, String?)])
    func refusesWithLineAndColumn(text: String, line: Int, column: Int, says: String?) {
        let error = Self.failure(text)
        #expect(error != nil, "accepted \(text.debugDescription)")
        #expect(error?.line == line, "\(text.debugDescription): \(String(describing: error))")
        #expect(error?.column == column, "\(text.debugDescription): \(String(describing: error))")
        if let says { #expect(error?.message.contains(says) == true, "\(String(describing: error))") }
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(Self.failure(deep)?.message.contains("nesting") == true)
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(Self.failure(fine) == nil)
    }

    @Test func roundTripsThroughSerialization() throws {
        let value = JSONValue.object([
            ("text", .string("line\r\nbreak \"quoted\" \u{2028}")), ("n", .number(0.1)),
            ("list", .array([.null, .bool(true), .number(-3)]))
        ])
        #expect(try Self.parse(value.serialized(pretty: true)) == value)
        #expect(try Self.parse(value.serialized(pretty: false)) == value)
    }
}

import Foundation

/// A JSON document as a value, with object keys in the order they are written.
///
/// rckit writes its JSON through this type so that key order, number formatting and
/// escaping are the same in every output, and reads instrument files through it so that
/// every field can be validated with its key path.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object: its members as key–value pairs, in order.
    case object([(String, JSONValue)])

    /// Whether two values are the same JSON, objects' members compared in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A number, or `null` when the value is absent or not finite.
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// A whole number.
    public static func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }
}

extension JSONValue {
    /// Parses JSON text. Throws `JSONSyntaxError` with the line and column of the problem.
    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: [UInt8](data))
        return try parser.parseDocument()
    }

    /// Serialises the value: pretty-printed with two-space indentation, or compact.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, style: pretty ? .pretty : .compact, indent: 0)
        if pretty { out.append("\n") }
        return out
    }

    private enum Style { case compact, inline, pretty }

    private func write(to out: inout String, style: Style, indent: Int) {
        switch self {
        case .null: out.append("null")
        case let .bool(value): out.append(value ? "true" : "false")
        case let .number(value): out.append(JSONValue.format(value))
        case let .string(value): JSONValue.writeString(value, to: &out)
        case let .array(items):
            if items.isEmpty { out.append("[]"); return }
            // Arrays of scalars stay on one line: they read better and diff better.
            let inner: Style = style == .pretty && items.allSatisfy(\.isScalar) ? .inline : style
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(inner == .compact ? "," : (inner == .inline ? ", " : ",")) }
                if inner == .pretty { out.append("\n"); out.append(String(repeating: "  ", count: indent + 1)) }
                item.write(to: &out, style: inner, indent: indent + 1)
            }
            if inner == .pretty { out.append("\n"); out.append(String(repeating: "  ", count: indent)) }
            out.append("]")
        case let .object(members):
            if members.isEmpty { out.append("{}"); return }
            var inner = style
            // Small objects of scalars ({"da": "Aldrig", "en": "Never"}) stay on one line.
            if style == .pretty, members.count <= 4, members.allSatisfy({ $0.1.isScalar }) {
                var line = ""
                write(to: &line, style: .inline, indent: 0)
                // A line never has more characters than UTF-8 bytes: count them only when needed.
                if line.utf8.count <= 90 || line.count <= 90 { out.append(line); return }
                inner = .pretty
            }
            out.append("{")
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(inner == .inline ? ", " : ",") }
                if inner == .pretty { out.append("\n"); out.append(String(repeating: "  ", count: indent + 1)) }
                JSONValue.writeString(key, to: &out)
                out.append(inner == .compact ? ":" : ": ")
                value.write(to: &out, style: inner, indent: indent + 1)
            }
            if inner == .pretty { out.append("\n"); out.append(String(repeating: "  ", count: indent)) }
            out.append("}")
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Integers without a fraction, everything else in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9.0e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func writeString(_ value: String, to out: inout String) {
        out.append("\"")
        if !needsEscaping(value) {
            out.append(value)
            out.append("\"")
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append("\\u")
                    let hex = String(scalar.value, radix: 16)
                    out.append(String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}

extension JSONValue {
    /// Whether `value` may hold a character ``writeString(_:to:)`` escapes: a quote, a
    /// backslash, a control character, or (by its lead byte 0xE2) U+2028 or U+2029.
    private static func needsEscaping(_ value: String) -> Bool {
        value.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }
    }
}

/// JSON text that could not be parsed, with the 1-based line and column of the problem.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, counted in characters (Unicode scalars).
    public var column: Int
    /// What is wrong.
    public var message: String
}

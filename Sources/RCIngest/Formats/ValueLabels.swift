import Foundation
import RCSurvey

/// What the codes of an export mean, when the file holds codes (`1`, `6`, `-99`, `AO01`) where
/// rckit needs the response labels or role names, and nothing in the file says what they mean:
/// a Qualtrics "numeric values" export, LimeSurvey's answer codes.
///
/// Each table is keyed by what it applies to — a column (its header, or a Qualtrics export tag
/// or variable name), a dimension id (`frequent_communication`), a scale id (`frequency`), or
/// `*` for every answer column — and maps a code to the text it stands for: a response label
/// (`Aldrig`), a missing label (`Ved ikke`), a score, or for the respondent's role column a role
/// name. A column's own table wins over its dimension's, which wins over its scale's and `*`.
///
/// The file given with `--value-labels` is CSV with the rows `column,code,label` (an optional
/// header row `column,code,label`); a mapping file's `values` section holds the same as JSON:
/// `"values": {"*": {"6": "Ved ikke"}, "FAG": {"A1": "Læge"}}`.
public struct ValueLabels: Sendable, Equatable {
    /// Code → label, by column, dimension id, scale id or `*`.
    public var tables: [String: [String: String]]
    /// Where the tables came from, for messages.
    public var source: String

    /// Tables by column, dimension id, scale id or ``everyAnswer``; `source` names where they came from.
    public init(tables: [String: [String: String]] = [:], source: String = "") {
        self.tables = tables.reduce(into: [:]) { result, entry in
            result[entry.key.trimmingWhitespace(), default: [:]].merge(entry.value) { _, new in new }
        }
        self.source = source
    }

    /// Whether no table gives any code a meaning.
    public var isEmpty: Bool { tables.allSatisfy(\.value.isEmpty) }

    /// The key that applies to every answer column.
    public static let everyAnswer = "*"

    /// These tables with `other`'s added; `other` wins where both give a code a meaning.
    public func merging(_ other: ValueLabels) -> ValueLabels {
        var merged = tables
        for (key, table) in other.tables { merged[key, default: [:]].merge(table) { _, new in new } }
        return ValueLabels(
            tables: merged, source: [source, other.source].filter { !$0.isEmpty }.joined(separator: ", "))
    }

    /// The codes of a column that holds the respondent's role, by its header texts.
    func roleCodes(headers: [String]) -> [String: String] {
        var table: [String: String] = [:]
        for header in headers.reversed() { table.merge(tables[header.trimmingWhitespace()] ?? [:]) { _, new in new } }
        return table
    }

    /// The codes of an answer column on `dimension` with `scale`, by its header texts (the most
    /// telling first): `*`, then the scale's, the dimension's and the column's own.
    func answerCodes(headers: [String], dimension: RCSurvey.Dimension, scale: String?) -> [String: String] {
        var table = tables[Self.everyAnswer] ?? [:]
        for key in [scale, dimension.id].compactMap({ $0 }) { table.merge(tables[key] ?? [:]) { _, new in new } }
        table.merge(roleCodes(headers: headers)) { _, new in new }
        return table
    }

    /// Reads a `--value-labels` file: CSV rows of column, code, label. A code given two
    /// different labels for one column is an error naming both lines: which one was meant
    /// cannot be known (the same label twice is fine).
    public static func load(path: String, csv: CSVOptions = CSVOptions()) throws -> ValueLabels {
        var reader = try CSVReader(path: path, options: csv)
        var tables: [String: [String: String]] = [:]
        var lines: [String: [String: Int]] = [:]
        var first = true
        while let record = try reader.next() {
            defer { first = false }
            let fields = record.fields.map { $0.trimmingWhitespace() }
            if fields.allSatisfy(\.isEmpty) { continue }
            if first, ["column", "kolonne", "variable", "variabel"].contains(TextKey(fields[0]).value) { continue }
            guard fields.count >= 3, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty else {
                throw IngestError(
                    file: path, line: record.line,
                    message: "expected a row of column, code, label (like '*,6,Ved ikke' or 'Q1,2,Læge')")
            }
            if let earlier = tables[fields[0]]?[fields[1]], TextKey(earlier) != TextKey(fields[2]) {
                let line = lines[fields[0]]?[fields[1]] ?? 0
                throw IngestError(
                    file: path, line: record.line,
                    message:
                        "the code '\(fields[1])' of '\(fields[0])' is '\(fields[2])' here but '\(earlier)' on line \(line); "
                        + "give each code one label")
            }
            if tables[fields[0]]?[fields[1]] == nil {
                tables[fields[0], default: [:]][fields[1]] = fields[2]
                lines[fields[0], default: [:]][fields[1]] = record.line
            }
        }
        guard !tables.isEmpty else {
            throw IngestError(file: path, line: 1, message: "the value labels file has no rows of column, code, label")
        }
        return ValueLabels(tables: tables, source: path)
    }

    /// Reads the `values` section of a mapping file; `fail` makes its errors.
    static func decode(_ value: JSONValue, source: String, fail: (String, String) -> IngestError) throws(IngestError)
        -> ValueLabels
    {
        guard case let .object(entries) = value else {
            throw fail(
                "values",
                "expected an object of columns (or dimensions, or \"*\") and their codes, {\"*\": {\"6\": \"Ved ikke\"}}"
            )
        }
        var tables: [String: [String: String]] = [:]
        for (key, entry) in entries {
            guard case let .object(codes) = entry else {
                throw fail("values.\(key)", "expected an object of codes and labels, {\"1\": \"Aldrig\"}")
            }
            for (code, label) in codes {
                guard case let .string(text) = label, !text.trimmingWhitespace().isEmpty else {
                    throw fail("values.\(key).\(code)", "expected the label (or score) this code stands for")
                }
                tables[key.trimmingWhitespace(), default: [:]][code.trimmingWhitespace()] = text
            }
        }
        return ValueLabels(tables: tables, source: source)
    }

    /// The tables as a mapping file's `values` section.
    var jsonValue: JSONValue {
        .object(
            tables.sorted { $0.key < $1.key }.map { key, table in
                (
                    key,
                    .object(table.sorted { ValueLabels.codeOrder($0.key, $1.key) }.map { ($0.key, .string($0.value)) })
                )
            })
    }

    /// Codes in the order a person reads them: by their number (`A2` before `A10`), then as text.
    static func codeOrder(_ a: String, _ b: String) -> Bool {
        let x = Int(a.filter(\.isNumber)), y = Int(b.filter(\.isNumber))
        if let x, let y, x != y { return a.hasPrefix("-") || b.hasPrefix("-") ? (Int(a) ?? x) < (Int(b) ?? y) : x < y }
        return a < b
    }
}

import Foundation
import RCSurvey

/// An explicit description of a wide export: which column holds the respondent id, the
/// rater's role and the round, and what each answer column asks about. For exports whose
/// headers are codes (`Q1[SQ001]`, `s_12_3`); `rckit inspect --write-mapping` writes a
/// starting point.
///
/// ```json
/// {"rckit_mapping": 1, "header_rows": 1, "respondent": "id", "rater_role": "Q0", "round": null,
///  "roles": {"A1": "Sygeplejerske", "A2": "Læge"},
///  "columns": {"Q1[SQ001]": {"target": "Sygeplejerske", "dimension": "frequent_communication"}}}
/// ```
///
/// `roles` (optional) names the roles behind the answer codes of the rater-role column; `values`
/// (optional) says what the answer codes mean, per column, dimension, scale or `"*"` (``ValueLabels``):
/// `"values": {"*": {"1": "Aldrig", "6": "Ved ikke"}}`.
public struct ColumnMapping: Sendable, Equatable {
    /// How many rows at the top of the file are headers (1 unless the tool writes more).
    public var headerRows: Int
    /// The column of the respondent id; nil when the export has none (each row is then a respondent).
    public var respondent: String?
    /// The column of the rater's role.
    public var raterRole: String
    /// The column of the round label; nil when the file holds one round.
    public var round: String?
    /// Answer codes of the rater-role column → role names.
    public var roles: [String: String]
    /// What answer codes mean (``ValueLabels``).
    public var values: ValueLabels
    /// Answer columns by name (``MappingColumnNames``: the header text, the header rows joined
    /// with `" | "`, or the column's number, `#12`).
    public var columns: [(header: String, target: String, dimension: RCSurvey.Dimension)]

    /// Whether two mappings read a file alike: the same columns, codes and values, in the same order.
    public static func == (lhs: ColumnMapping, rhs: ColumnMapping) -> Bool {
        lhs.headerRows == rhs.headerRows && lhs.respondent == rhs.respondent && lhs.raterRole == rhs.raterRole
            && lhs.round == rhs.round && lhs.roles == rhs.roles && lhs.values.tables == rhs.values.tables
            && lhs.columns.elementsEqual(rhs.columns) { $0 == $1 }
    }

    /// A mapping from its parts; columns are named as in ``columns``.
    public init(
        headerRows: Int = 1, respondent: String?, raterRole: String, round: String? = nil,
        roles: [String: String] = [:], values: ValueLabels = ValueLabels(),
        columns: [(header: String, target: String, dimension: RCSurvey.Dimension)]
    ) {
        self.headerRows = headerRows
        self.respondent = respondent
        self.raterRole = raterRole
        self.round = round
        self.roles = roles
        self.values = values
        self.columns = columns
    }

    /// Reads a mapping file; errors name the file and key.
    public static func load(path: String) throws(IngestError) -> ColumnMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, message: "cannot read the mapping file")
        }
        return try decode(data, file: path)
    }

    /// Reads a mapping file's contents; `file` names it in errors.
    public static func decode(_ data: Data, file path: String) throws(IngestError) -> ColumnMapping {
        let value: JSONValue
        do { value = try JSONValue.parse(data) } catch {
            throw IngestError(file: path, line: error.line, column: error.column, message: error.message)
        }
        func fail(_ key: String, _ message: String) -> IngestError {
            IngestError(file: path, message: "\(key): \(message)")
        }
        guard case let .object(members) = value else { throw fail("(top level)", "expected an object") }
        let allowed: Set = [
            "rckit_mapping", "header_rows", "respondent", "rater_role", "round", "roles", "values", "columns"
        ]
        for (key, _) in members where !allowed.contains(key) { throw fail(key, "unknown key") }
        guard case .number(1)? = value["rckit_mapping"] else {
            throw fail("rckit_mapping", "expected 1; is this an rckit mapping file?")
        }
        func text(_ key: String, required: Bool) throws(IngestError) -> String? {
            switch value[key] {
            case let .string(text)?: return text
            case .null?, nil:
                if required { throw fail(key, "missing") }
                return nil
            default: throw fail(key, "expected a column header in quotes")
            }
        }
        var headerRows = 1
        if let rows = value["header_rows"] {
            guard case let .number(number) = rows, number == number.rounded(), number >= 1, number <= 10 else {
                throw fail("header_rows", "expected a whole number from 1 to 10")
            }
            headerRows = Int(number)
        }
        guard case let .object(entries)? = value["columns"], !entries.isEmpty else {
            throw fail(
                "columns", "expected an object of answer columns, {\"header\": {\"target\": …, \"dimension\": …}}")
        }
        var roles: [String: String] = [:]
        switch value["roles"] {
        case nil, .null?: break
        case let .object(entries)?:
            for (code, entry) in entries {
                guard case let .string(role) = entry, !role.trimmingWhitespace().isEmpty else {
                    throw fail("roles.\(code)", "expected the role this answer code stands for")
                }
                roles[code.trimmingWhitespace()] = role
            }
        default: throw fail("roles", "expected an object of answer codes and roles, {\"A1\": \"Sygeplejerske\"}")
        }
        var values = ValueLabels(source: path)
        if let section = value["values"], section != .null {
            values = try ValueLabels.decode(section, source: path, fail: fail)
        }
        var columns: [(header: String, target: String, dimension: RCSurvey.Dimension)] = []
        for (header, entry) in entries {
            guard case let .string(target)? = entry["target"], !target.trimmingWhitespace().isEmpty else {
                throw fail("columns.\(header).target", "expected the target role")
            }
            guard case let .string(dimensionText)? = entry["dimension"],
                let dimension = RCSurvey.Dimension(matching: dimensionText)
            else {
                throw fail("columns.\(header).dimension", "expected a dimension id such as shared_goals")
            }
            columns.append((header, target, dimension))
        }
        return ColumnMapping(
            headerRows: headerRows, respondent: try text("respondent", required: false),
            raterRole: try text("rater_role", required: true) ?? "", round: try text("round", required: false),
            roles: roles, values: values, columns: columns)
    }

    /// The mapping as a file.
    public var jsonValue: JSONValue {
        .object([
            ("rckit_mapping", .number(1)),
            ("header_rows", .number(headerRows)),
            ("respondent", respondent.map(JSONValue.string) ?? .null),
            ("rater_role", .string(raterRole)),
            ("round", round.map(JSONValue.string) ?? .null),
            (
                "roles",
                .object(roles.sorted { ValueLabels.codeOrder($0.key, $1.key) }.map { ($0.key, .string($0.value)) })
            ),
            ("values", values.jsonValue),
            (
                "columns",
                .object(
                    columns.map {
                        ($0.header, .object([("target", .string($0.target)), ("dimension", .string($0.dimension.id))]))
                    })
            )
        ])
    }

    /// The layout of a file whose header rows are `headerRecords` (``MappingColumnNames`` says how
    /// columns are named); `detector` places errors.
    func shape(headerRecords: [CSVRecord], _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        let rows = Array(headerRecords.prefix(headerRows))
        let names = MappingColumnNames(headerRows: rows.map(\.fields))
        let line = rows.first?.line
        func find(_ name: String, _ key: String) throws(IngestError) -> Int {
            switch names.lookup(name) {
            case let .column(index): return index
            case let .ambiguous(indices):
                let shown =
                    indices.prefix(6).map { "#\($0 + 1)" }.joined(separator: ", ") + (indices.count > 6 ? ", …" : "")
                throw detector.error(
                    line: line,
                    "\(key): the mapping names the column '\(name)', but \(indices.count) columns have that header "
                        + "(\(shown)); name the one you mean by its header rows joined with ' | ' or by its number, like "
                        + "'#\(indices[0] + 1)' ('rckit inspect FILE --write-mapping map.json' writes such names)")
            case .missing:
                if name.trimmingWhitespace().isEmpty {
                    throw detector.error(
                        line: line,
                        "\(key): the mapping names no column; give the column's header or its number, like '#1'")
                }
                throw detector.error(
                    line: line, "\(key): the mapping names the column '\(name)', which the header does not have")
            }
        }
        var answers: [AnswerColumn] = []
        for column in columns {
            answers.append(
                AnswerColumn(
                    index: try find(column.header, "columns"), header: column.header, role: column.target,
                    dimension: column.dimension))
        }
        let layout = WideLayout(
            respondentColumn: try respondent.map { name throws(IngestError) in try find(name, "respondent") },
            raterColumn: try find(raterRole, "rater_role"),
            roundColumn: try round.map { name throws(IngestError) in try find(name, "round") },
            answerColumns: answers, raterCodes: roles)
        // Columns are shown by the names a mapping gives them, a column named by its number by its text.
        let header = names.names.enumerated().map { index, name in
            name.hasPrefix("#") && !names.first[index].isEmpty ? names.first[index] : name
        }
        return DetectedShape(format: .mapping, headerRows: headerRows, layout: .wide(layout), header: header)
    }
}

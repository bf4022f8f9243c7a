import RCIngest
import RCSurvey

/// `rckit inspect --format json`: the inspection as a document (SPEC §5: `encoding`,
/// `delimiter`, `format`, `header`, `rows`, `mapping`, and more).
public struct InspectionJSON: Sendable {
    /// What `inspect` found.
    public var inspection: FileInspection

    /// The document of `inspection`.
    public init(_ inspection: FileInspection) {
        self.inspection = inspection
    }

    /// The document, serialized.
    public func render() -> String { value.serialized() }

    /// The document.
    public var value: JSONValue { inspection.document }
}

extension FileInspection {
    fileprivate var document: JSONValue {
        let mappingEntries: [JSONValue] = mapping.map { entry in
            var members: [(String, JSONValue)] = [
                ("column", .number(entry.column)), ("header", .string(entry.header)),
                ("role", .string(entry.role))
            ]
            if let target = entry.target { members.append(("target", .string(target))) }
            if let dimension = entry.dimension { members.append(("dimension", .string(dimension.id))) }
            return .object(members)
        }
        var surveyXactFiles = JSONValue.null
        var redcapDictionary = JSONValue.null
        var surveyStructure = JSONValue.null
        if let surveyXact, surveyXact.format == .redcap {
            redcapDictionary = surveyXact.structureFile.map(JSONValue.string) ?? .null
        } else if let surveyXact, [.limesurvey, .qualtrics].contains(surveyXact.format) {
            surveyStructure = surveyXact.structureFile.map(JSONValue.string) ?? .null
        } else if let surveyXact {
            surveyXactFiles = .object([
                ("structure", surveyXact.structureFile.map(JSONValue.string) ?? .null),
                ("labels", surveyXact.labelsFile.map(JSONValue.string) ?? .null)
            ])
        }
        var groups = JSONValue.null
        if let grouping = roleColumnGroups {
            groups = .object([("groups", .number(grouping.groups)), ("roles", .number(grouping.roles))])
        }
        let values: [JSONValue] = readings.map { reading in
            let answers: [JSONValue] = reading.entries.map { entry in
                var members: [(String, JSONValue)] = [("answer", .string(entry.written))]
                if entry.read != entry.written { members.append(("read_as", .string(entry.read))) }
                switch entry.value {
                case let .score(score): members.append(("score", .number(score)))
                case .missing: members.append(("missing", .bool(true)))
                case let .invalid(reason): members.append(("problem", .string(reason)))
                }
                return .object(members)
            }
            return .object([
                ("dimension", .string(reading.dimension.id)), ("scale", .string(reading.scale)),
                ("answers", .array(answers))
            ])
        }
        let rowValues: [JSONValue] = rows.map { .array($0.fields.map(JSONValue.string)) }
        var members: [(String, JSONValue)] = [
            ("file", .string(file)),
            ("encoding", dialect.map { .string($0.encoding.name) } ?? .null),
            ("delimiter", dialect.map { .string(String($0.delimiter.character)) } ?? .null),
            ("line_ending", dialect.map { .string($0.lineEnding.name) } ?? .null),
            ("sheet", sheet.map(JSONValue.string) ?? .null),
            ("format", shape.map { .string($0.format.rawValue) } ?? .null),
            ("format_name", shape.map { .string($0.format.name) } ?? .null),
            ("tool", tool.map { .string($0.rawValue) } ?? .null),
            ("header_rows", shape.map { .number($0.headerRows) } ?? .null),
            ("problem", problem.map(JSONValue.string) ?? .null)
        ]
        members.append(("surveyxact", surveyXactFiles))
        members.append(("redcap_dictionary", redcapDictionary))
        members.append(("survey_structure", surveyStructure))
        members.append(("role_column_groups", groups))
        let words = InspectionWords(language: .en)
        members.append(
            (
                "conventions",
                .array(
                    (shape?.conventions ?? []).map {
                        .object([("convention", .string($0.id)), ("text", .string(words.convention($0)))])
                    })
            ))
        members.append(("header", .array(header.map(JSONValue.string))))
        members.append(("total_rows", .number(totalRows)))
        members.append(("rows", .array(rowValues)))
        members.append(
            (
                "background",
                .array(
                    background.map { variable in
                        .object([
                            ("name", .string(variable.name)),
                            (
                                "values",
                                .array(
                                    variable.values.map { entry in
                                        .object([
                                            ("value", entry.value.map(JSONValue.string) ?? .null),
                                            ("respondents", .number(entry.respondents))
                                        ])
                                    })
                            )
                        ])
                    })
            ))
        members.append(("mapping", .array(mappingEntries)))
        members.append(("values", .array(values)))
        return .object(members)
    }

}

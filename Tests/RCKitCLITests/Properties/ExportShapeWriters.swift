import Foundation
import RCIngest
import RCSurvey
import Testing

/// Test-only writers of a `RandomSurvey` in each export shape rckit reads, as the survey tools
/// (and spreadsheets) write them: encodings, delimiters, header layouts, labels for scores.
enum ExportShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case long = "tidy long"
    case wideWindows1252 = "generic wide, Windows-1252, semicolons, CRLF, Danish labels"
    case utf16Tab = "Excel Unicode text: UTF-16 LE, tabs, numbers"
    case qualtrics = "Qualtrics: three header rows, English choice text"
    case googleForms = "Google Forms: Question [Role]"
    case limeSurvey = "LimeSurvey: BOM, every field quoted, full text"
    case microsoftForms = "Microsoft Forms: BOM, Question.Role"

    var testDescription: String { rawValue }

    /// The format rckit must detect.
    var format: ExportFormat {
        switch self {
        case .long: .long
        case .wideWindows1252, .utf16Tab: .wide
        case .qualtrics: .qualtrics
        case .googleForms: .googleforms
        case .limeSurvey: .limesurvey
        case .microsoftForms: .microsoftforms
        }
    }

    /// Whether the shape carries the respondent ids (Google Forms has none).
    var carriesIDs: Bool { self != .googleForms }

    static let instrument = Instrument.standard(language: .da)
    static let roleQuestion = "Hvilken faggruppe tilhører du?"

    static func label(_ dimension: RCSurvey.Dimension, _ value: RandomSurvey.Value, _ language: Language) -> String {
        switch value {
        case .blank: return ""
        case .dontKnow: return language == .da ? "Ved ikke" : "Don't know"
        case let .score(score):
            let option = instrument.scale(for: dimension)?.options.first { $0.score == Double(score) }
            return option?.label.text(language) ?? String(score)
        }
    }

    static func number(_ value: RandomSurvey.Value) -> String {
        switch value {
        case .blank: ""
        case .dontKnow: "Ved ikke"
        case let .score(score): String(score)
        }
    }

    static func question(_ dimension: RCSurvey.Dimension, _ language: Language) -> String {
        instrument.question(dimension, language: language) ?? dimension.label(language)
    }

    /// The rows of the tidy long file (header first), numbers and labels mixed.
    static func longRows(_ survey: RandomSurvey) -> [[String]] {
        var rows = [["respondent", "round", "rater_role", "target_role", "dimension", "value"]]
        for respondent in survey.respondents {
            for (target, values) in respondent.answers.enumerated() {
                for (d, value) in values.enumerated() {
                    let dimension = RandomSurvey.dimensions[d]
                    let text = (d + target) % 3 == 0 ? label(dimension, value, .da) : number(value)
                    rows.append([
                        respondent.id, "", survey.roles[respondent.role], survey.roles[target], dimension.id, text
                    ])
                }
            }
        }
        return rows
    }

    static func csv(_ rows: [[String]], delimiter: CSVDelimiter = .comma, newline: CSVWriter.Newline = .lf) -> String {
        let writer = CSVWriter(delimiter: delimiter, newline: newline)
        return rows.map(writer.line).joined()
    }

    /// Every field in quotes, as LimeSurvey writes.
    static func quotedCSV(_ rows: [[String]]) -> String {
        rows.map {
            $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
        }.joined()
    }

    /// One row per respondent: `leading(respondent)`, the role, then `cell` for every (dimension, target).
    static func wideRows(
        _ survey: RandomSurvey, header: [String], headerFor: (RCSurvey.Dimension, String) -> String,
        leading: (RandomSurvey.Respondent, Int) -> [String], cell: (RCSurvey.Dimension, RandomSurvey.Value) -> String
    ) -> [[String]] {
        var rows = [header + RandomSurvey.dimensions.flatMap { d in survey.roles.map { headerFor(d, $0) } }]
        for (index, respondent) in survey.respondents.enumerated() {
            rows.append(
                leading(respondent, index) + [survey.roles[respondent.role]]
                    + RandomSurvey.dimensions.enumerated().flatMap { d, dimension in
                        survey.roles.indices.map { cell(dimension, respondent.answers[$0][d]) }
                    })
        }
        return rows
    }

    static let qualtricsMetadata = [
        ("StartDate", "Start Date"), ("EndDate", "End Date"), ("Status", "Response Type"), ("IPAddress", "IP Address"),
        ("Progress", "Progress"), ("Duration (in seconds)", "Duration (in seconds)"), ("Finished", "Finished"),
        ("RecordedDate", "Recorded Date"), ("ResponseId", "Response ID"),
        ("DistributionChannel", "Distribution Channel"),
        ("UserLanguage", "User Language")
    ]

    func bytes(_ survey: RandomSurvey) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        switch self {
        case .long:
            return Array(Self.csv(Self.longRows(survey)).utf8)
        case .wideWindows1252:
            let rows = Self.wideRows(
                survey, header: ["Respondent", "Faggruppe"], headerFor: { "\($0.label(.da)) - \($1)" },
                leading: { r, _ in [r.id] }, cell: { Self.label($0, $1, .da) })
            return Array(Self.csv(rows, delimiter: .semicolon, newline: .crlf).data(using: .windowsCP1252) ?? Data())
        case .utf16Tab:
            let rows = Self.wideRows(
                survey, header: ["Respondent", "Rolle"], headerFor: { "\($1): \($0.label(.da))" },
                leading: { r, _ in [r.id] }, cell: { Self.number($1) })
            return [0xFF, 0xFE]
                + Array(Self.csv(rows, delimiter: .tab, newline: .crlf).data(using: .utf16LittleEndian) ?? Data())
        case .qualtrics:
            var rows = Self.wideRows(
                survey, header: Self.qualtricsMetadata.map(\.1) + ["What is your profession?"],
                headerFor: { "\(Self.question($0, .en)) - \($1)" },
                leading: { r, i in
                    [
                        "2024-03-04 09:10:00", "2024-03-04 09:20:41", "IP Address", "10.0.0.\(i % 250)", "100",
                        "641", "True", "2024-03-04 09:20:42", r.id, "anonymous", "EN"
                    ]
                },
                cell: { Self.label($0, $1, .en) })
            let answerColumns = RandomSurvey.dimensions.count * survey.roles.count
            let tags =
                Self.qualtricsMetadata.map(\.0) + ["Q1"]
                + (0..<answerColumns).map { "Q\($0 / survey.roles.count + 2)_\($0 % survey.roles.count + 1)" }
            let importIDs = tags.map { "{\"ImportId\":\"\($0)\"}" }
            rows.insert(tags, at: 0)
            rows.insert(importIDs, at: 2)
            return bom + Array(Self.csv(rows).utf8)
        case .googleForms:
            let rows = Self.wideRows(
                survey, header: ["Timestamp", Self.roleQuestion], headerFor: { "\(Self.question($0, .da)) [\($1)]" },
                leading: { _, i in ["2024/03/04 10:\(10 + i % 50):00 AM GMT+1"] }, cell: { Self.label($0, $1, .da) })
            return Array(Self.csv(rows).utf8)
        case .limeSurvey:
            let rows = Self.wideRows(
                survey, header: ["Response ID", "Date submitted", "Last page", "Start language", Self.roleQuestion],
                headerFor: { "\(Self.question($0, .da)) [\($1)]" },
                leading: { r, _ in [r.id, "2024-03-04 10:00:00", "3", "da"] }, cell: { Self.label($0, $1, .da) })
            return bom + Array(Self.quotedCSV(rows).utf8)
        case .microsoftForms:
            let rows = Self.wideRows(
                survey,
                header: [
                    "ID", "Start time", "Completion time", "Email", "Name", "Last modified time", Self.roleQuestion
                ],
                headerFor: { "\(Self.question($0, .da)).\($1)" },
                leading: { r, _ in [r.id, "3/4/24 10:00:11", "3/4/24 10:10:52", "anonymous", "", ""] },
                cell: { Self.label($0, $1, .da) })
            return bom + Array(Self.csv(rows).utf8)
        }
    }
}

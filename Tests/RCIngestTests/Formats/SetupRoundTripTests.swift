import Foundation
import RCSurvey
import RCTestSupport
import Testing

@testable import RCIngest

/// An export simulated from rckit's own set-up file, in each tool's code convention, reads back
/// with that file to exactly the simulated answers: codes are scores, "don't know" and blanks
/// are missing, role k is the set-up file's role k.
@Suite struct SetupRoundTripTests {
    static let respondents = 25

    /// REDCap, "CSV / Microsoft Excel (raw data)": record id, survey identifier and timestamp,
    /// the fields in dictionary order with choice codes, the form's `_complete`.
    func redcapExport(_ dictionary: String, to path: String) throws -> [String] {
        let rows = try SetupFileFixtures.records(dictionary)
        let header = rows[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }
        let fields = rows.dropFirst()
        let form = fields.first?[column("Form Name")] ?? ""
        let role = try #require(fields.first { $0[column("Field Annotation")] == "rckit: role question" })
        func choices(_ row: [String]) -> [(code: String, label: String)] {
            row[column("Choices, Calculations, OR Slider Labels")].split(separator: "|").map { choice in
                let parts = choice.split(separator: ",", maxSplits: 1)
                return (
                    String(parts[0]).trimmingWhitespace(), String(parts.count > 1 ? parts[1] : "").trimmingWhitespace()
                )
            }
        }
        let roles = choices(role)
        let matrix = fields.filter { !$0[column("Matrix Group Name")].isEmpty }
        var random = SplitMix64(seed: 31)
        var text = SetupFileFixtures.csvLine(
            [fields.first?[0] ?? "", "redcap_survey_identifier", "\(form)_timestamp"] + fields.dropFirst().map { $0[0] }
                + ["\(form)_complete"])
        var expected: [String] = []
        for respondent in 1...Self.respondents {
            let rater = roles[Int(random.next() % UInt64(roles.count))]
            var values = [String(respondent), "", "2025-03-10 10:\(10 + respondent):00", rater.code]
            for field in matrix {
                let code = SetupFileFixtures.pick(choices(field).map(\.code), &random)
                values.append(code)
                let dimension = try #require(SetupCodes.dimension(forCode: field[column("Matrix Group Name")]))
                expected.append(
                    "\(respondent)|\(rater.label)|\(field[column("Field Label")])|\(dimension.id)|"
                        + SetupFileFixtures.score(code))
            }
            text += SetupFileFixtures.csvLine(values + ["2"])
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return expected.sorted()
    }

    /// LimeSurvey, Export → CSV, "Question code" headings (or ExpressionScript codes, `FREQ_R1`),
    /// "Answer codes": BOM, every field quoted, CRLF, an empty line at the end.
    func limeSurveyExport(_ structure: String, to path: String, expressionCodes: Bool = false) throws -> [String] {
        let document = try LimeSurveyDocument(
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: structure))), file: structure)
        let texts = Dictionary(
            document.rows("question_l10ns").map { ($0["qid"] ?? "", $0["question"] ?? "") }
        ) { first, _ in first }
        let answerTexts = Dictionary(
            document.rows("answer_l10ns").map { ($0["aid"] ?? "", $0["answer"] ?? "") }
        ) { first, _ in first }
        func answers(_ qid: String) -> [(code: String, text: String)] {
            document.rows("answers").filter { $0["qid"] == qid }.map {
                ($0["code"] ?? "", answerTexts[$0["aid"] ?? ""] ?? "")
            }
        }
        let questions = document.rows("questions")
        let role = try #require(questions.first { $0["type"] == "L" })
        let roles = answers(role["qid"] ?? "")
        var columns: [(name: String, target: String, dimension: RCSurvey.Dimension, codes: [String])] = []
        for question in questions where question["type"] == "F" {
            let title = question["title"] ?? ""
            let dimension = try #require(SetupCodes.dimension(forCode: title))
            for sub in document.rows("subquestions") where sub["parent_qid"] == question["qid"] {
                let name = expressionCodes ? "\(title)_\(sub["title"] ?? "")" : "\(title)[\(sub["title"] ?? "")]"
                columns.append(
                    (name, texts[sub["qid"] ?? ""] ?? "", dimension, answers(question["qid"] ?? "").map(\.code)))
            }
        }
        var random = SplitMix64(seed: 32)
        var text =
            "\u{FEFF}"
            + SetupFileFixtures.csvLine(
                ["id", "submitdate", "lastpage", "startlanguage", "seed", role["title"] ?? ""] + columns.map(\.name),
                quoteAll: true, newline: "\r\n")
        var expected: [String] = []
        for respondent in 1...Self.respondents {
            let rater = roles[Int(random.next() % UInt64(roles.count))]
            var values = [String(respondent), "2025-03-10 10:00:00", "1", "da", "12345", rater.code]
            for column in columns {
                let code = SetupFileFixtures.pick(column.codes, &random)
                values.append(code)
                expected.append(
                    "\(respondent)|\(rater.text)|\(column.target)|\(column.dimension.id)|"
                        + SetupFileFixtures.score(code))
            }
            text += SetupFileFixtures.csvLine(values, quoteAll: true, newline: "\r\n")
        }
        text += "\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return expected.sorted()
    }

    /// Qualtrics, Export Data → CSV, "Use numeric values": three header rows (export tags,
    /// question texts, ImportIds), the 17 metadata columns, recode values, `-99` for seen but
    /// unanswered. `renamed` gives the columns other names, as when the export tags were renamed.
    func qualtricsExport(_ survey: String, to path: String, renamed: Bool = false) throws -> [String] {
        let json = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: survey)))
        guard case let .array(elements)? = json["SurveyElements"] else { throw CancellationError() }
        func string(_ value: JSONValue?) -> String {
            if case let .string(text)? = value { return text }
            return ""
        }
        func members(_ value: JSONValue?) -> [(String, JSONValue)] {
            if case let .object(members)? = value { return members }
            return []
        }
        let payloads = elements.filter { string($0["Element"]) == "SQ" }.compactMap { $0["Payload"] }
        let meta = [
            "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
            "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
            "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"
        ]
        var names = meta
        var texts = meta
        var ids = meta.map {
            "{\"ImportId\":\"\($0 == "ResponseId" ? "_recordId" : $0.prefix(1).lowercased() + $0.dropFirst())\"}"
        }
        let role = try #require(payloads.first { string($0["QuestionType"]) == "MC" })
        let roles = members(role["Choices"]).map { (string(role["RecodeValues"]?[$0.0]), string($0.1["Display"])) }
        names.append(renamed ? "Q1" : string(role["DataExportTag"]))
        texts.append(string(role["QuestionText"]))
        ids.append("{\"ImportId\":\"\(string(role["QuestionID"]))\"}")
        var columns: [(target: String, dimension: RCSurvey.Dimension, codes: [String])] = []
        for (number, matrix) in payloads.filter({ string($0["QuestionType"]) == "Matrix" }).enumerated() {
            let tag = string(matrix["DataExportTag"])
            let dimension = try #require(SetupCodes.dimension(forCode: tag))
            let codes = members(matrix["RecodeValues"]).map { string($0.1) }
            for (choice, value) in members(matrix["Choices"]) {
                names.append(renamed ? "Q\(number + 2)_\(choice)" : "\(tag)_\(choice)")
                texts.append("\(string(matrix["QuestionText"])) - \(string(value["Display"]))")
                ids.append("{\"ImportId\":\"\(string(matrix["QuestionID"]))_\(choice)\"}")
                columns.append((string(value["Display"]), dimension, codes + ["-99"]))
            }
        }
        var random = SplitMix64(seed: 33)
        var text = "\u{FEFF}" + [names, texts, ids].map { SetupFileFixtures.csvLine($0, newline: "\r\n") }.joined()
        var expected: [String] = []
        for respondent in 1...Self.respondents {
            let id = "R_\(String(repeating: "x", count: 13))\(respondent < 10 ? "0" : "")\(respondent)"
            let rater = roles[Int(random.next() % UInt64(roles.count))]
            var values = [
                "2025-03-10 10:00:00", "2025-03-10 10:05:00", "0", "", "100", "300", "1", "2025-03-10 10:05:00", id, "",
                "", "", "", "", "", "anonymous", "DA", rater.0
            ]
            for column in columns {
                let code = SetupFileFixtures.pick(column.codes, &random)
                values.append(code)
                expected.append(
                    "\(id)|\(rater.1)|\(column.target)|\(column.dimension.id)|" + SetupFileFixtures.score(code))
            }
            text += SetupFileFixtures.csvLine(values, newline: "\r\n")
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return expected.sorted()
    }

    func readsBack(_ result: ShapeFixtures.Result, _ expected: [String]) {
        #expect(result.rejections.isEmpty, "\(result.rejections.prefix(3))")
        let got = result.answers.map(SetupFileFixtures.line).sorted()
        #expect(got.count == expected.count)
        #expect(
            got == expected, "first difference: \(zip(got, expected).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "-")"
        )
    }

    @Test func redcapRawExportReadsBackWithTheDictionary() throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export.csv").path
        let expected = try redcapExport(SetupFileFixtures.own("redcap"), to: export)
        #expect(expected.count == Self.respondents * 7 * 4)
        readsBack(try SetupFileFixtures.read(export, dictionary: SetupFileFixtures.own("redcap")), expected)
    }

    @Test(arguments: [false, true])
    func limeSurveyCodeExportReadsBackWithTheStructure(expressionCodes: Bool) throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("results-survey123456.csv").path
        let expected = try limeSurveyExport(
            SetupFileFixtures.own("limesurvey"), to: export, expressionCodes: expressionCodes)
        readsBack(try SetupFileFixtures.read(export, structure: SetupFileFixtures.own("limesurvey")), expected)
    }

    /// The structure beside the export, named as LimeSurvey names both, is found without `--structure`.
    @Test func limeSurveyStructureIsFoundBesideTheExport() throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("results-survey123456.csv").path
        let expected = try limeSurveyExport(SetupFileFixtures.own("limesurvey"), to: export)
        #expect(throws: IngestError.self) { try SetupFileFixtures.read(export) }
        try FileManager.default.copyItem(
            atPath: SetupFileFixtures.own("limesurvey"),
            toPath: folder.appendingPathComponent("limesurvey_survey_123456.lss").path)
        readsBack(try SetupFileFixtures.read(export), expected)
        #expect(
            Ingestor.companionFiles(of: export).map { ($0 as NSString).lastPathComponent } == [
                "limesurvey_survey_123456.lss"
            ])
    }

    @Test(arguments: [false, true])
    func qualtricsNumericExportReadsBackWithTheSurveyFile(renamed: Bool) throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("export.csv").path
        let expected = try qualtricsExport(SetupFileFixtures.own("qualtrics"), to: export, renamed: renamed)
        readsBack(try SetupFileFixtures.read(export, structure: SetupFileFixtures.own("qualtrics")), expected)
    }

    /// Qualtrics hands its CSV over in a ZIP archive: read inside it with the survey file named.
    @Test func qualtricsExportInsideItsZipArchiveReadsBack() throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("Samarbejde.csv")
        let expected = try qualtricsExport(SetupFileFixtures.own("qualtrics"), to: csv.path)
        var zip = ZipWriter()
        zip.add("Samarbejde.csv", Array(try Data(contentsOf: csv)), deflated: true)
        let archive = folder.appendingPathComponent("Samarbejde.zip")
        try Data(zip.bytes).write(to: archive)
        readsBack(try SetupFileFixtures.read(archive.path, structure: SetupFileFixtures.own("qualtrics")), expected)
    }

    /// Without its set-up file a code export is not read: it stops, naming the option and file to give.
    @Test(arguments: [
        ("redcap", "--dictionary"), ("limesurvey", "--structure limesurvey_survey_ID.lss"),
        ("qualtrics", "--structure SURVEY.qsf")
    ])
    func withoutItsSetupFileACodeExportStops(tool: String, option: String) throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent(tool == "limesurvey" ? "results-survey1.csv" : "export.csv").path
        switch tool {
        case "redcap": _ = try redcapExport(SetupFileFixtures.own(tool), to: export)
        case "limesurvey": _ = try limeSurveyExport(SetupFileFixtures.own(tool), to: export)
        default: _ = try qualtricsExport(SetupFileFixtures.own(tool), to: export)
        }
        #expect {
            try SetupFileFixtures.read(export)
        } throws: { error in
            (error as? IngestError)?.message.contains(option) == true
        }
    }
}

import Foundation
import RCSurvey
import Testing

/// The export-shape fixtures of the ingestion tests.
func shapeFixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/\(name)").path
}

@Suite struct InspectCommandTests {
    func json(_ arguments: String...) throws -> JSONValue {
        let result = rckit(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONValue.parse(Data(result.stdout.utf8))
    }

    func strings(_ value: JSONValue?) -> [String] {
        guard case let .array(items)? = value else { return [] }
        return items.compactMap { if case let .string(text) = $0 { text } else { nil } }
    }

    func array(_ value: JSONValue?) -> [JSONValue] {
        guard case let .array(items)? = value else { return [] }
        return items
    }

    @Test func jsonShowsDialectFormatHeaderRowsAndMapping() throws {
        let value = try json(
            "inspect", shapeFixture("wide-semicolon-windows1252.csv"), "--format", "json", "--rows", "all")
        #expect(value["encoding"] == .string("Windows-1252"))
        #expect(value["delimiter"] == .string(";"))
        #expect(value["format"] == .string("wide"))
        let header = strings(value["header"])
        #expect(header.count == 30)
        #expect(header.prefix(3) == ["Respondent", "Faggruppe", "Hyppig kommunikation - Social- og sundhedsassistent"])
        let rows = array(value["rows"])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { strings($0).count == 30 })
        #expect(strings(rows.first).prefix(3) == ["R01", "Sygeplejerske", "Aldrig"])
        let mapping = array(value["mapping"])
        #expect(mapping.count == 30)
        #expect(mapping.contains { $0["role"] == .string("rater_role") && $0["column"] == .number(2) })
        #expect(mapping.contains { $0["role"] == .string("respondent") && $0["header"] == .string("Respondent") })
        #expect(
            mapping.contains {
                $0["column"] == .number(30) && $0["target"] == .string("Fysioterapeut")
                    && $0["dimension"] == .string("mutual_respect")
            })
    }

    @Test func qualtricsRowsComeAfterTheThreeHeaderRows() throws {
        let value = try json("inspect", shapeFixture("qualtrics-choice-text.csv"), "--format", "json", "--rows", "all")
        #expect(value["format"] == .string("qualtrics"))
        #expect(value["header_rows"] == .number(3))
        #expect(strings(value["header"]).contains("What is your profession?"))
        let rows = array(value["rows"]).map(strings)
        #expect(rows.count == 5)
        #expect(rows.first?.last == "Godt samarbejde,\nmen travle dage")
        #expect(rows.allSatisfy { $0[8].hasPrefix("R_") })
    }

    @Test func surveyXactDatasetShowsItsCompanions() throws {
        let value = try json("inspect", shapeFixture("surveyxact/dataset.csv"), "--format", "json")
        #expect(value["format"] == .string("surveyxact"))
        #expect(strings(value["header"]).first == "Hvilken faggruppe tilhører du?")
        #expect(value["surveyxact"]?["structure"] == .string(shapeFixture("surveyxact/structure.csv")))
        #expect(array(value["mapping"]).count == 29)
        // The records are shown as read: codes, not labels.
        #expect(strings(array(value["rows"]).first).first == "3")
    }

    @Test(arguments: [("2", 2), ("0", 0), ("all", 5)])
    func rowsLimitsTheRecordsShown(rows: String, count: Int) throws {
        let value = try json("inspect", shapeFixture("google-forms.csv"), "--format", "json", "--rows", rows)
        #expect(array(value["rows"]).count == count)
        #expect(value["total_rows"] == .number(5))
    }

    /// The rows after those shown are counted, not read (plain runs by their line breaks): the
    /// count is that of reading them all, with blank lines, a quoted line break, rows of
    /// delimiters only, and LF, CRLF or CR line endings.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func rowsNotShownAreCountedAsRead(newline: String) throws {
        var lines = ["respondent,round,rater_role,target_role,dimension,value"]
        for r in 0..<300 {
            lines.append("P\(r),,Læge,Sygeplejerske,shared_goals,\(r % 5 + 1)")
            if r % 37 == 0 { lines.append("") }
            if r % 53 == 0 { lines.append(",,,,,") }
            if r % 101 == 0 { lines.append("P\(r),,\"Læge\",\"Syge\nplejerske\",shared_goals,3") }
        }
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.csv")
        try Data((lines.joined(separator: newline) + newline).utf8).write(to: file)
        let all = try json("inspect", file.path, "--format", "json", "--rows", "all")
        let counted = try json("inspect", file.path, "--format", "json", "--rows", "3")
        #expect(array(all["rows"]).count == 300 + 6 + 3)
        #expect(all["total_rows"] == .number(300 + 6 + 3))
        #expect(counted["total_rows"] == all["total_rows"])
        #expect(array(counted["rows"]).count == 3)
    }

    @Test func textNamesFormatAndColumns() {
        let result = rckit("inspect", shapeFixture("microsoft-forms.csv"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Format:     Microsoft Forms"))
        #expect(result.stdout.contains("Encoding:   UTF-8 with BOM"))
        #expect(result.stdout.contains("→  Læge · shared_goals"))
    }

    /// In Danish, Danish throughout: the delimiter, the shape, what each column holds, the dimensions.
    @Test func danishTextIsDanishThroughout() {
        let result = rckit("inspect", shapeFixture("wide-semicolon-windows1252.csv"), "--lang", "da")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Skilletegn: semikolon"))
        #expect(result.stdout.contains("Format:     generelt bredt skema, én række pr. respondent"))
        #expect(result.stdout.contains("→  bedømmers faggruppe"))
        #expect(result.stdout.contains("· Fælles mål"))
        // The first line names the file, whose name is English here.
        let read = result.stdout.split(separator: "\n").dropFirst().joined(separator: "\n")
        for english in ["semicolon", "generic wide", "rater_role", "shared_goals", "frequent_communication"] {
            #expect(!read.contains(english), "\(english)")
        }
    }

    @Test func unreadableFileIsADataError() {
        let result = rckit("inspect", shapeFixture("no-such-file.csv"))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rckit: error: "))
    }
}

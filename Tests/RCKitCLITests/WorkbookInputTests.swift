import Foundation
import Testing

/// Workbooks and ZIP archives read exactly like the CSV files they hold: the same figures to the
/// last digit, messages that name the sheet and cell, and a clear refusal of what rckit does not
/// read. The files are made by `Tests/RCIngestTests/Fixtures/workbooks/sample/generate.py`
/// (openpyxl, LibreOffice and Python's zipfile) from the sample export and the SurveyXact trio.
@Suite struct WorkbookInputTests {
    static let folder = "Tests/RCIngestTests/Fixtures/workbooks"

    static func path(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("\(folder)/\(name)").path
    }

    static let sample = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path

    @Test(arguments: ["sample/foer-openpyxl.xlsx", "sample/foer-libreoffice.xlsx", "sample/foer.zip"])
    func sampleGivesTheJSONOfTheCSV(file: String) {
        let csv = rckit("analyze", Self.sample, "--format", "json")
        let other = rckit("analyze", Self.path(file), "--format", "json")
        #expect(csv.status == 0 && other.status == 0, "\(other.stderr)")
        #expect(other.stdout == csv.stdout)
        #expect(!csv.stdout.isEmpty)
        // The tidy export of either is the same too.
        #expect(rckit("import", Self.path(file)).stdout == rckit("import", Self.sample).stdout)
    }

    @Test func surveyXactWorkbookReadsLikeTheCSVTrio() {
        let trio = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/surveyxact/dataset.csv")
            .path
        let csv = rckit("analyze", trio, "--min-group", "1", "--format", "json")
        let workbook = rckit("analyze", Self.path("sample/surveyxact.xlsx"), "--min-group", "1", "--format", "json")
        #expect(csv.status == 0 && workbook.status == 0, "\(workbook.stderr)")
        #expect(workbook.stdout == csv.stdout)
        let inspected = rckit("inspect", Self.path("sample/surveyxact.xlsx"))
        #expect(inspected.stdout.contains("Sheet:      Dataset"))
        #expect(inspected.stdout.contains("surveyxact.xlsx:Structure"))
    }

    @Test func rejectionsNameTheSheetAndCell() {
        // analyze stops at the rejected answer, naming it by sheet and cell in its summary …
        let stopped = rckit("analyze", Self.path("sample/bad-value.xlsx"), "--min-group", "1")
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("bad-value.xlsx:Svar!F3 ("), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("score 9 is outside the scale"), "\(stopped.stderr)")
        // … and import names it so as it warns.
        let imported = rckit("import", Self.path("sample/bad-value.xlsx"))
        #expect(imported.status == 0)
        #expect(
            imported.stderr.contains("bad-value.xlsx:Svar!F3: rejected: score 9 is outside the scale"),
            "\(imported.stderr)")
    }

    @Test func rejectsFileNamesTheSheet() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rejects = folder.appendingPathComponent("rejects.csv")
        let result = rckit("import", Self.path("sample/bad-value.xlsx"), "--rejects", rejects.path)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: rejects, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(lines.count == 2)
        #expect(
            lines.last?.hasPrefix("\(Self.path("sample/bad-value.xlsx")):Svar,3,6,score 9 is outside the scale")
                == true,
            "\(String(describing: lines.last))")
    }

    @Test func sheetAndMemberAreChosenByName() {
        let sheet = rckit("inspect", Self.path("sample/foer-openpyxl.xlsx"), "--sheet", "Nope")
        #expect(sheet.status == 1)
        #expect(sheet.stderr.contains("foer-openpyxl.xlsx:Nope: no such sheet"), "\(sheet.stderr)")
        #expect(sheet.stderr.contains("'Svar'"))

        let several = rckit("inspect", Self.path("two-csv.zip"))
        #expect(several.status == 1)
        #expect(several.stderr.contains("--member"), "\(several.stderr)")
        let chosen = rckit("inspect", Self.path("two-csv.zip"), "--member", "efter.CSV", "--format", "json")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout.contains("\"rows\" : [\n    [\n      \"Læge\"") || chosen.stdout.contains("Læge"))
    }

    @Test(
        arguments: [
            ("truncated.xlsx", "truncated or damaged"),
            ("old.xls", "old binary Excel workbook (.xls)"),
            ("encrypted.xlsx", "password-protected"),
            ("libreoffice.ods", "OpenDocument spreadsheet (.ods)"),
            ("bad-crc.zip", nil)
        ] as [(String, String?)])
    func refusedWithWhatToDo(file: String, says: String?) {
        let result = rckit("analyze", Self.path(file))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rckit: error: \(Self.path(file))"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        if let says { #expect(result.stderr.contains(says), "\(result.stderr)") }
    }
}

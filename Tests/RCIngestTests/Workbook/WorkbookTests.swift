import Testing

@testable import RCIngest

/// Workbooks as openpyxl, LibreOffice and a hand-written package make them: sheet names,
/// every kind of cell, merged headers, both date systems, and the files that are no .xlsx.
@Suite struct WorkbookTests {
    @Test func openpyxlFirstSheetByDefault() throws {
        let workbook = try WorkbookFixtures.workbook("openpyxl-basic.xlsx")
        #expect(workbook.sheetNames == ["Ark1", "Struktur"])
        let table = try workbook.sheet(named: nil)
        #expect(table.name == "Ark1")
        #expect(table.width == 10)
        #expect(table.rows.map(\.number) == [1, 2, 3, 5, 7])
        let pad = ["", "", "", ""]
        #expect(table.rows[0].cells == ["Navn", "Alder", "Score", "Aktiv", "Dato", "Tidspunkt"] + pad)
        #expect(table.rows[1].cells == ["Anne", "34", "3.5", "TRUE", "2024-03-05", "2024-03-05T14:30:00"] + pad)
        // 23:59:59.6 rounds to the next midnight: a whole day.
        #expect(table.rows[2].cells == ["Bo", "3", "0.1", "FALSE", "", "2024-03-06"] + pad)
        #expect(
            table.rows[3].cells == ["Æble, ø og å", "-0.00000025", "1234567.125", "", "#N/A", "12345678901234"] + pad)
        #expect(table.rows[4].cells == Array(repeating: "", count: 9) + ["far"])
    }

    @Test func mergedHeaderCellsAreFilled() throws {
        let workbook = try WorkbookFixtures.workbook("openpyxl-basic.xlsx")
        let table = try workbook.sheet(named: "struktur")
        #expect(table.name == "Struktur")
        #expect(
            table.rows == [
                WorksheetRow(
                    number: 1, cells: ["Spørgsmål 1", "Spørgsmål 1", "Spørgsmål 1", "Spørgsmål 2", "Spørgsmål 2"]),
                WorksheetRow(number: 2, cells: ["a", "b", "c", "Spørgsmål 2", "Spørgsmål 2"]),
                WorksheetRow(number: 3, cells: ["1", "", "", "", "5"])
            ])
    }

    @Test func unknownSheetListsTheSheets() throws {
        let workbook = try WorkbookFixtures.workbook("openpyxl-basic.xlsx")
        #expect(
            throws: ArchiveError(
                .noSuchSheet, file: "openpyxl-basic.xlsx", location: "Data",
                message: "no such sheet; the workbook's sheets are 'Ark1', 'Struktur'")
        ) {
            try workbook.sheet(named: "Data")
        }
    }

    @Test func dates1904() throws {
        let workbook = try WorkbookFixtures.workbook("openpyxl-1904.xlsx")
        #expect(workbook.date1904)
        #expect(
            try workbook.sheet(named: nil).rows.map(\.cells) == [["Dato", "Tid"], ["2024-03-05", "1904-01-01T06:00:00"]]
        )
    }

    @Test func libreOfficeSharedStringsAndDates() throws {
        let table = try WorkbookFixtures.workbook("libreoffice.xlsx").sheet(named: nil)
        #expect(
            table.rows.map(\.cells) == [
                ["Rolle", "Svar", "Dato", "Andel"],
                ["Læge", "4", "2024-03-05", "0.25"],
                ["Sygeplejerske", "5", "2023-12-31", "1.5"]
            ])
    }

    @Test func handmadePackage() throws {
        let workbook = try WorkbookFixtures.workbook("handmade.xlsx")
        #expect(workbook.sheetNames == ["Svar & data", "Tom"])
        let table = try workbook.sheet(named: "Svar & data")
        #expect(table.rows.map(\.number) == [2, 3, 4, 8])
        let stamp = "2024-03-05T10:00:00"
        #expect(
            table.rows.map(\.cells) == [
                ["plain", "rich text", "line\r\nbreak and _x000D_ kept", "<cdata & co> <AB>", "", "", ""],
                ["inline", "inline!", "TRUE", "#DIV/0!", stamp, stamp, stamp],
                ["3", "3", "-0.5", "2024-03-05", "2024-03-05T14:30:00", "1.5", "2.25"],
                ["1900-03-01", "1900-02-29", "60", "18:00:00", "ab", "", ""]
            ])
        #expect(try workbook.sheet(named: "Tom").rows.isEmpty)
    }

    @Test func surveyXactSheets() throws {
        let workbook = try WorkbookFixtures.workbook("surveyxact.xlsx")
        #expect(workbook.sheet(matching: ["dataset"]) == "Dataset")
        #expect(workbook.sheet(matching: ["LABELS", "label"]) == "Labels")
        #expect(workbook.sheet(matching: ["structure", "struktur"]) == "Structure")
        #expect(workbook.sheet(matching: ["respondents"]) == nil)
        #expect(
            try workbook.sheet(named: "Dataset").rows.map(\.cells) == [["respondent", "rolle", "q1_1"], ["1", "2", "4"]]
        )
    }

    @Test(arguments: [
        ("libreoffice.ods", ArchiveError.Kind.openDocument),
        ("handmade.ods", .openDocument),
        ("old.xls", .oldExcel),
        ("encrypted.xlsx", .encrypted),
        ("truncated.xlsx", .truncated),
        ("one-csv.zip", .notAWorkbook),
        ("generate.py", .notAnArchive)
    ])
    func refusedFiles(name: String, kind: ArchiveError.Kind) throws {
        let error = try #require(WorkbookFixtures.workbookError(WorkbookFixtures.bytes(name), file: name))
        #expect(error.kind == kind)
        #expect(error.file == name)
        #expect(!error.message.contains("\n"))
    }

    @Test func messagesSayWhatToDo() throws {
        let xls = try #require(WorkbookFixtures.workbookError(WorkbookFixtures.bytes("old.xls"), file: "svar.xls"))
        #expect(
            xls.description == "svar.xls: this is an old binary Excel workbook (.xls); "
                + "open it in Excel or LibreOffice and save it as .xlsx or CSV")
        let locked = try #require(WorkbookFixtures.workbookError(WorkbookFixtures.bytes("encrypted.xlsx")))
        #expect(
            locked.description == "svar.xlsx: the workbook is password-protected; remove the password in Excel "
                + "(File › Info › Protect Workbook) and save it again")
        let ods = try #require(
            WorkbookFixtures.workbookError(WorkbookFixtures.bytes("libreoffice.ods"), file: "svar.ods"))
        #expect(ods.description.hasPrefix("svar.ods: this is an OpenDocument spreadsheet (.ods);"))
        #expect(ods.message.hasSuffix("save it as .xlsx or CSV"))
        let cut = try #require(WorkbookFixtures.workbookError(WorkbookFixtures.bytes("truncated.xlsx")))
        #expect(cut.description == "svar.xlsx: the archive is truncated or damaged; download it again")
    }

    /// Every prefix of a workbook: a truncated or corrupt error, never a trap or a wrong table.
    @Test func everyPrefixIsRefused() throws {
        let whole = try WorkbookFixtures.bytes("handmade.xlsx")
        for length in stride(from: 0, to: whole.count, by: 7) {
            let error = WorkbookFixtures.workbookError(Array(whole.prefix(length)))
            #expect(error != nil, "prefix of \(length) bytes read")
            if let error { #expect([.truncated, .corrupt, .notAnArchive].contains(error.kind), "\(length): \(error)") }
        }
    }
}

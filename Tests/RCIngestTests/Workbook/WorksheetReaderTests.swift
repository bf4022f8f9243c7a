import Testing

@testable import RCIngest

/// Sheets written in memory: placement by reference and in order, padding, merges, limits, and
/// the damaged sheets that must be refused naming the cell.
@Suite struct WorksheetReaderTests {
    @Test func cellsWithoutReferencesGoInOrder() throws {
        let rows = try WorkbookFixtures.rows(
            sheet: """
                <row><c><v>1</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>
                """)
        #expect(
            rows == [
                WorksheetRow(number: 1, cells: ["1", "", "", "4", "5"]),
                WorksheetRow(number: 2, cells: ["x", "", "", "", ""])
            ])
    }

    @Test func sharedStringsPrefixesAndEntities() throws {
        let rows = try WorkbookFixtures.rows(
            sheet: """
                <?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:sheetData><x:row x:r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c>\
                <x:c r="C3" t="str"><x:v>a &amp; b &#x263A;</x:v></x:c></x:row></x:sheetData></x:worksheet>
                """, strings: ["nul", "en"])
        #expect(rows == [WorksheetRow(number: 3, cells: ["", "en", "a & b ☺"])])
    }

    @Test func rowsGivenTwiceOrOutOfOrderAreCombined() throws {
        let rows = try WorkbookFixtures.rows(
            sheet: """
                <row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="5"><c r="B5"><v>6</v></c></row>
                """)
        #expect(rows == [WorksheetRow(number: 2, cells: ["", "2"]), WorksheetRow(number: 5, cells: ["5", "6"])])
    }

    @Test func mergeOverTheWholeSheetStaysWithinTheCells() throws {
        let rows = try WorkbookFixtures.rows(
            sheet: """
                <worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Q</t></is></c></row>\
                <row r="900000"><c r="C900000"><v>1</v></c></row></sheetData>\
                <mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="bogus"/></mergeCells></worksheet>
                """)
        #expect(
            rows == [
                WorksheetRow(number: 1, cells: ["Q", "Q", "Q"]), WorksheetRow(number: 900_000, cells: ["Q", "Q", "1"])
            ])
    }

    @Test(arguments: [
        ("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", "Ark1!XFE1"),
        ("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>", "Ark1!A0"),
        ("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", "Ark1!1A"),
        ("<row r=\"1048577\"><c><v>1</v></c></row>", "Ark1"),
        ("<row r=\"-3\"><c><v>1</v></c></row>", "Ark1"),
        ("<row r=\"7\"><c r=\"B7\" t=\"s\"><v>2</v></c></row>", "Ark1!B7"),
        ("<row r=\"7\"><c r=\"B7\" t=\"s\"><v>x</v></c></row>", "Ark1!B7"),
        ("<row><c><v>1</v></c", "xl/worksheets/sheet1.xml"),
        ("<row><c r='A1><v>1</v></c></row>", "xl/worksheets/sheet1.xml"),
        ("<row><!-- no end", "xl/worksheets/sheet1.xml")
    ])
    func damagedSheetNamesTheCell(sheet: String, location: String) throws {
        let bytes = WorkbookFixtures.workbookBytes(sheet: sheet, strings: ["a", "b"])
        let error = try #require(WorkbookFixtures.workbookError(bytes))
        #expect(error.kind == .corrupt)
        #expect(error.location == location, "\(error)")
        #expect(error.description.hasPrefix("svar.xlsx:\(location): "))
    }

    @Test func aStrayCellFarRightCannotPadTheSheetPastTheLimit() throws {
        let rows = (1...100).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
        let sheet = rows + "<row r=\"101\"><c r=\"XFD101\"><v>1</v></c></row>"
        let limits = ArchiveLimits(maxCells: 1_000_000)
        let bytes = WorkbookFixtures.workbookBytes(sheet: sheet)
        let error = try #require(WorkbookFixtures.workbookError(bytes, limits: limits))
        #expect(error.kind == .tooLarge)
        #expect(error.location == "Ark1")
        // Under a larger limit the same sheet reads, 16,384 cells wide.
        let wide = try WorkbookFixtures.rows(sheet: sheet, limits: ArchiveLimits(maxCells: 2_000_000))
        #expect(wide.count == 101 && wide.allSatisfy { $0.cells.count == 16_384 })
    }

    @Test func dateStylesByFormat() throws {
        let styles = """
            <numFmts><numFmt numFmtId="170" formatCode="[$-406]d\\.\\ mmmm\\ yyyy"/><numFmt numFmtId="171" formatCode="[mm]:ss"/></numFmts>\
            <cellStyleXfs><xf numFmtId="170"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="22"/></cellXfs>
            """
        let rows = try WorkbookFixtures.rows(
            sheet: """
                <row><c s="0"><v>45356</v></c><c s="1"><v>45356</v></c><c s="2"><v>45356</v></c><c s="3"><v>45356.5</v></c><c s="9"><v>45356</v></c><c s="1"><v>-1</v></c></row>
                """, styles: styles, date1904: true)
        #expect(rows.first?.cells == ["45356", "2028-03-06", "45356", "2028-03-06T12:00:00", "45356", "-1"])
    }
}

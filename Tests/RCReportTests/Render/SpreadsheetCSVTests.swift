import Testing

@testable import RCReport

@Suite struct SpreadsheetCSVTests {
    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-2", "'-2"), ("@x", "'@x"),
        ("\tTab", "'\tTab"), ("\rCR", "'\rCR"), ("＝SUM(A1)", "'＝SUM(A1)"), ("Læge", "Læge"), ("", "")
    ])
    func neutralizesFormulaStarts(input: String, expected: String) {
        #expect(SpreadsheetCSV.neutralize(input) == expected)
    }

    @Test func formulaCellsAreNeutralisedAndQuotedInTheOutput() {
        var table = SpreadsheetCSV()
        table.append([
            .text("=cmd"), .text("+1"), .text("-2"), .text("@x"), .text("\tt"), .text("\rr"), .number(-2.5, decimals: 2)
        ])
        let text = table.render()
        #expect(text == "\u{FEFF}'=cmd,'+1,'-2,'@x,'\tt,\"'\rr\",-2.50\r\n")
    }

    @Test func excelModeUsesSemicolonsAndDecimalCommas() {
        var table = SpreadsheetCSV(excel: true)
        table.append([.text("a;b"), .number(3.25, decimals: 2), .integer(7), .number(nil, decimals: 2)])
        #expect(table.render() == "\u{FEFF}\"a;b\";3,25;7;\r\n")
    }

    @Test func startsWithAByteOrderMark() {
        let bytes = Array(SpreadsheetCSV().render().utf8)
        #expect(bytes == [0xEF, 0xBB, 0xBF])
    }
}

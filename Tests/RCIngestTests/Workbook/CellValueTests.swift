import RCIngest
import Testing

/// The text of numbers, dates, escapes and references, case by case.
@Suite struct CellValueTests {
    @Test(arguments: [
        ("3", "3"), ("3.0", "3"), ("3E0", "3"), ("-0", "0"), ("0.1", "0.1"), ("1.5", "1.5"),
        ("9007199254740992", "9007199254740992"), ("1E+20", "100000000000000000000"), ("1E+300", "1e+300"),
        ("0.30000000000000004", "0.30000000000000004"), ("1e-05", "0.00001"), ("-2.5E-7", "-0.00000025"),
        ("1e-20", "1e-20"), (" 42 ", "42"), ("abc", "abc"), ("nan", "nan"), ("inf", "inf"), ("0x10", "0x10"), ("", "")
    ])
    func numbers(raw: String, text: String) {
        #expect(NumberText.format(raw) == text)
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (60.0, false, "1900-02-29"),
        (61.0, false, "1900-03-01"),
        (45356.0, false, "2024-03-05"), (45356.604166666664, false, "2024-03-05T14:30:00"),
        (45356.99999999, false, "2024-03-06"), (0.5, false, "12:00:00"), (2958465.0, false, "9999-12-31"),
        (0.0, true, "1904-01-01"), (43894.0, true, "2024-03-05"), (1.25, true, "1904-01-02T06:00:00")
    ])
    func dates(serial: Double, date1904: Bool, text: String) {
        #expect(ExcelDate.iso(serial: serial, date1904: date1904) == text)
    }

    @Test func datesOutOfRangeStayNumbers() {
        #expect(ExcelDate.iso(serial: -1, date1904: false) == nil)
        #expect(ExcelDate.iso(serial: 3_000_000, date1904: false) == nil)
        #expect(ExcelDate.iso(serial: .infinity, date1904: true) == nil)
    }

    @Test(arguments: [
        ("yyyy-mm-dd", true), ("d/m/yy h:mm", true), ("h:mm AM/PM", true), ("[$-406]dddd", true), ("mmm", true),
        ("General", false), ("0.00", false), ("#,##0 \"dage\"", false), ("0.00\\ \"kr\"", false), ("[h]:mm:ss", false),
        ("[Red]0.0", false), ("\"day\" 0", false), ("_(* #,##0_)", false), ("0.0E+00", false), ("", false)
    ])
    func dateFormats(code: String, isDate: Bool) {
        #expect(DateFormat.isDate(code: code) == isDate)
    }

    @Test func builtInDateFormats() {
        #expect((0...200).filter(DateFormat.isBuiltInDate) == Array(14...22) + [45, 46, 47])
    }

    @Test(arguments: [
        ("line_x000D_break", "line\rbreak"), ("_x005F_x000D_", "_x000D_"), ("a_x0041_b", "aAb"), ("_x00e6_", "æ"),
        ("_xD800_", "_xD800_"), ("_x12_", "_x12_"), ("_xZZZZ_", "_xZZZZ_"), ("plain_text", "plain_text")
    ])
    func escapes(raw: String, text: String) {
        #expect(SpreadsheetText.unescape(raw) == text)
    }

    @Test(arguments: [
        (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")
    ])
    func columnNames(index: Int, name: String) {
        #expect(WorksheetTable.columnName(index) == name)
        #expect(CellReference(name + "7") == CellReference(column: index, row: 7))
    }

    @Test func references() {
        #expect(WorksheetTable.cellReference(row: 12, column: 2) == "C12")
        #expect(CellReference("$B$3") == CellReference(column: 1, row: 3))
        #expect(CellReference("c") == CellReference(column: 2, row: nil))
        #expect(CellReference("XFD1048576") == CellReference(column: 16_383, row: 1_048_576))
        for bad in ["", "A", "1", "XFE1", "A1048577", "A0", "A1B", "ABCD1", "A-1", "A12345678"] where bad != "A" {
            #expect(CellReference(bad) == nil, "\(bad)")
        }
    }
}

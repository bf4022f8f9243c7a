import Foundation
import Testing

@testable import RCIngest

@Suite struct CSVTokenizerTests {
    typealias S = CSVTestSupport

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var expected: [[String]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "LF", input: "a,b\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "CRLF", input: "a,b\r\n1,2\r\n", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "lone CR", input: "a,b\r1,2\r", expected: [["a", "b"], ["1", "2"]]),
        Case(
            name: "mixed line ends", input: "a,b\r\n1,2\n3,4\r5,6",
            expected: [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]),
        Case(name: "no final newline", input: "a,b\n1,2", expected: [["a", "b"], ["1", "2"]]),
        Case(name: "quoted delimiter", input: "a,\"b,c\",d\n", expected: [["a", "b,c", "d"]]),
        Case(name: "doubled quotes", input: "\"say \"\"hi\"\"\",x\n", expected: [["say \"hi\"", "x"]]),
        Case(name: "only doubled quotes", input: "\"\"\"\"\n", expected: [["\""]]),
        Case(name: "quoted CRLF kept", input: "\"a\r\nb\",c\r\n", expected: [["a\r\nb", "c"]]),
        Case(name: "quoted LF and CR kept", input: "\"a\nb\rc\"\n", expected: [["a\nb\rc"]]),
        Case(name: "blank lines skipped", input: "\n\r\na,b\n\n\r\n1,2\n\n", expected: [["a", "b"], ["1", "2"]]),
        Case(
            name: "ragged rows as-is", input: "a,b,c\n1\n1,2,3,4\n",
            expected: [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]),
        Case(name: "trailing empty columns", input: "a,b,,\n1,,,\n", expected: [["a", "b", "", ""], ["1", "", "", ""]]),
        Case(name: "trailing delimiter at EOF", input: "a,", expected: [["a", ""]]),
        Case(name: "only delimiters", input: ",,\n", expected: [["", "", ""]]),
        Case(name: "quoted empty line is a record", input: "\"\"\na\n", expected: [[""], ["a"]]),
        Case(
            name: "quote inside unquoted field literal", input: "5\" screen,ab\"c\"\n",
            expected: [["5\" screen", "ab\"c\""]]),
        Case(name: "text after closing quote kept", input: "\"ab\"cd,\"x\" ,y\n", expected: [["abcd", "x ", "y"]]),
        Case(name: "spaces kept", input: " a , b \n", expected: [[" a ", " b "]]),
        Case(name: "UTF-8 text", input: "æ,ø,å\nÆ,Ø,Å 😀\n", expected: [["æ", "ø", "å"], ["Æ", "Ø", "Å 😀"]]),
        Case(name: "quoted field at EOF without newline", input: "a,\"b\nc\"", expected: [["a", "b\nc"]])
    ]

    @Test(arguments: cases)
    func reads(_ testCase: Case) throws {
        let options = CSVOptions(delimiter: .comma)
        #expect(try S.rows(testCase.input, options: options) == testCase.expected)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func sameRecordsAtEveryBlockSize(blockSize: Int) throws {
        for testCase in Self.cases {
            let options = CSVOptions(delimiter: .comma, blockSize: blockSize)
            #expect(try S.rows(testCase.input, options: options) == testCase.expected, "\(testCase.name)")
        }
    }

    @Test func lineNumbersArePhysicalStartLines() throws {
        let text = "h1,h2\r\n\r\nr1,\"multi\r\nline\"\n\nr2,x\rr3,\"a\n\nb\"\nr4,y"
        for blockSize in [1, 2, 3, 4, 1 << 20] {
            let records = try S.records(text, options: CSVOptions(delimiter: .comma, blockSize: blockSize))
            #expect(records.map(\.line) == [1, 3, 6, 7, 10], "block size \(blockSize)")
            #expect(records.map { $0.fields[0] } == ["h1", "r1", "r2", "r3", "r4"])
        }
    }

    @Test func fieldsBufferGivesBytesWithoutStrings() throws {
        var tokenizer = try CSVTokenizer(
            bytes: Array("a,\"b\"\"c\",ø\n\n1,2\n".utf8), options: CSVOptions(delimiter: .comma))
        var fields = CSVFields()
        #expect(try tokenizer.nextRecord(&fields))
        #expect(fields.count == 3)
        #expect(fields.line == 1)
        #expect(Array(fields.field(1)) == Array("b\"c".utf8))
        #expect(fields.byteCount(2) == 2)
        #expect(fields.string(2) == "ø")
        #expect(fields.field(0, equals: "a"))
        #expect(!fields.field(0, equals: "b"))
        #expect(fields.withUnsafeBytes(ofField: 1) { Array($0) } == Array("b\"c".utf8))
        #expect(try tokenizer.nextRecord(&fields))
        #expect(fields.strings == ["1", "2"])
        #expect(fields.line == 3)
        #expect(try !tokenizer.nextRecord(&fields))
        #expect(try !tokenizer.nextRecord(&fields))
    }

    @Test func nulBytesAreDropped() throws {
        let path = try S.fixturePath("nul-bytes.csv")
        var reader = try CSVReader(path: path)
        let records = try reader.readAll()
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func nulInsideQuotedFieldDropped() throws {
        #expect(try S.rows([0x22, 0x61, 0x00, 0x62, 0x22, 0x0A], options: CSVOptions(delimiter: .comma)) == [["ab"]])
    }

    @Test func fiveMegabyteFieldIsAcceptedByDefault() throws {
        let big = String(repeating: "abcdefghij", count: 500_000)  // 5,000,000 bytes
        let text = "id,comment\n1,\"\(big)\"\n2,\(big)x\n3,short\n"
        let rows = try S.rows(text)
        #expect(rows.count == 4)
        #expect(rows[1][1].utf8.count == 5_000_000)
        #expect(rows[2][1].utf8.count == 5_000_001)
        #expect(rows[3] == ["3", "short"])
    }

    @Test func fieldOverConfiguredLimitIsRefusedWithItsLine() throws {
        let text = "id,comment\n1,ok\n\n2,\"" + String(repeating: "x", count: 2000) + "\"\n"
        let options = CSVOptions(blockSize: 64, maxFieldBytes: 1000)
        let error = try #require(S.error(Array(text.utf8), options: options))
        #expect(error.kind == .fieldTooLarge)
        #expect(error.line == 4)
        #expect(error.column == 3)
        #expect(error.description == "export.csv:4:3: field is larger than the limit of 1000 bytes")
    }

    @Test func unquotedFieldOverLimitIsRefused() throws {
        let text = "a,b\n" + String(repeating: "y", count: 5000) + "\n"
        let error = try #require(S.error(Array(text.utf8), options: CSVOptions(maxFieldBytes: 4096)))
        #expect(error.kind == .fieldTooLarge)
        #expect(error.line == 2)
        #expect(error.message.contains("4 KiB"))
    }

    @Test func recordAndHeaderLimits() throws {
        let row = Array(repeating: "abcdefghij", count: 20).joined(separator: ",")  // 219 bytes
        let text = "h\n\(row)\n"
        let record = try #require(
            S.error(Array(text.utf8), options: CSVOptions(delimiter: .comma, maxRecordBytes: 100)))
        #expect(record.kind == .recordTooLarge)
        #expect(record.line == 2)
        let header = try #require(
            S.error(Array("\(row)\n1\n".utf8), options: CSVOptions(delimiter: .comma, maxHeaderBytes: 100)))
        #expect(header.kind == .headerTooLarge)
        #expect(header.line == 1)
        #expect(header.message.contains("header"))
        // The header limit is for the header only.
        #expect(try S.rows("h\n\(row)\n", options: CSVOptions(delimiter: .comma, maxHeaderBytes: 100)).count == 2)
    }

    @Test func tooManyFields() throws {
        let error = try #require(
            S.error(Array("a,b,c,d\n".utf8), options: CSVOptions(delimiter: .comma, maxFieldsPerRecord: 3)))
        #expect(error.kind == .tooManyFields)
        #expect(
            try S.rows("a,b,c\n", options: CSVOptions(delimiter: .comma, maxFieldsPerRecord: 3)) == [["a", "b", "c"]])
    }

    @Test func unterminatedQuoteNamesWhereItOpened() throws {
        let error = try #require(S.error(path: try S.fixturePath("unterminated-quote.csv")))
        #expect(error.kind == .unterminatedQuote)
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(
            error.description.hasSuffix(
                "unterminated-quote.csv:3:3: unterminated quoted field: the quote that opens here is never closed"))
    }

    @Test(arguments: [1, 3, 8, 1 << 20])
    func unterminatedQuoteColumnAfterMultibyteText(blockSize: Int) throws {
        let error = try #require(
            S.error(Array("x\r\nø,ab,\"c\r\nd".utf8), options: CSVOptions(delimiter: .comma, blockSize: blockSize)))
        #expect(error.line == 2)
        #expect(error.column == 7)  // UTF-8 bytes: ø is two
    }

    @Test func readsFileInSmallBlocksFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "respondent;rolle;svar\r\n"
        for i in 0..<2000 { text += "\(i);\"Læge; \(i)\";Ofte 😀\r\n" }
        try Data(text.utf8).write(to: url)
        var reader = try CSVReader(path: url.path, options: CSVOptions(blockSize: 13, sniffLength: 100))
        #expect(reader.dialect.delimiter == .semicolon)
        let records = try reader.readAll()
        #expect(records.count == 2001)
        #expect(records.last == CSVRecord(fields: ["1999", "Læge; 1999", "Ofte 😀"], line: 2001))
    }

    @Test func missingFileIsUnreadable() {
        let error = S.error(path: "/nonexistent/rckit/nothing.csv")
        #expect(error?.kind == .unreadable)
        #expect(error?.description == "/nonexistent/rckit/nothing.csv: no such file")
    }

    @Test func errorDescriptionIsCompilerStyle() {
        #expect(
            CSVError(.unterminatedQuote, file: "export.csv", line: 12, column: 7, message: "unterminated quoted field")
                .description
                == "export.csv:12:7: unterminated quoted field")
        #expect(
            CSVError(.emptyFile, file: "a.csv", message: "the file is empty").description == "a.csv: the file is empty")
    }
}

import Foundation
import Testing

@testable import RCIngest

@Suite struct CSVSnifferTests {
    typealias S = CSVTestSupport

    @Test func semicolonWindows1252CRLF() throws {
        var reader = try CSVReader(path: try S.fixturePath("semicolon-windows1252-crlf.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .windows1252, delimiter: .semicolon, lineEnding: .crlf))
        let rows = try reader.readAll().map(\.fields)
        #expect(
            rows == [
                ["Navn", "Rolle", "Kommentar", "Score"],
                ["Søren Æbelø", "Sygeplejerske", "Gode kolleger; ærlig snak", "3,5"],
                ["Åse Øster", "Læge", "€ – “god” … ‰ Š Œ Ž š œ ž Ÿ ™ • † ‡ ˆ ˜ ‚ ƒ „ ‹ › ‘ ’ —", "4,0"]
            ])
    }

    @Test(arguments: [("utf16le-bom.txt", TextEncoding.utf16LE), ("utf16be-bom.txt", .utf16BE)])
    func utf16WithByteOrderMark(file: String, encoding: TextEncoding) throws {
        for blockSize in [1, 2, 3, 5, 7, 1 << 20] {
            var reader = try CSVReader(path: try S.fixturePath(file), options: CSVOptions(blockSize: blockSize))
            #expect(reader.dialect == CSVDialect(encoding: encoding, delimiter: .tab, lineEnding: .crlf))
            let records = try reader.readAll()
            #expect(
                records == [
                    CSVRecord(fields: ["Navn", "Rolle", "Note"], line: 1),
                    CSVRecord(fields: ["Ærø", "Læge", "glad 😀"], line: 2),
                    CSVRecord(fields: ["Bo\r\nÅ", "Portør", ""], line: 3)
                ], "block size \(blockSize)")
        }
    }

    @Test func utf16WithoutByteOrderMark() throws {
        let text = "navn,rolle\r\nÆrø,læge 😀\r\n"
        for (encoding, bytes) in [
            (TextEncoding.utf16LE, text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            (.utf16BE, text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        ] {
            var reader = try CSVReader(bytes: bytes)
            #expect(reader.dialect.encoding == encoding)
            #expect(try reader.readAll().map(\.fields) == [["navn", "rolle"], ["Ærø", "læge 😀"]])
        }
    }

    @Test func utf8WithByteOrderMark() throws {
        var reader = try CSVReader(path: try S.fixturePath("utf8-bom.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .utf8BOM, delimiter: .comma, lineEnding: .lf))
        let rows = try reader.readAll().map(\.fields)
        #expect(rows.first == ["respondent", "rolle", "svar"])  // no BOM glued to the first name
        #expect(rows.last == ["2", "Sygeplejerske", "Ofte"])
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", CSVDelimiter.comma),
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", .semicolon),
        ("a\tb\tc\n1\t2\t3\n", .tab),
        ("a|b|c\n1|2|3\n", .pipe),
        ("\"x;y\",b\n\"1;2\",3\n", .comma),
        ("navn;kommentar\nAnn;\"hej, med dig\"\nBo;\"a, b, c\"\n", .semicolon),
        ("just one column\nvalue\n", .comma),
        ("id,comment\n1,hello; world\n2,fine\n", .comma)
    ])
    func detectsDelimiter(text: String, delimiter: CSVDelimiter) throws {
        #expect(try CSVSniffer.sniff(bytes: Array(text.utf8)).delimiter == delimiter)
    }

    @Test func excelSeparatorLine() throws {
        var reader = try CSVReader(bytes: Array("sep=;\r\na;b,c\r\n1;2\r\n".utf8))
        #expect(reader.dialect.delimiter == .semicolon)
        #expect(
            try reader.readAll() == [CSVRecord(fields: ["a", "b,c"], line: 2), CSVRecord(fields: ["1", "2"], line: 3)])
        #expect(try S.rows("sep=|") == [])
        #expect(try S.rows("sep=,x\n1,2\n") == [["sep=", "x"], ["1", "2"]])
    }

    @Test func delimiterCanBeOverridden() throws {
        let options = CSVOptions(delimiter: CSVDelimiter(";"))
        #expect(try S.rows("a,b;c\n", options: options) == [["a,b", "c"]])
        #expect(CSVDelimiter("\"") == nil)
        #expect(CSVDelimiter("ø") == nil)
        #expect(CSVDelimiter("\t") == .tab)
        #expect(CSVDelimiter.semicolon.name == "semicolon")
    }

    @Test(arguments: [
        ("a\n", LineEnding.lf), ("a\r\nb\r\n", .crlf), ("a\rb\r", .cr), ("a\nb\r\n", .mixed), ("a", .none),
        ("\"x\ny\"\r\nb\r\n", .crlf)
    ])
    func detectsLineEnding(text: String, lineEnding: LineEnding) throws {
        #expect(try CSVSniffer.sniff(bytes: Array(text.utf8)).lineEnding == lineEnding)
    }

    @Test func encodingNames() {
        #expect(
            TextEncoding.allCases.map(\.name) == ["UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252"])
    }

    @Test(arguments: ["empty.csv", "bom-only.csv", "blank-lines-only.csv"])
    func emptyFilesAreRefused(file: String) throws {
        let error = try #require(S.error(path: try S.fixturePath(file)))
        #expect(error.kind == .emptyFile)
        #expect(error.line == nil)
    }

    @Test(arguments: ["binary.bin", "workbook.xlsx", "mostly-nul.csv"])
    func binaryFilesAreRefused(file: String) throws {
        let error = try #require(S.error(path: try S.fixturePath(file)))
        #expect(error.kind == .binaryContent)
        if file.hasSuffix("xlsx") { #expect(error.message.contains("Excel workbook")) }
    }

    @Test func headerOnlyFile() throws {
        var reader = try CSVReader(path: try S.fixturePath("header-only.csv"))
        #expect(reader.dialect.delimiter == .semicolon)
        #expect(
            try reader.readAll() == [CSVRecord(fields: ["respondent", "role", "target", "dimension", "value"], line: 1)]
        )
    }

    @Test func quotedLineBreaksFixture() throws {
        var reader = try CSVReader(path: try S.fixturePath("quoted-linebreaks.csv"))
        #expect(reader.dialect.lineEnding == .crlf)
        let records = try reader.readAll()
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(
            records.map { $0.fields[1] } == [
                "comment", "first line\r\nsecond line", "lf\nonly and \"quoted\"", "cr\ronly"
            ])
    }

    @Test func mixedLineEndingsFixture() throws {
        var reader = try CSVReader(path: try S.fixturePath("mixed-line-endings.csv"))
        #expect(reader.dialect.lineEnding == .mixed)
        let records = try reader.readAll()
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"]])
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
    }
}

import Foundation
import Testing

@testable import RCIngest

@Suite struct CSVWriterTests {
    @Test(arguments: [
        (["a", "b"], "a,b\n"),
        (["a,b", "c"], "\"a,b\",c\n"),
        (["say \"hi\""], "\"say \"\"hi\"\"\"\n"),
        (["line\nbreak", "cr\rx"], "\"line\nbreak\",\"cr\rx\"\n"),
        ([""], "\"\"\n"),
        (["", ""], ",\n"),
        ([" padded "], "\" padded \"\n"),
        (["æøå", "a;b"], "æøå,a;b\n")
    ])
    func quotesOnlyWhenNeeded(fields: [String], line: String) {
        #expect(CSVWriter().line(fields) == line)
    }

    @Test func semicolonAndCRLF() {
        let writer = CSVWriter(delimiter: .semicolon, newline: .crlf)
        #expect(writer.line(["a;b", "c,d"]) == "\"a;b\";c,d\r\n")
    }
}

import Foundation
import Testing

@testable import RCIngest

/// Property test: whatever the writer writes, the reader reads back exactly, at any block size.
@Suite struct CSVRoundTripTests {
    static let pieces = [
        "a", "b", "Z", "1", "42", " ", "\"", "\"\"", ",", ";", "\t", "|", "\r", "\n", "\r\n",
        "æ", "ø", "å", "Æ", "Ø", "Å", "😀", "👩‍⚕️", "€", "—", "é"
    ]

    static func randomTable(_ rng: inout SplitMix64) -> [[String]] {
        let width = Int.random(in: 1...6, using: &rng)
        return (0..<Int.random(in: 1...25, using: &rng)).map { _ in
            // some ragged rows
            let count = Int.random(in: 0...9, using: &rng) == 0 ? Int.random(in: 1...8, using: &rng) : width
            return (0..<count).map { _ in
                (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                }.joined()
            }
        }
    }

    /// 1-based start line of each record: 1 + line breaks (CRLF, LF, lone CR) written before it.
    static func startLines(_ lines: [String]) -> [Int] {
        var result: [Int] = []
        var line = 1
        for text in lines {
            result.append(line)
            var previousCR = false
            for byte in text.utf8 {
                if byte == 0x0D { line += 1 } else if byte == 0x0A, !previousCR { line += 1 }
                previousCR = byte == 0x0D
            }
        }
        return result
    }

    @Test(arguments: CSVDelimiter.candidates)
    func readsBackWhatWasWritten(delimiter: CSVDelimiter) throws {
        var rng = SplitMix64(seed: 0x5EED_0000 + UInt64(delimiter.byte))
        for round in 0..<60 {
            let table = Self.randomTable(&rng)
            let writer = CSVWriter(delimiter: delimiter, newline: round % 2 == 0 ? .lf : .crlf)
            let lines = table.map(writer.line)
            let bytes = Array(lines.joined().utf8)
            let expectedLines = Self.startLines(lines)
            for blockSize in [1, 2, 3, 7, 1 << 20] {
                var reader = try CSVReader(
                    bytes: bytes, options: CSVOptions(delimiter: delimiter, blockSize: blockSize))
                let records = try reader.readAll()
                #expect(records.map(\.fields) == table, "round \(round), block size \(blockSize)")
                #expect(records.map(\.line) == expectedLines, "round \(round), block size \(blockSize)")
            }
            // The same text as UTF-16 LE with BOM, as Excel's "Unicode text" writes it.
            let utf16: [UInt8] = [0xFF, 0xFE] + lines.joined().utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            var reader = try CSVReader(bytes: utf16, options: CSVOptions(delimiter: delimiter, blockSize: 3))
            #expect(reader.dialect.encoding == .utf16LE)
            #expect(try reader.readAll().map(\.fields) == table, "round \(round), UTF-16")
        }
    }

    @Test func splitMix64IsDeterministic() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42), c = SplitMix64(seed: 43)
        let first = (0..<4).map { _ in a.next() }
        #expect(first == (0..<4).map { _ in b.next() })
        #expect(first != (0..<4).map { _ in c.next() })
    }
}

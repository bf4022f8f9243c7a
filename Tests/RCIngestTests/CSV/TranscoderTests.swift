import Foundation
import Testing

@testable import RCIngest

@Suite struct TranscoderTests {
    typealias S = CSVTestSupport

    @Test func unpairedSurrogateBecomesReplacementCharacter() throws {
        // "a", lone high surrogate, "b", lone low surrogate, then a high surrogate cut off by the end.
        let units: [UInt16] = [0xFEFF, 0x61, 0xD83D, 0x62, 0xDE00, 0x0A, 0xD83D]
        let bytes: [UInt8] = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]  // and an odd byte
        #expect(try S.rows(bytes) == [["a\u{FFFD}b\u{FFFD}"], ["\u{FFFD}\u{FFFD}"]])
    }

    @Test func everyWindows1252ByteDecodes() throws {
        let bytes = [UInt8](0x80...0xFF) + [0x0A]
        var reader = try CSVReader(bytes: bytes, options: CSVOptions(encoding: .windows1252, delimiter: .comma))
        let field = try #require(try reader.next()?.fields.first)
        let expected =
            "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
            + String(String.UnicodeScalarView((0xA0...0xFF).compactMap(Unicode.Scalar.init)))
        #expect(field == expected)
        #expect(field.unicodeScalars.count == 128)
    }

    @Test func invalidUTF8AfterTheSniffedStartIsReadAsWindows1252() throws {
        var bytes = Array("name,city\nAnne,København\n".utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: 300) + Array(",y\n".utf8)
        // "Søren,Ærø," in 1252, then UTF-8
        bytes += [0x53, 0xF8, 0x72, 0x65, 0x6E, 0x2C, 0xC6, 0x72, 0xF8, 0x2C] + Array("Å€\n".utf8)
        for blockSize in [1, 4, 64] {
            var reader = try CSVReader(bytes: bytes, options: CSVOptions(blockSize: blockSize, sniffLength: 100))
            #expect(reader.dialect.encoding == .utf8)
            let rows = try reader.readAll().map(\.fields)
            #expect(rows.last == ["Søren", "Ærø", "Å€"], "block size \(blockSize)")
            #expect(rows[1] == ["Anne", "København"])
            #expect(reader.repairedByteCount == 3)
        }
    }

    @Test func truncatedUTF8SequenceAtEndIsNotDropped() throws {
        #expect(try S.rows([0x61, 0x2C, 0xC3], options: CSVOptions(encoding: .utf8)) == [["a", "Ã"]])
    }

    @Test func splitAnywhereDecodesTheSame() {
        let bytes: [UInt8] = Array("aæ😀€".utf8) + [0xF8, 0xC3, 0x28, 0xE2, 0x82] + Array("ø".utf8) + [0xF0, 0x9F]
        for encoding in [TextEncoding.utf8, .windows1252, .utf16LE, .utf16BE] {
            var whole = Transcoder(encoding: encoding)
            var expected: [UInt8] = []
            whole.decode(bytes, into: &expected)
            whole.finish(into: &expected)
            for cut in 0...bytes.count {
                var split = Transcoder(encoding: encoding)
                var out: [UInt8] = []
                split.decode(Array(bytes[..<cut]), into: &out)
                split.decode(Array(bytes[cut...]), into: &out)
                split.finish(into: &out)
                #expect(out == expected, "\(encoding) cut at \(cut)")
            }
            #expect(Array(String(decoding: expected, as: UTF8.self).utf8) == expected)  // well-formed UTF-8
        }
    }
}

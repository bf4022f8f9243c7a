import Foundation
import Testing

@testable import RCIngest

/// Every split of the input across blocks must give the same records as one block.
@Suite struct ChunkBoundaryTests {
    typealias S = CSVTestSupport

    static let text = "hé;\"a\"\"b\";\"x\r\ny\"\r\nÆØÅ;😀€;\"\"\"\"\r\r\n\"😀\n\";æ\"ø\";end\n"
    static let expected: [[String]] = [
        ["hé", "a\"b", "x\r\ny"],
        ["ÆØÅ", "😀€", "\""],
        ["😀\n", "æ\"ø\"", "end"]
    ]

    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: Array(text.utf8)
        case .utf8BOM: [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE: [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .windows1252:
            text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
                return UInt8(0x80 + (Windows1252.high.firstIndex(of: UInt16(scalar.value)) ?? 0))
            }
        }
    }

    @Test(arguments: [TextEncoding.utf8, .utf8BOM, .utf16LE, .utf16BE])
    func everyBlockSize(encoding: TextEncoding) throws {
        let bytes = Self.encode(Self.text, as: encoding)
        for blockSize in 1...12 {
            var reader = try CSVReader(bytes: bytes, options: CSVOptions(blockSize: blockSize))
            #expect(reader.dialect.encoding == encoding)
            #expect(reader.dialect.delimiter == .semicolon)
            let records = try reader.readAll()
            #expect(records.map(\.fields) == Self.expected, "block size \(blockSize)")
            #expect(records.map(\.line) == [1, 3, 5], "block size \(blockSize)")
        }
    }

    @Test func windows1252AtEveryBlockSize() throws {
        let text = "Søren;“æ”;\"€\r\n–\"\r\nÅse;Œ;ÿ\r\n"
        let bytes = Self.encode(text, as: .windows1252)
        for blockSize in 1...8 {
            var reader = try CSVReader(bytes: bytes, options: CSVOptions(blockSize: blockSize))
            #expect(reader.dialect.encoding == .windows1252)
            #expect(
                try reader.readAll().map(\.fields) == [["Søren", "“æ”", "€\r\n–"], ["Åse", "Œ", "ÿ"]],
                "block size \(blockSize)")
        }
    }

    @Test func crlfSplitAtEveryPosition() throws {
        // Records padded so that the CR of each line ending falls at every offset of a 5-byte block.
        var text = ""
        var expected: [[String]] = []
        for width in 0..<10 {
            let field = String(repeating: "x", count: width)
            text += "\(field),\"q\r\n\"\r\n"
            expected.append([field, "q\r\n"])
        }
        for blockSize in [2, 3, 5] {
            let records = try S.records(text, options: CSVOptions(delimiter: .comma, blockSize: blockSize))
            #expect(records.map(\.fields) == expected)
            #expect(records.map(\.line) == Array(stride(from: 1, through: 19, by: 2)))
        }
    }
}

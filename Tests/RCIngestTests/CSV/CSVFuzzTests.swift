import Foundation
import Testing

@testable import RCIngest

/// Arbitrary bytes never crash the reader, and the block size never changes the outcome.
@Suite struct CSVFuzzTests {
    static let alphabet: [UInt8] = [
        0x22, 0x22, 0x2C, 0x3B, 0x09, 0x7C, 0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x61, 0x62, 0x20,
        0xC3, 0xA6, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xD8, 0xDC
    ]

    enum Outcome: Equatable {
        case records([CSVRecord], TextEncoding, CSVDelimiter)
        case failed(CSVError.Kind, Int?)
    }

    static func outcome(_ bytes: [UInt8], encoding: TextEncoding?, blockSize: Int) -> Outcome {
        do {
            var reader = try CSVReader(bytes: bytes, options: CSVOptions(encoding: encoding, blockSize: blockSize))
            return .records(try reader.readAll(), reader.dialect.encoding, reader.dialect.delimiter)
        } catch {
            return .failed(error.kind, error.line)
        }
    }

    /// Detected (mostly Windows-1252 for random bytes), and UTF-8 with repairs, and UTF-16.
    @Test(arguments: [nil, TextEncoding.utf8, .utf16LE, .utf16BE])
    func arbitraryBytes(encoding: TextEncoding?) {
        var rng = SplitMix64(seed: 0xF0F0_1234)
        for round in 0..<400 {
            let count = Int.random(in: 0...120, using: &rng)
            let bytes = (0..<count).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &rng)] }
            let whole = Self.outcome(bytes, encoding: encoding, blockSize: 1 << 20)
            for blockSize in [1, 2, 3, 5] {
                #expect(
                    Self.outcome(bytes, encoding: encoding, blockSize: blockSize) == whole,
                    "round \(round), block size \(blockSize): \(bytes)")
            }
        }
    }
}

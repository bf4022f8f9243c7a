import Foundation
import Testing
@testable import RCIngest

/// Helpers shared by the CSV tests.
enum CSVTestSupport {
    /// The path of a fixture under `Fixtures/csv/`.
    static func fixturePath(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/csv/\(name)", withExtension: nil))
        return url.path
    }

    /// All records of `bytes` as field arrays.
    static func rows(_ bytes: [UInt8], options: CSVOptions = CSVOptions()) throws -> [[String]] {
        var reader = try CSVReader(bytes: bytes, name: "test.csv", options: options)
        return try reader.readAll().map(\.fields)
    }

    static func rows(_ text: String, options: CSVOptions = CSVOptions()) throws -> [[String]] {
        try rows(Array(text.utf8), options: options)
    }

    static func records(_ text: String, options: CSVOptions = CSVOptions()) throws -> [CSVRecord] {
        var reader = try CSVReader(bytes: Array(text.utf8), name: "test.csv", options: options)
        return try reader.readAll()
    }

    /// The error reading `bytes` throws, if any.
    static func error(_ bytes: [UInt8], options: CSVOptions = CSVOptions()) -> CSVError? {
        do {
            var reader = try CSVReader(bytes: bytes, name: "export.csv", options: options)
            _ = try reader.readAll()
            return nil
        } catch {
            return error
        }
    }

    static func error(path: String, options: CSVOptions = CSVOptions()) -> CSVError? {
        do {
            var reader = try CSVReader(path: path, options: options)
            _ = try reader.readAll()
            return nil
        } catch {
            return error
        }
    }
}

/// SplitMix64: a tiny seeded generator, so every "random" test is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

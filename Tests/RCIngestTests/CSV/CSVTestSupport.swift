import Foundation
@_exported import RCTestSupport
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

import Foundation
import Testing

/// The built `rckit` executable end to end, as a user runs it: a real process, real files,
/// real exit statuses (every other CLI test calls the library entry point in-process).
@Suite struct BuiltBinaryTests {
    /// The `rckit` built beside the test bundle (`swift build` / `swift test` build both).
    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("rckit"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rckit"),
            repositoryRoot.appendingPathComponent(".build/debug/rckit")
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.map(\.path).joined(separator: ", ")])
        }
        return found
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe never blocks the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test func analyzesTheSampleAndWritesTheReport() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html")
        let result = try Self.run([
            "report", "sample-data/forstuegang-foer.csv", "sample-data/forstuegang-efter.csv",
            "--out", report.path
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("</html>"))

        let json = try Self.run(["analyze", "sample-data/forstuegang-foer.csv", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["respondents"] as? Int ?? 0) > 0)
    }

    @Test func badUsageAndBadDataExitAsDocumented() throws {
        #expect(try Self.run(["analyze", "--no-such-option", "x.csv"]).status == 64)
        let missing = try Self.run(["analyze", "no-such-file.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("rckit: error: no-such-file.csv"))
    }
}

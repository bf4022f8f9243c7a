import Foundation
import Testing

/// Golden files for rendered output, under `Fixtures/golden/`. Set `RCKIT_RECORD_GOLDEN=1` to
/// (re)write them from the current output; otherwise a missing or different file fails.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static var recording: Bool {
        ProcessInfo.processInfo.environment["RCKIT_RECORD_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    static func assertMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                Comment(rawValue: "golden file \(name) is missing; record it with RCKIT_RECORD_GOLDEN=1 swift test"),
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first =
                zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let want = first < expectedLines.count ? expectedLines[first] : "(end of file)"
            let got = first < actualLines.count ? actualLines[first] : "(end of file)"
            let message =
                "\(name) differs from the golden file at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n"
                + "(re-record with RCKIT_RECORD_GOLDEN=1 if the change is intended)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}

import Foundation
import RCIngest
import Testing

/// A file's contents shown in a terminal are seen, not obeyed (control characters written
/// visibly), and a file people open in a spreadsheet runs no formula.
@Suite struct TerminalSafetyTests {
    static let header = "respondent,round,rater_role,target_role,dimension,value\n"
    /// A role name carrying an OSC sequence that would retitle the terminal, a bell and a
    /// right-to-left override.
    static let hostile = "L\u{1B}]0;pwned\u{07}\u{202E}æge"

    static func file(_ text: String) throws -> (URL, URL) {
        let folder = try temporaryDirectory()
        let url = folder.appendingPathComponent("export.csv")
        try Data(text.utf8).write(to: url)
        return (folder, url)
    }

    static func steers(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value)
        }
    }

    @Test func inspectShowsControlCharactersVisibly() throws {
        let (folder, url) = try Self.file(Self.header + "R1,,\(Self.hostile),Læge,shared_goals,4\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = rckit("inspect", url.path)
        #expect(result.status == 0)
        #expect(!Self.steers(result.stdout))
        #expect(result.stdout.contains("L\\u{1B}]0;pwned\\u{7}\\u{202E}æge"), "\(result.stdout)")
    }

    @Test func warningsAndErrorsShowControlCharactersVisibly() throws {
        let (folder, url) = try Self.file(Self.header + "R1,,Læge,Læge,\(Self.hostile),4\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = rckit("import", url.path)
        #expect(imported.stderr.contains("rejected"), "\(imported.stderr)")
        #expect(!Self.steers(imported.stderr))
        let usage = rckit("analyze", url.path, "--min-grup\u{1B}[2J")
        #expect(usage.status == 64)
        #expect(!Self.steers(usage.stderr))
        #expect(usage.stderr.contains("\\u{1B}[2J"))
    }

    @Test func theRejectsFileRunsNoFormula() throws {
        let (folder, url) = try Self.file(
            Self.header + "=HYPERLINK(\"http://x\"),,Læge,Læge,shared_goals,9\n+1,,Læge,Læge,@SUM(A1),4\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let rejects = folder.appendingPathComponent("rejects.csv")
        let result = rckit("import", url.path, "--rejects", rejects.path)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: rejects, encoding: .utf8)
        let reader = try CSVReader(path: rejects.path)
        var records = reader
        var cells: [String] = []
        while let record = try records.next() { cells += record.fields }
        #expect(cells.count == 15, "\(text)")
        #expect(cells.allSatisfy { !"=+-@".contains($0.first ?? " ") }, "\(cells)")
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK") })
    }
}

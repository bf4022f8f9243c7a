import Foundation
import Testing

@testable import RCKitCLI

/// Issue 29 on the command line: a change that matters (δ from the instrument or --min-change),
/// pairing only real pairs (row numbers pair nobody unless --paired-ids), and outputs written in
/// the format their file's extension names.
@Suite struct ChangeThatMattersCommandTests {
    static let before = CompareCommandTests.before
    static let after = CompareCommandTests.after
    static let roles = ["Læge", "Sygeplejerske", "Portør"]

    /// Two Microsoft Forms exports as tidy files: ids are row numbers 1…N in each, and the role of
    /// number n in the second file is mostly another one than in the first.
    static func rowNumberRounds() throws -> (before: String, after: String) {
        let directory = try temporaryDirectory()
        func file(_ name: String, _ count: Int, role: (Int) -> String, score: (Int) -> Int) throws -> String {
            var text = "respondent,round,rater_role,target_role,dimension,value\n"
            for number in 1...count {
                for target in roles {
                    for dimension in ["shared_goals", "mutual_respect", "shared_knowledge", "timely_communication"] {
                        text += "\(number),\(name),\(role(number)),\(target),\(dimension),\(score(number))\n"
                    }
                }
            }
            let url = directory.appendingPathComponent("\(name).csv")
            try Data(text.utf8).write(to: url)
            return url.path
        }
        return (
            try file("foer", 30, role: { roles[$0 % 3] }, score: { 2 + $0 % 3 }),
            try file("efter", 33, role: { roles[($0 / 2) % 3] }, score: { 3 + $0 % 2 })
        )
    }

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func rowNumbersPairNobody() throws {
        let (before, after) = try Self.rowNumberRounds()
        let result = rckit("compare", before, after, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let index = try #require(try Self.json(result)["index"] as? [String: Any])
        #expect(index["paired"] is NSNull)
        let pairing = try #require(index["pairing"] as? [String: Any])
        #expect(pairing["row_numbers"] as? Bool == true && pairing["paired"] as? Int == 0)
        // Every output says so: the summary, and the report's story in plain words.
        let text = rckit("compare", before, after)
        #expect(text.stdout.contains("Ingen parret: id'erne ligner rækkenumre (1…N) i begge runder"))
        let out = try temporaryDirectory().appendingPathComponent("r.html")
        #expect(rckit("report", before, after, "--out", out.path).status == 0)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("Ingen kan følges fra runde til runde: id&#39;erne er filernes rækkenumre"))
        #expect(!html.contains("Parret test"))
    }

    @Test func pairedIDsPairTheSameIdAndRole() throws {
        let (before, after) = try Self.rowNumberRounds()
        let result = rckit("compare", before, after, "--format", "json", "--paired-ids")
        let index = try #require(try Self.json(result)["index"] as? [String: Any])
        let pairing = try #require(index["pairing"] as? [String: Any])
        let sameRole = (1...30).filter { Self.roles[$0 % 3] == Self.roles[($0 / 2) % 3] }.count
        #expect(pairing["paired_ids"] as? Bool == true)
        #expect(pairing["paired"] as? Int == sameRole)
        #expect(pairing["other_role"] as? Int == 30 - sameRole)
        #expect(pairing["after_only"] as? Int == 3)
        #expect((index["paired"] as? [String: Any])?["n"] as? Int == sameRole)
    }

    @Test func theSampleSaysWhoWasPairedAndWhyNot() throws {
        let index = try #require(
            try Self.json(rckit("compare", Self.before, Self.after, "--format", "json"))["index"] as? [String: Any])
        let pairing = try #require(index["pairing"] as? [String: Any])
        #expect(pairing["paired"] as? Int == 66 && pairing["row_numbers"] as? Bool == false)
        #expect(pairing["no_index"] as? Int == 1)
        #expect(pairing["before_only"] as? Int == 51 && pairing["after_only"] as? Int == 57)
    }

    /// δ from --min-change: a larger δ turns changes into small but reliable ones, never the reverse.
    @Test func minChangeDecidesWhatMatters() throws {
        func matters(_ extra: [String]) throws -> (cells: Int, small: Int) {
            let result = rckit(["compare", Self.before, Self.after, "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try Self.json(result)
            let cells = try #require(json["cells"] as? [[String: Any]])
            let reliable = cells.filter { ($0["q"] as? Double ?? 1) < 0.05 }
            let mattering = cells.filter { $0["matters"] as? Bool == true }
            for cell in mattering { #expect(abs(cell["diff"] as? Double ?? 0) >= (json["min_change"] as? Double ?? 0)) }
            return (mattering.count, reliable.count - mattering.count)
        }
        let standard = try matters([]), strict = try matters(["--min-change", "1,2"])
        #expect(standard.cells == 3 && standard.small == 0)
        #expect(strict.cells == 1 && strict.small == 2)
        let text = rckit("compare", Self.before, Self.after, "--min-change", "1.2")
        #expect(
            text.stdout.contains("Små, men reelle ændringer (q < 0,05, men under 1,20): 2 forbedringer, 0 forværringer")
        )
        #expect(rckit("compare", Self.before, Self.after, "--min-change", "0").status == 64)
        #expect(rckit("compare", Self.before, Self.after, "--min-change", "lidt").status == 64)
        #expect(rckit("compare", Self.before, Self.after, "--min-change", "9").status == 64)
    }

    /// δ from the instrument's meaningful_change, checked like its other numbers.
    @Test func meaningfulChangeComesFromTheInstrument() throws {
        let directory = try temporaryDirectory()
        let sample = repositoryRoot.appendingPathComponent("sample-data/forstuegang-instrument.json")
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as? [String: Any])
        document["meaningful_change"] = 1.2
        let instrument = directory.appendingPathComponent("i.json")
        try JSONSerialization.data(withJSONObject: document).write(to: instrument)
        let result = rckit("compare", Self.before, Self.after, "--instrument", instrument.path, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.json(result)["min_change"] as? Double == 1.2)
        document["meaningful_change"] = 5
        try JSONSerialization.data(withJSONObject: document).write(to: instrument)
        let wrong = rckit("compare", Self.before, Self.after, "--instrument", instrument.path)
        #expect(wrong.status == 1 && wrong.stderr.contains("meaningful_change"))
    }

    @Test(arguments: [
        ("cells.json", "{"), ("cells.csv", "rater,target"), ("cells.md", "## "), ("cells.html", "<!DOCTYPE html>"),
        ("cells.txt", "Relationel koordinering")
    ])
    func outWritesTheFormatItsExtensionNames(name: String, start: String) throws {
        let out = try temporaryDirectory().appendingPathComponent(name)
        let result = rckit("analyze", Self.before, "--out", out.path)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(decoding: Data(contentsOf: out), as: UTF8.self)
        #expect(text.trimmingCharacters(in: ["\u{FEFF}"]).hasPrefix(start), "\(text.prefix(40))")
    }

    @Test func outWritesAWorkbookAndRefusesADisagreeingFormat() throws {
        let directory = try temporaryDirectory()
        let workbook = directory.appendingPathComponent("ændringer.xlsx")
        #expect(rckit("compare", Self.before, Self.after, "--out", workbook.path).status == 0)
        #expect(try Data(contentsOf: workbook).prefix(2) == Data("PK".utf8))
        let json = directory.appendingPathComponent("net.json")
        let refused = rckit("analyze", Self.before, "--format", "csv", "--out", json.path)
        #expect(refused.status == 64 && refused.stderr.contains("--format csv does not match --out"))
        #expect(!FileManager.default.fileExists(atPath: json.path))
        #expect(rckit("analyze", Self.before, "--excel", "--out", workbook.path).status == 64)
        // An extension no format has: the default, table.
        let other = directory.appendingPathComponent("net.dat")
        #expect(rckit("analyze", Self.before, "--out", other.path).status == 0)
        #expect(try String(contentsOf: other, encoding: .utf8).hasPrefix("Relationel koordinering"))
    }
}

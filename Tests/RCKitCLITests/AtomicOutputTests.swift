import Foundation
import Testing

/// Output files are written whole or not at all: a run that fails half-way through its input
/// exits 1, leaves the previous file byte for byte as it was and leaves no temporary file.
@Suite(.timeLimit(.minutes(1))) struct AtomicOutputTests {
    /// Not valid UTF-8 and no CSV, so any rewrite of it shows.
    static let previous: [UInt8] = Array("previous output, not to be touched\n".utf8) + [0xFF, 0x00, 0xC3, 0x0A]

    /// A good tidy file of `rows` answers (big enough that the output is flushed to disk before
    /// the end), then `tail` on its last line.
    static func survey(rows: Int, tail: [UInt8]) -> [UInt8] {
        let roles = ["Læge", "Sygeplejerske", "Portør"]
        let dimensions = [
            "frequent_communication", "timely_communication", "accurate_communication",
            "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"
        ]
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        for row in 0..<rows {
            let respondent = row / 21
            text +=
                "ID-\(respondent),,\(roles[respondent % 3]),\(roles[row / 7 % 3]),\(dimensions[row % 7]),\(row % 5 + 1)\n"
        }
        return Array(text.utf8) + tail
    }

    struct Tail: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var problem: String
        var testDescription: String { name }
    }

    static let tails: [Tail] = [
        Tail(
            name: "unterminated quote on the last line", bytes: Array("ID-X,,Læge,\"Læge,shared_goals,4\n".utf8),
            problem: "unterminated quoted field"),
        Tail(
            name: "a field beyond the limit",
            bytes: Array("ID-X,,Læge,Læge,shared_goals,".utf8)
                + [UInt8](repeating: UInt8(ascii: "5"), count: (1 << 20) + 1) + [10],
            problem: "field is larger than the limit")
    ]

    /// Runs `arguments` (with `INPUT`, `GOOD` and `OUT` standing for the files) in a fresh folder
    /// where OUT already exists; returns the result, OUT's bytes and the folder's listing.
    func run(_ arguments: [String], input: [UInt8]) throws -> (CLIResult, [UInt8], [String]) {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("export.csv")
        let good = folder.appendingPathComponent("before.csv")
        // No extension: --format decides (an extension would have to agree with it).
        let out = folder.appendingPathComponent("out")
        try Data(input).write(to: inputFile)
        try Data(Self.survey(rows: 2_100, tail: [])).write(to: good)
        try Data(Self.previous).write(to: out)
        let result = rckit(
            arguments.map {
                $0.replacingOccurrences(of: "INPUT", with: inputFile.path)
                    .replacingOccurrences(of: "GOOD", with: good.path).replacingOccurrences(of: "OUT", with: out.path)
            })
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return (result, Array(try Data(contentsOf: out)), listing)
    }

    static let commands: [[String]] = [
        ["import", "INPUT", "--out", "OUT"],
        ["import", "INPUT", "--out", "OUT.tidy", "--rejects", "OUT"],
        ["analyze", "INPUT", "--out", "OUT"],
        ["analyze", "INPUT", "--format", "json", "--out", "OUT"],
        ["compare", "GOOD", "INPUT", "--out", "OUT"]
    ]

    @Test(arguments: tails, commands)
    func failingHalfWayLeavesThePreviousFile(tail: Tail, command: [String]) throws {
        let (result, out, listing) = try run(command, input: Self.survey(rows: 40_000, tail: tail.bytes))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("export.csv:40002:"), "\(result.stderr)")
        #expect(result.stderr.contains(tail.problem), "\(result.stderr)")
        #expect(out == Self.previous)
        #expect(listing == ["before.csv", "export.csv", "out"])
    }

    /// The same commands on the good file do replace the previous file: the test above can fail.
    @Test(arguments: commands)
    func succeedingReplacesThePreviousFile(command: [String]) throws {
        let (result, out, listing) = try run(command, input: Self.survey(rows: 2_100, tail: []))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(out != Self.previous && !out.isEmpty)
        #expect(listing.allSatisfy { !$0.hasPrefix(".") })
    }

    /// A target that cannot be replaced (a folder) is refused before any work: the folder stays
    /// as it was and no temporary file is made.
    @Test func unreplaceableTargetLeavesNoTemporaryFile() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("export.csv")
        try Data(Self.survey(rows: 210, tail: [])).write(to: input)
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: target.appendingPathComponent("inside.txt"))
        for command in [["import", input.path, "--out", target.path], ["analyze", input.path, "--out", target.path]] {
            let result = rckit(command)
            #expect(result.status == 1)
            #expect(result.stderr.contains("rckit: error: \(target.path): is a folder, not a file"), "\(result.stderr)")
            #expect(!result.stderr.contains("records"), "refused before reading")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["export.csv", "taken"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside.txt"])
        }
    }
}

import Foundation
import Testing

/// A field, a record or a header beyond the reading limits (1 MiB, 16 MiB, 4 MiB) is refused
/// with exit status 1 and a message naming the file and the line where it starts, before it can
/// exhaust memory; nothing is written.
@Suite(.timeLimit(.minutes(1))) struct InputLimitsTests {
    static let header = "respondent,round,rater_role,target_role,dimension,value\n"
    /// Two good records, the second with a quoted line break, so physical lines and records differ.
    static let start = header + "R1,,Læge,Læge,shared_goals,4\nR2,\"før\nefter\",Læge,Læge,shared_goals,4\n"

    static func repeated(_ count: Int, _ character: Character = "x") -> String {
        String(repeating: character, count: count)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: @Sendable () -> String
        var location: String
        var problem: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "field over 1 MiB", text: { start + "R3,,Læge,Læge,shared_goals,\(repeated((1 << 20) + 1, "4"))\n" },
            location: "5:30", problem: "field is larger than the limit of 1 MiB"),
        Case(
            name: "quoted field over 1 MiB (a lost closing quote)",
            text: { start + "R3,\"" + repeated(1 << 19, "\n") + repeated(1 << 19) + "\n" },
            location: "5:4", problem: "field is larger than the limit of 1 MiB"),
        Case(
            name: "record over 16 MiB",
            text: { start + (0..<17).map { _ in repeated(1_000_000) }.joined(separator: ",") + "\n" },
            location: "5", problem: "record is longer than the limit of 16 MiB"),
        Case(
            name: "header over 4 MiB",
            text: {
                "respondent,round,rater_role,target_role,dimension,value,"
                    + (0..<5).map { _ in repeated(1_000_000) }.joined(separator: ",") + "\n"
            },
            location: "1", problem: "header is longer than the limit of 4 MiB")
    ]

    @Test(arguments: cases, [["import"], ["analyze"], ["inspect"]])
    func refusedWithItsLine(input: Case, command: [String]) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.csv")
        try Data(input.text().utf8).write(to: file)
        let out = folder.appendingPathComponent("out.csv")
        let result = rckit(command + [file.path] + (command == ["inspect"] ? [] : ["--out", out.path]))
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("rckit: error: \(file.path):\(input.location): \(input.problem)"),
            "\(result.stderr.prefix(300))")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["big.csv"])
    }

    /// Just under the limits, the same shapes are read: the limits are where they say they are.
    @Test func justUnderTheLimitsIsRead() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.csv")
        let text = Self.start + "R3,,Læge,Læge,shared_goals,4,\(Self.repeated((1 << 20) - 1))\n"
        try Data(text.utf8).write(to: file)
        let result = rckit("import", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rejected 0"))
    }
}

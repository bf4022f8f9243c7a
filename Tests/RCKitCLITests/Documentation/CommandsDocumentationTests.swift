import Foundation
import Testing

@testable import RCKitCLI

/// docs/COMMANDS.md holds each command's `--help` as the program prints it: the documented
/// synopses and options are the ones the code declares. `RCKIT_RECORD_DOCS=1` rewrites the
/// blocks from the program.
@Suite struct CommandsDocumentationTests {
    static let path = repositoryRoot.appendingPathComponent("docs/COMMANDS.md")

    static var recording: Bool {
        ProcessInfo.processInfo.environment["RCKIT_RECORD_DOCS"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    /// Each section's heading and the arguments whose output its block shows.
    static let sections: [(heading: String, arguments: [String])] =
        [("rckit", ["--help"])]
        + RCKit.commands.map { command in
            let name = command.spec(.standard).name
            return ("rckit \(name)", [name, "--help"])
        }

    /// The range of the `text` block that follows the heading `## \`heading\`` in `document`.
    static func block(after heading: String, in document: String) -> Range<String.Index>? {
        guard let title = document.range(of: "\n## `\(heading)`\n"),
            let open = document.range(of: "```text\n", range: title.upperBound..<document.endIndex),
            let close = document.range(of: "\n```\n", range: open.upperBound..<document.endIndex)
        else { return nil }
        return open.upperBound..<close.lowerBound
    }

    @Test func everyCommandsHelpIsDocumentedAsItIs() throws {
        var document = try String(contentsOf: Self.path, encoding: .utf8)
        for (heading, arguments) in Self.sections {
            let help = rckit(arguments + ["--lang", "en"]).stdout
            #expect(!help.isEmpty, "\(arguments) prints no help")
            let expected = String(help.drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed())
            guard let range = Self.block(after: heading, in: document) else {
                Issue.record("docs/COMMANDS.md has no section '## `\(heading)`' with a ```text block")
                continue
            }
            if Self.recording {
                document.replaceSubrange(range, with: expected)
            } else {
                #expect(String(document[range]) == expected, "docs/COMMANDS.md: `\(heading)` differs from --help")
            }
        }
        if Self.recording { try document.write(to: Self.path, atomically: true, encoding: .utf8) }
    }
}

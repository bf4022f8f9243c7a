import Foundation
import Testing

@testable import RCKitCLI

/// No figure resting on fewer respondents than --min-group appears in any output, and
/// respondent ids appear in none.
@Suite struct PrivacyTests {
    /// Two large roles answering only 4 and 5, and a role of two respondents answering only 1:
    /// any "1.00" or "1,00" in an output can only come from the small group.
    static func survey() throws -> URL {
        var lines = ["respondent,round,rater_role,target_role,dimension,value"]
        let dimensions = [
            "frequent_communication", "timely_communication", "accurate_communication",
            "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"
        ]
        let roles = ["Læge", "Sygeplejerske", "Jordemoder"]
        var respondents: [(String, String)] = []
        for i in 0..<12 { respondents.append(("SECRET-ID-\(i)", roles[i % 2])) }
        respondents += [("SECRET-ID-X", "Jordemoder"), ("SECRET-ID-Y", "Jordemoder")]
        for (index, (id, role)) in respondents.enumerated() {
            for target in roles {
                for (d, dimension) in dimensions.enumerated() {
                    let value = role == "Jordemoder" ? 1 : ((index + d) % 3 == 0 ? 4 : 5)
                    lines.append("\(id),,\(role),\(target),\(dimension),\(value)")
                }
            }
        }
        let url = try temporaryDirectory().appendingPathComponent("survey.csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    @Test(arguments: [
        ["--format", "table"], ["--format", "md"], ["--format", "csv"], ["--format", "json"],
        ["--format", "table", "--lang", "en"], ["--format", "md", "--lang", "en"], ["--format", "html"],
        ["--format", "html", "--lang", "en"]
    ])
    func suppressedFiguresAppearNowhere(format: [String]) throws {
        let file = try Self.survey()
        for terminal in [false, true] {
            let result = rckit(["analyze", file.path] + format, terminal: terminal)
            #expect(result.status == 0, "\(result.stderr)")
            let output = result.stdout + result.stderr
            for forbidden in ["1.00", "1,00", "1.0000", "1,0000", "SECRET-ID"] {
                #expect(!output.contains(forbidden), "found \(forbidden) in \(format) output")
            }
            // The same survey with a minimum group of 1 does show the small group: the check can fail.
            let open = rckit(["analyze", file.path, "--min-group", "1"] + format, terminal: terminal)
            #expect(
                open.stdout.contains("1.00") || open.stdout.contains("1,00") || open.stdout.contains(":1,")
                    || open.stdout.contains(": 1,"))
        }
    }

    @Test func jsonHasNullsForSuppressedCells() throws {
        let result = rckit("analyze", try Self.survey().path, "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 9)
        for cell in cells where (cell["rater"] as? String) == "Jordemoder" {
            #expect(cell["suppressed"] as? Bool == true)
            // Two midwives: every answer of theirs is hidden, so no tie is left — fewer than k, not 0.
            #expect(cell["n"] is NSNull && cell["hidden"] as? String == "fewer_than_k")
            for key in ["mean", "sd", "ci_low", "ci_high", "strength"] { #expect(cell[key] is NSNull, "\(key)") }
            for dimension in try #require(cell["dimensions"] as? [[String: Any]]) {
                #expect(
                    dimension["mean"] is NSNull && dimension["sd"] is NSNull && dimension["suppressed"] as? Bool == true
                )
                #expect(dimension["n"] as? Int == 2 && dimension["hidden"] as? String == "fewer_than_k")
            }
        }
        let roles = try #require(json["roles_summary"] as? [[String: Any]])
        let small = try #require(roles.first { $0["role"] as? String == "Jordemoder" })
        #expect((small["as_rater"] as? [String: Any])?["mean"] is NSNull)
    }
}

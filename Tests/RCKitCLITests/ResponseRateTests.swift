import Foundation
import Testing

@testable import RCKitCLI

/// `--invited FILE`: respondents per role over those invited, in the tables, JSON and the report's overview.
@Suite struct ResponseRateTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rckit-invited-\(UUID().uuidString).csv"
        ).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func ratesPerRole() throws {
        let invited = try Self.file("faggruppe;inviterede\nlæge;20\nSygeplejerske;30\nSekretær;12\nJordemoder;4\n")
        defer { try? FileManager.default.removeItem(atPath: invited) }
        let json = try SegmentCommandTests.json("analyze", SegmentCommandTests.tidy, "--invited", invited)
        let rates = try #require(json["response_rates"] as? [String: Any])
        let roles = try #require(rates["roles"] as? [[String: Any]])
        let doctors = try #require(roles.first { $0["role"] as? String == "Læge" })
        #expect(
            doctors["invited"] as? Int == 20 && doctors["respondents"] as? Int == 16
                && doctors["rate"] as? Double == 0.8)
        #expect(roles.first { $0["role"] as? String == "Portør" }?["rate"] is NSNull)
        #expect(roles.last?["role"] as? String == "Jordemoder" && roles.last?["respondents"] as? Int == 0)
        let total = try #require(rates["total"] as? [String: Any])
        #expect(total["invited"] as? Int == 66 && total["respondents"] as? Int == 48)

        let table = rckit("analyze", SegmentCommandTests.tidy, "--invited", invited)
        #expect(table.stdout.contains("Svarprocent pr. faggruppe\n  Læge           16 af 20  80 %\n"))
        let html = rckit("analyze", SegmentCommandTests.tidy, "--invited", invited, "--format", "html", "--lang", "en")
        #expect(html.stdout.contains("<caption>Response rate by role</caption>"))
        #expect(html.stdout.contains("<tr><th scope=\"row\">Læge</th><td>16</td><td>20</td><td>80%</td></tr>"))
    }

    @Test func badInvitedFiles() throws {
        for (text, message) in [
            ("role,invited\nLæge,x\n", ":2:2: 'x' is not a number of people invited"),
            ("role,invited\nLæge,10\n", ":2:2: Læge has 16 respondents but 10 invited"),
            ("role,invited\n", ":1: the invited file names no role")
        ] {
            let invited = try Self.file(text)
            defer { try? FileManager.default.removeItem(atPath: invited) }
            let result = rckit(["analyze", SegmentCommandTests.tidy, "--invited", invited], environment: ["LANG": "en"])
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}

import Foundation
import Testing

@testable import RCKitCLI

@Suite struct CompareCommandTests {
    static let before = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path
    static let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path

    @Test func sampleShowsTheOrthopaedicsEndocrinologyImprovement() {
        let result = rckit("compare", Self.before, Self.after)
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        let improvements = lines.firstIndex { $0.contains("Tydelige forbedringer:") }
        #expect(improvements != nil)
        // The largest improvement that matters comes first.
        if let improvements {
            #expect(lines[improvements + 1].contains("Ortopædkirurg → Endokrinolog: 2,63 → 4,06 (+1,43; 95 % KI"))
        }
        #expect(result.stdout.contains("Endokrinolog → Ortopædkirurg: 2,87 → 3,96"))
        // The paired test's small but reliable change beside the index's verdict, said in a sentence.
        #expect(result.stdout.contains("p 0,077 — ikke tydelig"))
        #expect(result.stdout.contains("og finder en lille, men reel ændring (under 0,20); rapportens vurdering"))
        #expect(result.stdout.contains("Parret (samme id og faggruppe): 66; ikke parret: "))
        // One heading gives the reason once; the ties follow with their numbers before→after.
        #expect(
            result.stdout.contains(
                "Kunne ikke sammenlignes, fordi en af runderne har færre end 3 svar (antal før→efter):"))
        // Two GPs before: fewer than k, never "0" or "no answers" (their answers are all hidden).
        #expect(result.stdout.contains("Praktiserende læge → Ortopædkirurg (<3→4)"))
        #expect(!result.stdout.contains("(0→4)") && !result.stdout.contains("ingen svar"))
        let english = rckit("compare", Self.before, Self.after, "--lang", "en")
        #expect(english.stdout.contains("Clear improvements:"))
        #expect(english.stdout.contains("Ortopædkirurg → Endokrinolog: 2.63 → 4.06 (+1.43; 95% CI"))
    }

    @Test func jsonHasTheSpecKeys() throws {
        let result = rckit("compare", Self.before, Self.after, "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let measureKeys: Set = [
            "before", "after", "diff", "ci_low", "ci_high", "t", "df", "p", "hedges_g", "suppressed"
        ]
        let index = try #require(json["index"] as? [String: Any])
        #expect(measureKeys.isSubset(of: index.keys))
        let paired = try #require(index["paired"] as? [String: Any])
        #expect(Set(["n", "diff", "t", "df", "p"]).isSubset(of: paired.keys))
        // Of those who answered both rounds, 66 have a tie in a shown cell (an I(r)) in both.
        #expect(paired["n"] as? Int == 66)
        let dimensions = try #require(json["dimensions"] as? [[String: Any]])
        #expect(
            dimensions.count == 7 && dimensions.allSatisfy { measureKeys.union(["dimension"]).isSubset(of: $0.keys) })
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(
            cells.count == 64 && cells.allSatisfy { measureKeys.union(["rater", "target", "q"]).isSubset(of: $0.keys) })
        let key = try #require(
            cells.first { $0["rater"] as? String == "Ortopædkirurg" && $0["target"] as? String == "Endokrinolog" })
        #expect((key["q"] as? Double ?? 1) < 0.05 && (key["diff"] as? Double ?? 0) > 1)
        for cell in cells where cell["rater"] as? String == "Praktiserende læge" {
            #expect(cell["suppressed"] as? Bool == true && cell["diff"] is NSNull && cell["p"] is NSNull)
            #expect((cell["before"] as? [String: Any])?["mean"] is NSNull)
        }
    }

    @Test func roundsInsideOneFile() throws {
        let directory = try temporaryDirectory()
        let combined = directory.appendingPathComponent("both.csv")
        let first = try String(contentsOfFile: Self.before, encoding: .utf8)
        let second = try String(contentsOfFile: Self.after, encoding: .utf8).split(separator: "\n", maxSplits: 1)[1]
        try Data((first + second).utf8).write(to: combined)
        let viaFile = rckit("compare", combined.path, "--round", "før", "--round", "efter", "--format", "csv")
        let viaTwo = rckit("compare", Self.before, Self.after, "--format", "csv")
        #expect(viaFile.status == 0)
        #expect(viaFile.stdout == viaTwo.stdout)
        let reversed = rckit("compare", combined.path, "--round", "efter", "--round", "før", "--format", "json")
        #expect(reversed.stdout.contains("\"before_round\": \"efter\""))
    }

    @Test func threeRoundsGiveATrend() throws {
        let directory = try temporaryDirectory()
        let third = directory.appendingPathComponent("senere.csv")
        let text = try String(contentsOfFile: Self.after, encoding: .utf8).replacingOccurrences(
            of: ",efter,", with: ",senere,")
        try Data(text.utf8).write(to: third)
        let result = rckit("compare", Self.before, Self.after, third.path, "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["rounds"] as? [String] == ["før", "efter", "senere"])
        #expect((json["comparisons"] as? [Any])?.count == 2)
    }

    @Test func oneRoundIsAnError() {
        let result = rckit("compare", Self.before)
        #expect(result.status == 1)
        #expect(result.stderr.contains("compare needs two rounds"))
        #expect(rckit("compare", Self.before, Self.after, "--round", "før").status == 64)
    }
}

@Suite struct TrendTests {
    @Test func threeRoundsShowATrendTable() throws {
        let directory = try temporaryDirectory()
        let third = directory.appendingPathComponent("senere.csv")
        let text = try String(contentsOfFile: CompareCommandTests.after, encoding: .utf8).replacingOccurrences(
            of: ",efter,", with: ",senere,")
        try Data(text.utf8).write(to: third)
        let result = rckit("compare", CompareCommandTests.before, CompareCommandTests.after, third.path)
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "Udvikling over runderne")
        #expect(lines[1].contains("før") && lines[1].contains("efter") && lines[1].contains("senere"))
        // Identical third round: no reliable change from efter to senere, the same means.
        let index = try #require(lines.first { $0.contains("Netværksindeks (RC)") })
        #expect(index.hasSuffix("3,44        3,52        3,52"))
        #expect(
            rckit("compare", CompareCommandTests.before, CompareCommandTests.after, third.path, "--format", "md").stdout
                .hasPrefix("## Udvikling over runderne"))
    }
}

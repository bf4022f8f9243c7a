import Foundation
import Testing

@testable import RCKitCLI

@Suite struct AnalyzeCommandTests {
    static let sample = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path
    static let instrument = repositoryRoot.appendingPathComponent("sample-data/forstuegang-instrument.json").path

    @Test func jsonHasTheSpecKeys() throws {
        let result = rckit("analyze", Self.sample, "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "respondents", "roles", "min_group", "index", "within_role", "dimensions", "cells", "roles_summary",
            "reliability", "ingest"
        ] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["respondents"] as? Int == 118)
        #expect(json["min_group"] as? Int == 3)
        let roles = try #require(json["roles"] as? [String])
        #expect(roles.count == 8)
        for key in ["index", "within_role"] {
            let block = try #require(json[key] as? [String: Any])
            #expect(Set(["n", "mean", "sd"]).isSubset(of: block.keys))
        }
        let dimensions = try #require(json["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == 7)
        #expect(dimensions.allSatisfy { Set(["dimension", "n", "mean", "sd"]).isSubset(of: $0.keys) })
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 64)
        let cellKeys: Set = [
            "rater", "target", "n", "mean", "sd", "ci_low", "ci_high", "strength", "suppressed", "dimensions"
        ]
        #expect(cells.allSatisfy { cellKeys.isSubset(of: $0.keys) })
        #expect(
            cells.allSatisfy { cell in
                (cell["dimensions"] as? [[String: Any]])?.allSatisfy {
                    Set(["dimension", "n", "mean", "sd", "suppressed"]).isSubset(of: $0.keys)
                } == true
            })
        let summaries = try #require(json["roles_summary"] as? [[String: Any]])
        #expect(summaries.allSatisfy { Set(["role", "respondents", "as_rater", "as_target"]).isSubset(of: $0.keys) })
        #expect(
            summaries.allSatisfy {
                (($0["as_rater"] as? [String: Any]).map { Set(["n", "mean"]).isSubset(of: $0.keys) }) == true
            })
        let reliability = try #require(json["reliability"] as? [String: Any])
        #expect(reliability["cronbach_alpha"] is Double && reliability["n"] is Int)
        let ingest = try #require(json["ingest"] as? [String: Int])
        #expect(
            ingest["records"] == 6608 && ingest["answers"] == 6183 && ingest["missing"] == 425
                && ingest["rejected"] == 0)
        // Strength is one of the three words wherever a mean is shown.
        #expect(
            cells.allSatisfy {
                $0["mean"] is NSNull || ["weak", "moderate", "strong"].contains($0["strength"] as? String ?? "")
            })
    }

    @Test func wideExportGivesTheSameFiguresAsTidyFile() throws {
        let export = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer-export.csv").path
        let tidy = rckit("analyze", Self.sample, "--format", "csv", "--instrument", Self.instrument)
        let wide = rckit("analyze", export, "--format", "csv", "--instrument", Self.instrument)
        #expect(tidy.status == 0 && wide.status == 0)
        #expect(tidy.stdout == wide.stdout)
        #expect(tidy.stdout.hasPrefix("\u{FEFF}rater,target,n,mean"))
    }

    @Test func terminalTableIsColouredOnlyOnATerminal() {
        let plain = rckit("analyze", Self.sample)
        let coloured = rckit(["analyze", Self.sample], terminal: true)
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(coloured.stdout.contains("\u{1B}[48;5;"))
        // 3,44 over the ties in shown cells (3,43 with the hidden Praktiserende læge cells, SPEC §3).
        #expect(plain.stdout.contains("Netværksindeks (RC): 3,44"))
        #expect(rckit("analyze", Self.sample, "--lang", "en").stdout.contains("Network RC index: 3.44"))
    }

    @Test func severalRoundsNeedAChoice() {
        let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path
        let both = rckit("analyze", Self.sample, after)
        #expect(both.status == 1)
        #expect(both.stderr.contains("the data has 2 rounds (før, efter)"))
        let chosen = rckit("analyze", Self.sample, after, "--round", "efter", "--format", "json")
        #expect(chosen.status == 0)
        #expect(chosen.stdout.contains("\"respondents\": 124"))
    }

    @Test(arguments: [
        (["--min-group", "0"], "'0' is not a valid value for '--min-group'"),
        (["--min-items", "8"], "'8' is not a valid value for '--min-items'"),
        (["--format", "pdf"], "'pdf' is not a valid value for '--format'")
    ])
    func badOptionsAreUsageErrors(options: [String], message: String) {
        let result = rckit(["analyze", Self.sample] + options)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func missingFileIsADataError() {
        let result = rckit("analyze", "/no/such/file.csv")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rckit: error: /no/such/file.csv"))
        #expect(result.stderr.split(separator: "\n").count == 1)  // one line
    }
}

/// rwg(j) takes A_d from the instrument's scales: a 1–10 scale labelled at its ends allows ten
/// scores (σ² = 8.25), not two (every rwg(j) would be 0) — as numpy computes it.
@Suite struct AllowedScoresTests {
    @Test func rwgOnATenPointScaleMatchesTheReference() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/RCStatsTests/Fixtures/network")
        let result = rckit(
            "analyze", folder.appendingPathComponent("survey-8.csv").path, "--instrument",
            folder.appendingPathComponent("survey-8.instrument.json").path, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expected = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("survey-8.expected.json"))) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        let reference = try #require(expected["cells"] as? [[String: Any]])
        var compared = 0
        for (cell, want) in zip(cells, reference) {
            guard let rwg = want["rwg_j"] as? Double else {
                #expect(cell["rwg_j"] is NSNull)
                continue
            }
            let got = try #require(cell["rwg_j"] as? Double)
            #expect(abs(got - rwg) <= 1e-9, "\(cell["rater"] ?? "")→\(cell["target"] ?? "")")
            #expect(rwg > 0.5)
            compared += 1
        }
        #expect(compared >= 5)
    }
}

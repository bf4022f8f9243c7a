import Foundation
import Testing

@testable import RCKitCLI

/// Rejected answers never pass unnoticed: `analyze`, `compare` and `report` stop (exit 1) with a
/// summary by reason and the way on, unless `--accept-rejects` leaves them out — and then every
/// output says how many and why.
@Suite struct RejectsStopTests {
    static let rejects = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/rejects-wide.csv")
        .path
    static let before = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path
    static let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path

    @Test(arguments: [["analyze"], ["compare", before], ["report", "--out"]])
    func anyRejectedAnswerStops(command: [String]) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = command[0] == "report" ? [folder.appendingPathComponent("r.html").path] : []
        let arguments = [command[0], Self.rejects] + command.dropFirst() + out + ["--min-group", "1"]
        let result = rckit(Array(arguments))
        #expect(result.status == 1, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.html").path))
        // By reason, the most frequent first, each with its count and first places.
        let lines = result.stderr.components(separatedBy: "\n")
        let error = lines.firstIndex { $0.hasPrefix("rckit: error: 29 answer records were rejected") }
        #expect(error != nil, "\(result.stderr)")
        #expect(
            lines.contains { $0.hasPrefix("  28 × no role of the respondent's own: ") && $0.hasSuffix(", …") },
            "\(result.stderr)")
        #expect(
            lines.contains {
                $0.hasPrefix("  1 × an answer that is not an option of its question: ")
                    && $0.contains("rejects-wide.csv:4:8 (")
            }, "\(result.stderr)")
        #expect(result.stderr.contains("--rejects rejects.csv"))
        #expect(result.stderr.contains("--accept-rejects"))
    }

    @Test func theSummaryIsDanishWithLangDa() {
        let result = rckit("analyze", Self.rejects, "--lang", "da")
        #expect(result.status == 1)
        #expect(result.stderr.contains("rckit: fejl: 29 svarposter blev afvist"), "\(result.stderr)")
        #expect(result.stderr.contains("28 × respondentens egen faggruppe mangler: "))
        #expect(result.stderr.contains("--rejects afviste.csv"))
    }

    @Test func acceptRejectsSaysWhatWasLeftOutInEveryOutput() throws {
        let table = rckit("analyze", Self.rejects, "--min-group", "1", "--accept-rejects", "--lang", "en")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stderr.contains(
                "warning: left out 29 rejected answer records (--accept-rejects): 28 × no role of the respondent's own, "
                    + "1 × an answer that is not an option of its question"),
            "\(table.stderr)")
        #expect(
            table.stdout.contains(
                "29 rejected answer records are left out of the analysis (--accept-rejects): 28 × no role"),
            "\(table.stdout)")
        let markdown = rckit("analyze", Self.rejects, "--min-group", "1", "--accept-rejects", "--format", "md")
        #expect(markdown.stdout.contains("> 29 afviste svarposter er ikke med i analysen (--accept-rejects): 28 × "))

        let json = rckit("analyze", Self.rejects, "--min-group", "1", "--accept-rejects", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let ingest = try #require(document["ingest"] as? [String: Any])
        #expect(ingest["rejected"] as? Int == 29)
        let reasons = try #require(ingest["rejected_by_reason"] as? [[String: Any]])
        #expect(reasons.map { $0["reason"] as? String } == ["no_rater_role", "invalid_value"])
        #expect(reasons.map { $0["count"] as? Int } == [28, 1])

        // The report says it on its first page (the story), and under what was read.
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.html").path
        let report = rckit("report", Self.rejects, "--min-group", "1", "--accept-rejects", "--out", out)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let story = try #require(html.range(of: "id=\"story\"")), about = try #require(html.range(of: "id=\"about\""))
        let leftOut = try #require(html.range(of: "29 afviste svarposter er ikke med i analysen"))
        #expect(story.upperBound < leftOut.lowerBound && leftOut.lowerBound < about.lowerBound)
        #expect(html.components(separatedBy: "29 afviste svarposter er ikke med i analysen").count == 3)
    }

    @Test func withoutRejectsNothingIsSaid() {
        let result = rckit("analyze", Self.before, "--accept-rejects")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("--accept-rejects") && !result.stderr.contains("left out"))
    }

    @Test func importStillWritesTheAcceptedRowsAndTheRejects() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rejectsFile = folder.appendingPathComponent("rejects.csv").path
        let result = rckit("import", Self.rejects, "--rejects", rejectsFile)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "\n").count == 1 + 83 + 1)
        let rejected = try String(contentsOfFile: rejectsFile, encoding: .utf8)
        #expect(rejected.components(separatedBy: "\n").count == 1 + 29 + 1)
    }
}

/// `--round-names` names the rounds of the files given, in order; files of the same name in two
/// folders are rounds named by their folders.
@Suite struct RoundNamesTests {
    /// The sample's two rounds in files without round labels, as `foer.csv` and `efter.csv`.
    static func unlabelled(_ folder: URL) throws -> [String] {
        try [(RejectsStopTests.before, "foer.csv"), (RejectsStopTests.after, "efter.csv")].map { source, name in
            let text = try String(contentsOfFile: source, encoding: .utf8)
                .replacingOccurrences(of: ",før,", with: ",,").replacingOccurrences(of: ",efter,", with: ",,")
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    @Test func roundNamesReplaceTheFilesNames() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.unlabelled(folder)
        let json = rckit(["compare"] + files + ["--round-names", "baseline, follow-up", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["before_round"] as? String == "baseline")
        #expect(document["after_round"] as? String == "follow-up")
        let table = rckit(["compare"] + files + ["--round-names", "A,B"])
        #expect(table.stdout.contains("A → B") && !table.stdout.contains("foer"), "\(table.stdout.prefix(300))")
        let one = rckit("analyze", files[0], "--round-names", "2024", "--format", "json")
        #expect(one.stdout.contains("\"round\": \"2024\""))
        // Files with round labels of their own keep them, and the unused names are pointed out.
        let labelled = rckit(
            "compare", RejectsStopTests.before, RejectsStopTests.after, "--round-names", "A,B", "--lang", "en")
        #expect(labelled.status == 0)
        #expect(labelled.stdout.contains("før → efter"))
        #expect(labelled.stderr.contains("--round-names: no round is named 'A'"), "\(labelled.stderr)")
    }

    @Test(arguments: [["A"], ["A", "B", "C"], ["A", ""], ["A", "A"]])
    func oneDistinctNamePerFile(names: [String]) {
        let result = rckit(
            "compare", RejectsStopTests.before, RejectsStopTests.after, "--round-names", names.joined(separator: ","))
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--round-names"))
    }

    @Test func importNamesEachFilesRound() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = rckit(["import"] + (try Self.unlabelled(folder)) + ["--round-names", "før,efter"])
        #expect(result.status == 0)
        let rounds = Set(
            result.stdout.components(separatedBy: "\n").dropFirst().compactMap { line in
                line.split(separator: ",", omittingEmptySubsequences: false).dropFirst().first.map(String.init)
            })
        #expect(rounds == ["før", "efter"])
        #expect(rckit("import", RejectsStopTests.before, "--round", "x", "--round-names", "y").status == 64)
    }

    @Test func sameFileNamesInTwoFoldersAreRoundsByFolder() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (round, file) in zip(["før", "efter"], try Self.unlabelled(folder)) {
            let sub = folder.appendingPathComponent(round)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let path = sub.appendingPathComponent("dataset.csv").path
            try FileManager.default.moveItem(atPath: file, toPath: path)
            paths.append(path)
        }
        let result = rckit(["compare"] + paths + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("\"before_round\": \"før\"") && result.stdout.contains("\"after_round\": \"efter\""))
    }
}

import Foundation
import RCIngest
import Testing

/// `rckit import --pseudonymise KEYFILE` (GDPR): respondent ids become pseudonyms keyed by the
/// file's bytes, the same in every round, so that respondents still pair; without it `import`
/// says once that the output holds direct ids. Columns that identify people are never written.
@Suite struct PseudonymiseCommandTests {
    static let export = repositoryRoot.appendingPathComponent("Tests/RCStatsTests/Fixtures/segments/units-export.csv")
        .path
    static let key = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/privacy/key.bin").path

    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",", omittingEmptySubsequences: false)
                .map(String.init)
        }
    }

    @Test func idsBecomeTheSamePseudonymsInEveryRound() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pseudonymiser = try Pseudonymiser(keyFile: Self.key)
        var written: [String] = []
        for round in ["før", "efter"] {
            let out = folder.appendingPathComponent("\(round).csv").path
            let result = rckit("import", Self.export, "--round", round, "--pseudonymise", Self.key, "--out", out)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("--pseudonymise"), "no note on direct ids")
            written.append(out)
        }
        let direct = rckit("import", Self.export)
        let plain = Self.rows(direct.stdout)
        let before = Self.rows(try String(contentsOfFile: written[0], encoding: .utf8))
        let after = Self.rows(try String(contentsOfFile: written[1], encoding: .utf8))
        #expect(before.count == plain.count && before.count == 1540)
        for (row, original) in zip(before, plain) {
            #expect(row[0] == pseudonymiser.pseudonym(for: original[0]))
            #expect(Array(row.dropFirst(2)) == Array(original.dropFirst(2)))
        }
        #expect(before.map(\.[0]) == after.map(\.[0]))
        #expect(!before.contains { $0[0].hasPrefix("R0") })
        // The two rounds pair their respondents as the direct ids do.
        let directFolder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directFolder) }
        var directFiles: [String] = []
        for round in ["før", "efter"] {
            let out = directFolder.appendingPathComponent("\(round).csv").path
            #expect(rckit("import", Self.export, "--round", round, "--out", out).status == 0)
            directFiles.append(out)
        }
        func paired(_ files: [String]) throws -> Int? {
            let result = rckit(["compare"] + files + ["--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return ((json["index"] as? [String: Any])?["paired"] as? [String: Any])?["n"] as? Int
        }
        let pairedDirect = try paired(directFiles)
        let pairedPseudonyms = try paired(written)
        #expect(pairedDirect != nil && pairedDirect == pairedPseudonyms)
    }

    @Test func withoutItImportSaysOnceThatIdsAreDirect() {
        let result = rckit(["import", Self.export], environment: ["LANG": "en"])
        #expect(result.status == 0)
        #expect(
            result.stderr.components(separatedBy: "the output holds the respondents' own ids, which identify them")
                .count == 2)
        let danish = rckit(["import", Self.export], environment: ["LANG": "da"])
        #expect(danish.stderr.contains("resultatet indeholder respondenternes egne id'er"))
    }

    @Test func aShortKeyFileStopsTheImport() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("key.txt").path
        try "secret\n".write(toFile: key, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.csv").path
        let result = rckit("import", Self.export, "--pseudonymise", key, "--out", out)
        #expect(result.status == 1 && result.stderr.contains("key.txt: the key file holds 7 bytes"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(rckit("import", Self.export, "--pseudonymise", folder.appendingPathComponent("none").path).status == 1)
    }

    /// E-mail, name and IP columns — a Danish export's and a tool's own — are never written, in
    /// wide exports nor after `value` in tidy files; the unit is.
    @Test func columnsThatIdentifyPeopleAreNeverWritten() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOfFile: Self.export, encoding: .windowsCP1252).components(separatedBy: "\r\n")
            .filter { !$0.isEmpty }
        let extra = ["Navn", "E-mail", "IP-adresse", "RecipientFirstName", "Telefon"]
        let wide =
            [lines[0] + ";" + extra.joined(separator: ";")]
            + lines.dropFirst().enumerated().map { number, line in
                line + ";Anne Hansen \(number);anne\(number)@example.dk;10.0.0.\(number);Anne;+45 1234567\(number % 10)"
            }
        let widePath = folder.appendingPathComponent("wide.csv").path
        try (wide.joined(separator: "\r\n") + "\r\n").write(
            toFile: widePath, atomically: true, encoding: .windowsCP1252)
        let tidy = rckit("import", Self.export).stdout.split(separator: "\n").enumerated().map { number, line in
            number == 0
                ? line + ",email,name,ip_address" : line + ",x\(number % 7)@example.dk,Anne \(number % 7),10.0.0.1"
        }
        let tidyPath = folder.appendingPathComponent("tidy.csv").path
        try (tidy.joined(separator: "\n") + "\n").write(toFile: tidyPath, atomically: true, encoding: .utf8)
        for path in [widePath, tidyPath] {
            let result = rckit("import", path)
            #expect(result.status == 0, "\(result.stderr)")
            let header = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(header == "respondent,round,rater_role,target_role,dimension,value,Afdeling", "\(header)")
            for word in ["@example.dk", "Anne", "10.0.0.", "+45"] { #expect(!result.stdout.contains(word), "\(word)") }
            // Nor can a report segment by them.
            #expect(rckit("analyze", path, "--by", "email").status == 1)
        }
    }
}

import Foundation
import Testing

@Suite struct ImportCommandTests {
    func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func writesTidyCSVAndAnEmptyRejectsFile() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tidy.csv")
        let rejects = folder.appendingPathComponent("rejects.csv")
        let result = rckit(
            "import", shapeFixture("google-forms.csv"), "--round", "før", "--out", out.path, "--rejects", rejects.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = lines(try contents(out))
        #expect(written.first == "respondent,round,rater_role,target_role,dimension,value")
        #expect(written.count == 141)
        #expect(
            written.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1] == "før" })
        // An answer given as "Ved ikke" keeps the label: why it is missing survives the import.
        #expect(written.contains { $0.hasSuffix(",Sygeplejerske,Læge,frequent_communication,Ved ikke") })
        #expect(lines(try contents(rejects)) == ["file,line,column,reason,record"])
        #expect(result.stderr.contains("read 140 records in 5 rows; accepted 140 (135 answers, 5 missing), rejected 0"))
        // No temporary files are left beside the outputs.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["rejects.csv", "tidy.csv"])
    }

    /// Why an answer is missing survives `import`: "Ved ikke" and "Ikke relevant" stay the value
    /// (SPEC §2 allows labels), a blank stays blank, and the tidy file reads back to exactly the
    /// figures of the export, whether read again by `import` (unchanged), `analyze` or `compare`.
    @Test func missingLabelsSurviveAndReadBackAlike() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer-export.csv").path
        let tidy = folder.appendingPathComponent("foer.csv")
        #expect(rckit("import", export, "--round", "før", "--out", tidy.path).status == 0)
        let text = try String(contentsOf: tidy, encoding: .utf8)
        let values = text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).last ?? ""
        }
        #expect(values.filter { $0 == "Ved ikke" }.count > 0 && values.filter { $0 == "Ikke relevant" }.count > 0)
        #expect(values.contains(""), "a blank answer stays blank")
        // Imported again, the tidy file is the same file.
        let again = folder.appendingPathComponent("again.csv")
        #expect(rckit("import", tidy.path, "--out", again.path).status == 0)
        #expect(try String(contentsOf: again, encoding: .utf8) == text)
        // The same figures as the export's, and the same missing count.
        func figures(_ file: String, round: String? = nil) throws -> [String: Any] {
            let result = rckit(["analyze", file, "--format", "json"] + (round.map { ["--round", $0] } ?? []))
            #expect(result.status == 0, "\(result.stderr)")
            var json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            var ingest = json["ingest"] as? [String: Any] ?? [:]
            ingest["rows"] = nil  // rows of a wide export differ from a tidy file's, by design
            json["ingest"] = ingest
            json["round"] = nil
            return json
        }
        #expect(NSDictionary(dictionary: try figures(export)) == NSDictionary(dictionary: try figures(tidy.path)))
        let efter = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path
        let compared = rckit("compare", tidy.path, efter, "--format", "json")
        let original = rckit("compare", export, efter, "--format", "json")
        #expect(compared.status == 0 && original.status == 0)
        func cells(_ text: String) throws -> NSArray {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(json["cells"] as? NSArray)
        }
        #expect(try cells(compared.stdout) == cells(original.stdout))
    }

    @Test func rejectsFileListsLineColumnAndReason() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tidy.csv")
        let rejects = folder.appendingPathComponent("rejects.csv")
        let file = shapeFixture("rejects-long.csv")
        let result = rckit("import", file, "--out", out.path, "--rejects", rejects.path)
        #expect(result.status == 0)
        let rows = lines(try contents(rejects))
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("\(file),3,6,score 6 is outside the scale 1–5,"))
        #expect(rows[2].hasPrefix("\(file),4,5,unknown dimension 'Tillid',"))
        #expect(rows[3].hasPrefix("\(file),5,3,no rater role,"))
        #expect(lines(try contents(out)).count == 1 + 3)
        #expect(result.stderr.contains("rckit: warning: \(file):3:6: rejected: score 6 is outside the scale 1–5"))
        #expect(result.stderr.contains("rejected 3"))
    }

    @Test func surveyXactWithNamedStructureAndLabels() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("export.csv")
        try FileManager.default.copyItem(atPath: shapeFixture("surveyxact/dataset.csv"), toPath: data.path)
        let without = rckit("import", data.path)
        #expect(without.status == 1)
        #expect(without.stderr.contains("no answer columns found"))
        let result = rckit(
            "import", data.path, "--structure", shapeFixture("surveyxact/structure.csv"),
            "--labels", shapeFixture("surveyxact/labels.csv"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout).count == 141)
        #expect(result.stdout.contains(",Læge,Fysioterapeut,shared_knowledge,Ved ikke\n"))
    }

    @Test func limeSurveyCodesThroughAMappingFile() {
        let result = rckit(
            "import", shapeFixture("limesurvey-codes.csv"), "--format", "mapping",
            "--mapping", shapeFixture("limesurvey-codes.mapping.json"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout).count == 141)
        #expect(result.stdout.contains("\n1,,Sygeplejerske,Social- og sundhedsassistent,frequent_communication,"))
    }

    @Test func severalFilesAreOneOutput() {
        let result = rckit("import", shapeFixture("tidy-original.csv"), shapeFixture("microsoft-forms.csv"))
        #expect(result.status == 0)
        #expect(lines(result.stdout).count == 1 + 280)
        #expect(result.stderr.contains("read 280 records in 145 rows"))
    }
}

/// Malformed inputs: exit status 1, one line naming file, line (and column) and problem; nothing
/// written, no temporary file left, no crash or hang.
@Suite(.timeLimit(.minutes(1))) struct MalformedImportTests {
    static let tidyHeader = "respondent,round,rater_role,target_role,dimension,value\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: @Sendable () -> [UInt8]
        var line: Int
        var column: Int?
        var problem: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty file", bytes: { [] }, line: 1, problem: "the file is empty"),
        Case(name: "header only", bytes: { Array(tidyHeader.utf8) }, line: 1, problem: "header but no data rows"),
        Case(
            name: "unterminated quote",
            bytes: { Array((tidyHeader + "R01,,Læge,Læge,shared_goals,4\nR02,,\"Læge,Læge,shared_goals,4\n").utf8) },
            line: 3, column: 6, problem: "unterminated quoted field"),
        Case(
            name: "binary garbage", bytes: { (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) } },
            line: 1, problem: "binary"),
        Case(
            name: "5 MB field",
            bytes: {
                Array((tidyHeader + "R01,,Læge,Læge,shared_goals,").utf8)
                    + [UInt8](repeating: UInt8(ascii: "4"), count: 5 << 20) + [10]
            },
            line: 2, column: 31, problem: "field is larger than the limit of 1 MiB"),
        Case(
            name: "NUL bytes", bytes: { Array(tidyHeader.utf8) + [UInt8](repeating: 0, count: 8192) }, line: 1,
            problem: "binary"),
        Case(
            name: "tidy file missing a column",
            bytes: { Array("respondent,round,rater_role,target_role,value\nR01,,Læge,Læge,4\n".utf8) },
            line: 1, problem: "missing required column 'dimension'")
    ]

    @Test(arguments: cases)
    func failsCleanly(input: Case) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(input.bytes()).write(to: file)
        let out = folder.appendingPathComponent("tidy.csv")
        let rejects = folder.appendingPathComponent("rejects.csv")
        let result = rckit("import", file.path, "--out", out.path, "--rejects", rejects.path)
        #expect(result.status == 1)
        let location = "\(file.path):\(input.line)" + (input.column.map { ":\($0)" } ?? "") + ": "
        #expect(result.stderr.hasPrefix("rckit: error: \(location)"), "\(result.stderr)")
        #expect(result.stderr.contains(input.problem), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stderr.hasSuffix("\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.csv"])
    }

    /// Stray NUL bytes in an otherwise good file are dropped by the reader (see CSVTokenizer):
    /// the answers are read as if they were not there.
    @Test func strayNULBytesAreDropped() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(
            Array(MalformedImportTests.tidyHeader.utf8) + Array("R01,,Læge,Sygeplejerske,shared_goals,4".utf8) + [0, 10]
        ).write(to: file)
        let result = rckit("import", file.path)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("R01,,Læge,Sygeplejerske,shared_goals,4\n"))
    }
}

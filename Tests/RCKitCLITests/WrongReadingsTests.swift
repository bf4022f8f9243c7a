import Foundation
import RCIngest
import Testing

/// The three wrong readings of issue 27 — each gave a wrong result with exit status 0 — made
/// impossible: the exports read right, and a file read the old way stops instead of passing.
@Suite struct WrongReadingsTests {
    static func fixture(_ path: String) -> String {
        SecondRoundExportsTests.folder.appendingPathComponent(path).path
    }
    static let longitudinal = fixture("redcap-longitudinal/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv")
    static let repeating = fixture("redcap-repeating/labels/RCsamarbejde_DATA_LABELS_2024-10-02_1130.csv")
    static let other = fixture("limesurvey-codetext-abbreviated/results-survey482913.csv")

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// `text` with column `column` (0-based) of every line removed, or its value on the lines
    /// `where` picks blanked (the header kept).
    static func edited(_ path: String, removing column: Int? = nil, blanking: (column: Int, line: Int)? = nil)
        throws -> String
    {
        var reader = try CSVReader(path: path, options: CSVOptions())
        let writer = CSVWriter()
        var text = ""
        while var record = try reader.next() {
            if let column { record.fields.remove(at: column) }
            if let blanking, record.line == blanking.line { record.fields[blanking.column] = "" }
            text += writer.line(record.fields)
        }
        return text
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// 1. A REDCap longitudinal labels export: the follow-up rows are the second round of the same
    /// records, never repeats of the baseline, and `analyze` never presents one round as the whole.
    @Test func redcapFollowUpIsASecondRoundNotARepeat() throws {
        let compare = rckit("compare", Self.longitudinal, "--min-group", "2", "--format", "json")
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stderr.contains("420 answer records in 15 rows: 405 answers, 15 missing, 0 rejected"))
        let document = try Self.json(compare)
        #expect(document["before_round"] as? String == "Baseline")
        #expect(document["after_round"] as? String == "Follow-up")
        // The same record id is the same person: 7 of the 8 records answered both rounds.
        let all = try Self.json(rckit("compare", Self.longitudinal, "--min-group", "1", "--format", "json"))
        let paired = (all["index"] as? [String: Any])?["paired"] as? [String: Any]
        #expect(paired?["n"] as? Int == 7)
        // analyze asks which round rather than reading both as one.
        let both = rckit("analyze", Self.longitudinal)
        #expect(both.status == 1)
        #expect(both.stderr.contains("the data has 2 rounds (Baseline, Follow-up)"), "\(both.stderr)")
        let followUp = try Self.json(rckit("analyze", Self.longitudinal, "--round", "Follow-up", "--format", "json"))
        #expect(followUp["respondents"] as? Int == 7)

        // Read as one round (the event column gone), the follow-up rows are repeats: the command
        // stops, never analysing the baseline as the whole data set with exit status 0.
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repeated = Self.fixture(
            "redcap-longitudinal-repeated/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv")
        let flattened = try Self.write(
            try Self.edited(repeated, removing: 1), "RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv", in: folder)
        let stopped = rckit("analyze", flattened, "--lang", "en")
        #expect(stopped.status == 1)
        #expect(stopped.stdout.isEmpty)
        #expect(stopped.stderr.contains("196 × a repeated answer"), "\(stopped.stderr)")
    }

    /// 2. A REDCap project whose RC questions are a repeating instrument: the role and unit on the
    /// record's non-repeating row are those of every instance; nothing is rejected for want of
    /// a role, and no empty network passes with exit status 0.
    @Test func redcapRepeatingInstancesTakeTheRoleOfTheRecordsRow() throws {
        for (round, respondents) in [("1", 8), ("2", 7)] {
            let result = rckit("analyze", Self.repeating, "--round", round, "--min-group", "2", "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            let document = try Self.json(result)
            #expect(document["respondents"] as? Int == respondents)
            #expect((document["ingest"] as? [String: Any])?["rejected"] as? Int == 0)
            #expect((document["roles"] as? [String])?.count == 4)
        }
        // The unit and the access group of the record's row are every instance's background.
        let byUnit = rckit("analyze", Self.repeating, "--round", "2", "--by", "Data Access Group", "--min-group", "1")
        #expect(byUnit.status == 0, "\(byUnit.stderr)")
        #expect(byUnit.stdout.contains("Medicinsk Afdeling") && byUnit.stdout.contains("Kirurgisk Afdeling"))
        // The checkbox's choices are no background variables.
        let checkbox = rckit(
            "analyze", Self.repeating, "--round", "1", "--by", "Hvilke opgaver varetager du? (choice=Medicin)")
        #expect(checkbox.status == 1)
        #expect(checkbox.stderr.contains("no such background variable"), "\(checkbox.stderr)")

        // A record whose row lacks its role: its answers are rejected, and the command stops.
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roleless = try Self.write(
            try Self.edited(Self.repeating, blanking: (column: 6, line: 2)),
            "RCsamarbejde_DATA_LABELS_2024-10-02_1130.csv", in: folder)
        let stopped = rckit("analyze", roleless, "--round", "1", "--lang", "en")
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("56 × no role of the respondent's own"), "\(stopped.stderr)")
    }

    /// 3. A LimeSurvey role question with "Other": the typed text is the role, as Google Forms
    /// writes it; "Other" with nothing typed is the role "Andet", and the reading says so.
    @Test func limeSurveyOtherIsTheTypedRole() throws {
        let imported = rckit("import", Self.other)
        #expect(imported.status == 0)
        let rows = try SecondRoundExportsTests.rows(imported.stdout)
        var roles: [String: Set<String>] = [:]
        for row in rows { roles[row["respondent"] ?? "", default: []].insert(row["rater_role"] ?? "") }
        #expect(roles["3"] == ["Fysioterapeut"] && roles["6"] == ["Fysioterapeut"])
        #expect(roles["8"] == ["Andet"])
        #expect(
            imported.stderr.contains(
                "results-survey482913.csv:9: 1 respondent answered the role question 'Andet' (Other) without typing their role"
            ), "\(imported.stderr)")

        // The same answers as a Google Forms export, whose role column holds what was typed.
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let google = try Self.write(try Self.googleForms(rows), "google.csv", in: folder)
        let common = ["analyze", "--min-group", "1", "--format", "json"]
        let fromLime = rckit(common + [Self.other]), fromGoogle = rckit(common + [google])
        #expect(fromLime.status == 0 && fromGoogle.status == 0, "\(fromLime.stderr)\(fromGoogle.stderr)")
        func figures(_ result: CLIResult) throws -> String {
            var document = try Self.json(result)
            document["ingest"] = nil
            return SecondRoundExportsTests.canonical(document)
        }
        #expect(try figures(fromLime) == figures(fromGoogle))
        let summary = try Self.json(fromLime)["roles_summary"] as? [[String: Any]] ?? []
        #expect(summary.first { $0["role"] as? String == "Fysioterapeut" }?["respondents"] as? Int == 2)
        #expect(summary.first { $0["role"] as? String == "Andet" }?["respondents"] as? Int == 1)
    }

    /// Tidy rows (one round) as a Google Forms responses file: `Timestamp`, the role question, and
    /// a `Question [Role]` column per question and target role, scores as written.
    static func googleForms(_ rows: [[String: String]]) throws -> String {
        let questions = [
            "frequent_communication":
                "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet?",
            "timely_communication": "Kommunikerer personer i disse faggrupper med dig om patientforløbet i tide?",
            "accurate_communication": "Kommunikerer personer i disse faggrupper præcist med dig om patientforløbet?",
            "problem_solving_communication":
                "Når der opstår et problem i patientforløbet, skyder personer i disse faggrupper så skylden på andre, eller løser de problemet sammen med dig?",
            "shared_goals": "I hvor høj grad deler personer i disse faggrupper dine mål for patientforløbet?",
            "shared_knowledge":
                "Hvor meget ved personer i disse faggrupper om det arbejde, du udfører i patientforløbet?",
            "mutual_respect":
                "I hvor høj grad respekterer personer i disse faggrupper det arbejde, du udfører i patientforløbet?"
        ]
        var columns: [String] = []
        var respondents: [String] = []
        var values: [String: [String: String]] = [:]
        var role: [String: String] = [:]
        for row in rows {
            let id = row["respondent"] ?? "", dimension = row["dimension"] ?? ""
            let column = "\(questions[dimension] ?? dimension) [\(row["target_role"] ?? "")]"
            if !columns.contains(column) { columns.append(column) }
            if !respondents.contains(id) { respondents.append(id) }
            values[id, default: [:]][column] = row["value"] ?? ""
            role[id] = row["rater_role"]
        }
        let writer = CSVWriter()
        var text = writer.line(["Timestamp", "Hvilken faggruppe tilhører du?"] + columns)
        for (k, id) in respondents.enumerated() {
            text += writer.line(
                ["2024/05/0\(k + 1) 10:00:00 AM GMT+2", role[id] ?? ""] + columns.map { values[id]?[$0] ?? "" })
        }
        return text
    }
}

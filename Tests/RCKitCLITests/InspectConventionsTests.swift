import Foundation
import RCIngest
import Testing

/// `inspect` names each convention of an export that changes how it is read, and a refusal says
/// what to give or export instead.
@Suite struct InspectConventionsTests {
    static func fixture(_ path: String) -> String { WrongReadingsTests.fixture(path) }

    @Test(arguments: [
        (
            "redcap-longitudinal/raw/RCsamarbejde_DATA_2024-10-01_0915.csv", [String](),
            ["redcap_longitudinal"],
            "REDCap longitudinal: 2 events as rounds (baseline_arm_1, followup_arm_1)"
        ),
        (
            "redcap-longitudinal-armlabels/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv", [],
            ["redcap_longitudinal"],
            "REDCap longitudinal: 2 events as rounds (Baseline (Arm 1: Arm 1), Follow-up (Arm 1: Arm 1))"
        ),
        (
            "redcap-repeating/raw/RCsamarbejde_DATA_2024-10-02_1130.csv", [],
            ["redcap_repeating_instrument", "redcap_checkboxes", "redcap_data_access_group"],
            "REDCap checkbox fields (opgaver): multi-choice questions, not background variables"
        ),
        (
            "qualtrics-legacy/Relationel_koordinering.csv", ["--value-labels", "@Relationel_koordinering.values.csv"],
            ["qualtrics_legacy"], "Qualtrics legacy export: V1–V10, two header rows"
        ),
        (
            "qualtrics-loop-matrix/Relationel_koordinering_loop.csv",
            [
                "--value-labels", "@Relationel_koordinering_loop.values.csv", "--structure",
                "@Relationel_koordinering_loop.qsf"
            ], ["qualtrics_loop_and_merge"],
            "Qualtrics Loop & Merge: 4 loops, each a role (from "
        ),
        (
            "limesurvey-codetext-abbreviated/results-survey482913.csv", [],
            ["limesurvey_abbreviated_headings", "other_role"],
            "role question with \"Andet\" (Other): the text typed in 'FAG[other]. Hvilken faggrup..  [Andet]' is the role"
        )
    ])
    func namesTheConvention(file: String, options: [String], ids: [String], text: String) throws {
        let path = Self.fixture(file)
        let folder = (path as NSString).deletingLastPathComponent
        let extra = options.map { $0.hasPrefix("@") ? folder + "/" + $0.dropFirst() : $0 }
        let result = rckit(["inspect", path, "--rows", "0", "--lang", "en"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(text), "\(result.stdout.prefix(900))")
        let json = rckit(["inspect", path, "--rows", "0", "--format", "json"] + extra)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let conventions = try #require(document["conventions"] as? [[String: Any]])
        #expect(conventions.compactMap { $0["convention"] as? String } == ids)
    }

    /// Without the survey file, a Loop & Merge export cannot say which loop is which role: the
    /// reading stops and says what to give.
    @Test func aLoopWithoutItsSurveyFileSaysWhatToGive() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("loop.csv").path
        try FileManager.default.copyItem(
            atPath: Self.fixture("qualtrics-loop-piped/Relationel_koordinering_loop.csv"), toPath: export)
        let result = rckit("analyze", export)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("a Qualtrics Loop & Merge export: the columns 1_… to 4_… ask the same questions"),
            "\(result.stderr)")
        #expect(result.stderr.contains("give the survey file with --structure SURVEY.qsf"))
        let given = rckit(
            "analyze", export, "--structure", Self.fixture("qualtrics-loop-piped/Relationel_koordinering_loop.qsf"),
            "--min-group", "1")
        #expect(given.status == 0, "\(given.stderr)")
        // The loop's roles piped into its texts say it too.
        let roles = ["1": "Læge", "2": "Sygeplejerske", "3": "Social- og sundhedsassistent", "4": "Fysioterapeut"]
        var reader = try CSVReader(path: export, options: CSVOptions())
        var text = ""
        while var record = try reader.next() {
            if record.line == 2 {
                record.fields = record.fields.map { field in
                    guard let loop = field.first.map(String.init), let role = roles[loop], field.hasPrefix(loop + " - ")
                    else { return field }
                    return field.replacingOccurrences(of: "[Field-1]", with: role)
                }
            }
            text += CSVWriter().line(record.fields)
        }
        try text.write(toFile: export, atomically: true, encoding: .utf8)
        let piped = rckit("analyze", export, "--min-group", "1", "--format", "json")
        #expect(piped.status == 0, "\(piped.stderr)")
        let pipedInspection = rckit("inspect", export, "--rows", "0", "--lang", "en")
        #expect(pipedInspection.stdout.contains("4 loops, each a role (from the texts): Læge, Sygeplejerske"))
    }

    /// Abbreviated headings whose cut role names fit no role named in full stop, saying what to export.
    @Test func aCutRoleNoOneNamesInFullStops() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(
            contentsOfFile: Self.fixture("limesurvey-codetext-abbreviated/results-survey482913.csv"), encoding: .utf8)
        // No respondent is a social and healthcare assistant, so nothing names the role in full.
        let lines = source.components(separatedBy: "\r\n").filter { !$0.contains("\"Social- og sundhedsassistent\"") }
        let export = folder.appendingPathComponent("cut.csv").path
        try lines.joined(separator: "\r\n").write(toFile: export, atomically: true, encoding: .utf8)
        let result = rckit("import", export)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cuts the role's name to 'Social- og sund..'"), "\(result.stderr)")
        #expect(result.stderr.contains("without 'Text abbreviated'"))
    }
}

import Foundation
import RCSurvey
import RCTestSupport
import Testing

/// Survey tools' exports of codes through the command line: exit 1 with the column, the codes and
/// the fix, or read with `--value-labels`; `inspect` names the tool and shows how answers score;
/// `--write-mapping` guesses the respondent and role columns for each tool.
@Suite struct CodeExportsCommandTests {
    @Test func untranslatedCodesExitOneAndWriteNothing() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tidy.csv")
        let file = shapeFixture("qualtrics-numeric-dont-know.csv")
        let result = rckit("import", file, "--out", out.path)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "rckit: error: \(file):2:18: the column 'What is your profession?' holds the respondent's own role as codes (1, 2, 3, 4)"
            ),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let read = rckit("import", file, "--value-labels", shapeFixture("qualtrics-numeric-dont-know.values.csv"))
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("accepted 140 (135 answers, 5 missing), rejected 0"), "\(read.stderr)")
        #expect(
            // The code for "don't know" is written as its label, which the tidy file reads back.
            read.stdout.contains("R_1a2B3c4D5e6F7g8,,Sygeplejerske,Physician,frequent_communication,Ved ikke\n"),
            "\(read.stdout.prefix(300))")
    }

    @Test func analyzeReadsRedcapWithItsDictionary() {
        let result = rckit(
            "analyze", shapeFixture("redcap/RCsamarbejde_DATA_2024-03-11_1403.csv"), "--format", "json", "--min-group",
            "1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"respondents\": 5"))
    }

    /// A tool's own columns (SurveyMonkey's Collector ID, REDCap's `…_complete`, the labels
    /// export's `Complete?`) are no background variables, so `--by` cannot segment by them.
    @Test(arguments: [
        "surveymonkey-condensed.csv", "redcap/RCsamarbejde_DATA_2024-03-11_1403.csv",
        "redcap/RCsamarbejde_DATA_LABELS_2024-03-11_1403.csv", "microsoft-forms-statements.xlsx"
    ])
    func toolColumnsAreNoBackgroundVariables(_ fixture: String) {
        let result = rckit("inspect", shapeFixture(fixture), "--format", "json", "--rows", "0")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"background\": []"), "\(result.stdout.prefix(2000))")
    }

    @Test func inspectNamesTheToolWithoutRCQuestions() {
        let result = rckit("inspect", shapeFixture("qualtrics-numeric-dont-know.csv"), "--rows", "0", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Format:     a Qualtrics export (3 header rows), but it cannot be read as RC answers: "),
            "\(result.stdout)")
        #expect(result.stdout.contains("Data rows:  5"))
        let danish = rckit("inspect", shapeFixture("qualtrics-numeric-dont-know.csv"), "--rows", "0", "--lang", "da")
        #expect(
            danish.stdout.contains("en Qualtrics-eksport (3 overskriftsrækker), men den kan ikke læses som RK-svar"))
    }

    @Test func inspectShowsHowAnswersScore() {
        let result = rckit(
            "inspect", shapeFixture("qualtrics-numeric-dont-know.csv"), "--rows", "0", "--lang", "en",
            "--value-labels", shapeFixture("qualtrics-numeric-dont-know.values.csv"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Answers (per question: answer → score):"))
        #expect(
            result.stdout.contains(
                "  frequent_communication (frequency): 1 → 1 · 2 → 2 · 3 → 3 · 4 → 4 · 5 → 5 · 6 (Ved ikke) → missing\n"
            ),
            "\(result.stdout)")
    }

    @Test func inspectFlagsWhatItCannotScore() {
        let result = rckit("inspect", shapeFixture("rejects-wide.csv"), "--rows", "0", "--lang", "en")
        #expect(result.stdout.contains("7 → ⚠ cannot score (score 7 is outside the scale 1–5)"), "\(result.stdout)")
    }

    @Test func inspectSaysHowRoleColumnGroupsAreRead() {
        let result = rckit("inspect", shapeFixture("microsoft-forms-danish-excel.csv"), "--rows", "0", "--lang", "en")
        #expect(
            result.stdout.contains(
                "Format:     Microsoft Forms (1 header row)\n            7 groups of 4 role columns, read as the instrument's questions in order: 1. Frequent communication (frequent_communication), 2. Timely communication (timely_communication),"
            ),
            "\(result.stdout)")
        let danish = rckit("inspect", shapeFixture("microsoft-forms-danish-excel.csv"), "--rows", "0", "--lang", "da")
        #expect(danish.stdout.contains("7 grupper af 4 faggruppekolonner"))
    }

    /// With a question's columns out of order (the workbook's second group comes after the third's
    /// first column), the groups are still listed in the order they are read, in the user's language.
    @Test(arguments: [
        (
            "en",
            "1. Frequent communication (frequent_communication), 2. Timely communication (timely_communication), "
                + "3. Accurate communication (accurate_communication), 4. Problem-solving communication (problem_solving_communication), "
                + "5. Shared goals (shared_goals), 6. Shared knowledge (shared_knowledge), 7. Mutual respect (mutual_respect)\n"
        ),
        (
            "da",
            "1. Hyppig kommunikation (frequent_communication), 2. Rettidig kommunikation (timely_communication), "
                + "3. Præcis kommunikation (accurate_communication), 4. Problemløsende kommunikation (problem_solving_communication), "
                + "5. Fælles mål (shared_goals), 6. Fælles viden (shared_knowledge), 7. Gensidig respekt (mutual_respect)\n"
        )
    ])
    func roleColumnGroupsListedInReadingOrder(language: String, questions: String) {
        let result = rckit(
            "inspect", shapeFixture("microsoft-forms-statements.xlsx"), "--rows", "0", "--lang", language)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": " + questions), "\(result.stdout)")
    }

    @Test(arguments: [
        ("qualtrics-numeric-dont-know.csv", "ResponseId", "Q1", 3.0, 29),
        ("limesurvey-codes.csv", "id", "FAG", 1, 28),
        ("limesurvey4-answer-codes.csv", "Response ID", "Hvilken faggruppe tilhører du?", 1, 28),
        // SurveyMonkey names only a matrix's first column in its first header row: the others are
        // named by both header rows, and all 28 answer columns and the comment are listed.
        ("surveymonkey-numerical.csv", "Respondent ID", "Hvilken faggruppe tilhører du?", 2, 29),
        ("redcap-alone/RCsamarbejde_DATA_2024-03-11_1403.csv", "record_id", "faggruppe", 1, 29)
    ])
    func writeMappingGuessesRespondentAndRole(
        file: String, respondent: String, rater: String, headerRows: Double, questions: Int
    ) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let result = rckit("inspect", shapeFixture(file), "--rows", "0", "--write-mapping", mapping.path)
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONValue.parse(try Data(contentsOf: mapping))
        #expect(value["respondent"] == .string(respondent))
        #expect(value["rater_role"] == .string(rater))
        #expect(value["header_rows"] == .number(headerRows))
        guard case let .object(columns)? = value["columns"] else { Issue.record("no columns"); return }
        #expect(columns.count == questions, "\(columns.map(\.0))")
    }

    /// A mapping written from a file read with `--value-labels` carries the codes' meanings, and reads the file alone.
    @Test func writtenMappingCarriesTheCodes() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let file = shapeFixture("limesurvey4-answer-codes.csv")
        let inspected = rckit(
            "inspect", file, "--rows", "0", "--write-mapping", mapping.path,
            "--value-labels", shapeFixture("limesurvey4-answer-codes.values.csv"))
        #expect(inspected.status == 0, "\(inspected.stderr)")
        let value = try JSONValue.parse(try Data(contentsOf: mapping))
        #expect(value["roles"]?["AO02"] == .string("Læge"))
        let result = rckit("import", file, "--mapping", mapping.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("accepted 140 (135 answers, 5 missing), rejected 0"), "\(result.stderr)")
    }
}

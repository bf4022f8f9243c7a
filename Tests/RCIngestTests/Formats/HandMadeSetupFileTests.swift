import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// Set-up files made by hand in each tool, with codes rckit would not choose (`SQ001`…, `A1`…`A6`,
/// roles `10 20 30 40`, a scale listed high → low, recodes in another order, no recodes at all),
/// and their code exports: read with the set-up file they give exactly `expected.csv`.
@Suite struct HandMadeSetupFileTests {
    @Test func limeSurveyExportReadsWithItsStructure() throws {
        let export = try SetupFileFixtures.handmade("limesurvey/results-survey482915.csv")
        let structure = try SetupFileFixtures.handmade("limesurvey/limesurvey_survey_482915.lss")
        let expected = try SetupFileFixtures.expected(try SetupFileFixtures.handmade("limesurvey/expected.csv"))
        for given in [structure, nil] {
            // Named, or found beside the export as LimeSurvey names the two.
            let result = try SetupFileFixtures.read(export, structure: given)
            #expect(result.rejections.isEmpty)
            #expect(result.answers.map(SetupFileFixtures.line).sorted() == expected)
        }
    }

    @Test func redcapRawExportReadsWithItsDictionary() throws {
        let export = try SetupFileFixtures.handmade("redcap/RCmaaling_DATA_2025-03-10_1412.csv")
        let dictionary = try SetupFileFixtures.handmade("redcap/RCmaaling_DataDictionary_2025-03-10.csv")
        let expected = try SetupFileFixtures.expected(try SetupFileFixtures.handmade("redcap/expected.csv"))
        for result in [
            try SetupFileFixtures.read(export, dictionary: dictionary), try SetupFileFixtures.read(export),
            // A dictionary given as --structure is read as what it is.
            try SetupFileFixtures.read(export, structure: dictionary)
        ] {
            #expect(result.rejections.isEmpty)
            #expect(result.answers.map(SetupFileFixtures.line).sorted() == expected)
        }
    }

    @Test func qualtricsNumericExportReadsWithItsSurveyFile() throws {
        let export = try SetupFileFixtures.handmade("qualtrics/Samarbejde_numeric.csv")
        let survey = try SetupFileFixtures.handmade("qualtrics/Samarbejde_om_patientforloebet_2025.qsf")
        let expected = try SetupFileFixtures.expected(try SetupFileFixtures.handmade("qualtrics/expected.csv"))
        for result in [
            try SetupFileFixtures.read(export, structure: survey),
            // A survey file given as --dictionary is read as what it is.
            try SetupFileFixtures.read(export, dictionary: survey)
        ] {
            #expect(result.rejections.isEmpty)
            #expect(result.answers.map(SetupFileFixtures.line).sorted() == expected)
        }
    }

    /// Scores come from the answers' texts, not their codes: the hand-made timely question lists
    /// its answers high → low (LimeSurvey `A1` = Altid; Qualtrics recodes 1 → 5).
    @Test func aScaleListedHighToLowScoresByItsTexts() throws {
        let result = try SetupFileFixtures.read(
            try SetupFileFixtures.handmade("limesurvey/results-survey482915.csv"),
            structure: try SetupFileFixtures.handmade("limesurvey/limesurvey_survey_482915.lss"))
        // Respondent 1 answered RETTID[SQ001] (Social- og sundhedsassistent) with A3 and
        // RETTID[SQ002] (Sygeplejerske) with A4: Af og til = 3 and Sjældent = 2.
        let timely = result.answers.filter { $0.respondent == "1" && $0.dimension == .timelyCommunication }
        #expect(timely.first { $0.targetRole == "Social- og sundhedsassistent" }?.score == 3)
        #expect(timely.first { $0.targetRole == "Sygeplejerske" }?.score == 2)
    }

    /// Without the set-up file, each export stops with exit 1 and names the file to give.
    @Test(arguments: [
        ("limesurvey/results-survey482915.csv", "--structure limesurvey_survey_ID.lss"),
        ("qualtrics/Samarbejde_numeric.csv", "--structure SURVEY.qsf")
    ])
    func withoutItsSetupFileTheExportStops(export: String, option: String) throws {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Alone in a folder, so that nothing is found beside it.
        let alone = folder.appendingPathComponent((export as NSString).lastPathComponent).path
        try FileManager.default.copyItem(atPath: try SetupFileFixtures.handmade(export), toPath: alone)
        #expect {
            try SetupFileFixtures.read(alone)
        } throws: { error in
            (error as? IngestError)?.message.contains(option) == true
        }
    }
}

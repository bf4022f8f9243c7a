import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// What a Qualtrics survey file translates beyond rckit's own files, and the ids of an export's
/// third header row.
@Suite struct QualtricsSurveyFileTests {
    @Test(
        arguments: [
            (#"{"ImportId":"QID2_1"}"#, "QID2_1"),
            (#"{"ImportId":"startDate","timeZone":"Europe/Copenhagen"}"#, "startDate"),
            (#"{'ImportId': 'QID2-1'}"#, "QID2_1"),
            (#"{"ImportId":"QID9_TEXT"}"#, "QID9_TEXT"),
            ("Response ID", nil),
            (#"{"ImportId":}"#, nil)
        ] as [(String, String?)])
    func importIDsAreRead(cell: String, id: String?) {
        #expect(QualtricsSurveyFile.importID(in: cell) == id)
    }

    func survey(questionText: String, tag: String) -> String {
        """
        {"SurveyEntry":{"SurveyID":"SV_1"},"SurveyElements":[
        {"Element":"SQ","PrimaryAttribute":"QID1","Payload":{"QuestionID":"QID1","DataExportTag":"Q1","QuestionType":"MC",
         "Selector":"SAVR","QuestionText":"Faggruppe?","Choices":{"1":{"Display":"Læge"},"2":{"Display":"Andet","TextEntry":"true"}}}},
        {"Element":"SQ","PrimaryAttribute":"QID2","Payload":{"QuestionID":"QID2","DataExportTag":"\(tag)","QuestionType":"Matrix",
         "Selector":"Likert","SubSelector":"SingleAnswer","QuestionText":"\(questionText)",
         "Choices":{"1":{"Display":"Læge"},"2":{"Display":"Sygeplejerske"}},
         "Answers":{"1":{"Display":"Slet ikke"},"2":{"Display":"Fuldstændigt"},"3":{"Display":"Ved ikke"}},
         "RecodeValues":{"1":"1","2":"5","3":"8"}}}]}
        """
    }

    func read(_ survey: String, export: String) throws -> ShapeFixtures.Result {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qsf = folder.appendingPathComponent("s.qsf")
        let csv = folder.appendingPathComponent("export.csv")
        try Data(survey.utf8).write(to: qsf)
        try Data(export.utf8).write(to: csv)
        return try SetupFileFixtures.read(csv.path, structure: qsf.path)
    }

    let export = """
        ResponseId,Q1,Q1_2_TEXT,X_1,X_2
        Response ID,Faggruppe?,Faggruppe? - Andet - Text,q - Læge,q - Sygeplejerske
        {"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID1_2_TEXT"},{"ImportId":"QID2_1"},{"ImportId":"QID2_2"}
        R_1,1,,5,8
        R_2,2,Sygeplejerske,1,5
        R_3,2,Portør,1,1

        """

    /// A question reworded in Qualtrics reads by rckit's export tag (`GOAL`); the columns by their
    /// ImportIds whatever their names; "Andet" with a typed role as that role.
    @Test func rewordedQuestionsRenamedColumnsAndTypedRoles() throws {
        let result = try read(survey(questionText: "<b>Deler de dine mål?</b>", tag: "GOAL"), export: export)
        #expect(
            result.answers.map(SetupFileFixtures.line).sorted() == [
                "R_1|Læge|Læge|shared_goals|5", "R_1|Læge|Sygeplejerske|shared_goals|",
                "R_2|Sygeplejerske|Læge|shared_goals|1", "R_2|Sygeplejerske|Sygeplejerske|shared_goals|5",
                "R_3|Portør|Læge|shared_goals|1", "R_3|Portør|Sygeplejerske|shared_goals|1"
            ])
        #expect(result.rejections.isEmpty)
    }

    @Test func aQuestionNeitherWordedNorCodedAsRCIsNoAnswerColumn() throws {
        #expect(throws: IngestError.self) {
            try read(survey(questionText: "Deler de dine mål?", tag: "Q2"), export: export)
        }
    }

    @Test func brokenJSONIsAnErrorWithItsLineAndColumn() throws {
        #expect {
            try read("{\"SurveyEntry\": {},\n \"SurveyElements\": [,]}", export: export)
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.line == 2 && error.column != nil
                && error.message.hasPrefix("not a Qualtrics survey file (.qsf)")
        }
        #expect {
            try read("{\"questions\": []}", export: export)
        } throws: { error in
            (error as? IngestError)?.message.contains("it needs \"SurveyEntry\" and \"SurveyElements\"") == true
        }
    }
}

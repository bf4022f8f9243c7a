import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// What a LimeSurvey survey structure translates beyond rckit's own files: "Other" answers,
/// reworded questions, the old single-table layout, and files that are no survey structure.
@Suite struct LimeSurveyStructureTests {
    /// A small structure: role question `FAG` (with "Other"), one array `Q1` about two roles.
    func structure(
        question: String = "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om os?",
        title: String = "Q1"
    )
        -> String
    {
        func row(_ values: [(String, String)]) -> String {
            "   <row>\n" + values.map { "    <\($0.0)><![CDATA[\($0.1)]]></\($0.0)>\n" }.joined() + "   </row>\n"
        }
        func table(_ name: String, _ rows: [[(String, String)]]) -> String {
            " <\(name)>\n  <rows>\n" + rows.map(row).joined() + "  </rows>\n </\(name)>\n"
        }
        let common = [("gid", "1"), ("sid", "1"), ("parent_qid", "0")]
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n"
            + " <languages>\n  <language>da</language>\n </languages>\n"
            + table(
                "questions",
                [
                    [("qid", "1"), ("type", "L"), ("title", "FAG"), ("other", "Y"), ("question_order", "1")] + common,
                    [("qid", "2"), ("type", "F"), ("title", title), ("other", "N"), ("question_order", "2")] + common
                ])
            + table(
                "subquestions",
                [
                    [("qid", "3"), ("parent_qid", "2"), ("title", "SQ001"), ("question_order", "1")],
                    [("qid", "4"), ("parent_qid", "2"), ("title", "SQ002"), ("question_order", "2")]
                ])
            + table(
                "question_l10ns",
                [
                    [("qid", "1"), ("question", "<p>Din faggruppe?</p>"), ("language", "da")],
                    [("qid", "2"), ("question", question), ("language", "da")],
                    [("qid", "3"), ("question", "Læge"), ("language", "da")],
                    [("qid", "4"), ("question", "Sygeplejerske"), ("language", "da")]
                ])
            + table(
                "answers",
                [
                    [("aid", "1"), ("qid", "1"), ("code", "A1"), ("sortorder", "1")],
                    [("aid", "2"), ("qid", "1"), ("code", "A2"), ("sortorder", "2")],
                    [("aid", "3"), ("qid", "2"), ("code", "X"), ("sortorder", "1")],
                    [("aid", "4"), ("qid", "2"), ("code", "Y"), ("sortorder", "2")]
                ])
            + table(
                "answer_l10ns",
                [
                    [("aid", "1"), ("answer", "Læge"), ("language", "da")],
                    [("aid", "2"), ("answer", "Sygeplejerske"), ("language", "da")],
                    [("aid", "3"), ("answer", "Hele tiden"), ("language", "da")],
                    [("aid", "4"), ("answer", "Ved ikke"), ("language", "da")]
                ])
            + table("surveys", [[("sid", "1"), ("language", "da")]]) + "</document>\n"
    }

    func read(_ structure: String, export: String) throws -> ShapeFixtures.Result {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lss = folder.appendingPathComponent("s.lss")
        let csv = folder.appendingPathComponent("results.csv")
        try Data(structure.utf8).write(to: lss)
        try Data(export.utf8).write(to: csv)
        return try SetupFileFixtures.read(csv.path, structure: lss.path)
    }

    /// "Other" (`-oth-`) reads as the typed text (spelled as the survey spells a role it knows),
    /// as with Google and Microsoft Forms; with nothing typed, as "Andet", which the read reports.
    @Test func otherReadsAsTheTypedRole() throws {
        let export = """
            id,submitdate,FAG,FAG[other],Q1[SQ001],Q1[SQ002]
            1,2025-01-01,-oth-, sygeplejerske ,X,Y
            2,2025-01-01,-oth-,Portør,X,X
            3,2025-01-01,A1,,Y,X
            4,2025-01-01,-oth-,,X,X

            """
        let result = try read(structure(), export: export)
        let lines = result.answers.map(SetupFileFixtures.line).sorted()
        #expect(
            lines == [
                "1|Sygeplejerske|Læge|frequent_communication|5",
                "1|Sygeplejerske|Sygeplejerske|frequent_communication|",
                "2|Portør|Læge|frequent_communication|5", "2|Portør|Sygeplejerske|frequent_communication|5",
                "3|Læge|Læge|frequent_communication|", "3|Læge|Sygeplejerske|frequent_communication|5",
                "4|Andet|Læge|frequent_communication|5", "4|Andet|Sygeplejerske|frequent_communication|5"
            ])
        #expect(result.rejections.isEmpty)
        #expect(result.report?.untypedOther.count == 1)
        #expect(result.report?.untypedOther.firstLine == 5)
        #expect(result.report?.untypedOther.role == "Andet")
    }

    /// A question reworded in LimeSurvey reads by rckit's own code; with another code it is no
    /// RC question.
    @Test func aRewordedQuestionReadsByRckitsCode() throws {
        let export = "id,submitdate,FAG,FREQ[SQ001],FREQ[SQ002]\n1,2025-01-01,A1,X,Y\n"
        let result = try read(structure(question: "Hvor tit taler I sammen?", title: "FREQ"), export: export)
        #expect(result.answers.count == 2)
        #expect(result.answers.allSatisfy { $0.dimension == .frequentCommunication })
        #expect {
            try read(
                structure(question: "Hvor tit taler I sammen?", title: "TALE"),
                export: "id,submitdate,FAG,TALE[SQ001],TALE[SQ002]\n1,2025-01-01,A1,X,Y\n")
        } throws: { error in
            (error as? IngestError)?.message.hasPrefix("no answer columns found") == true
        }
    }

    /// LimeSurvey 3 and earlier keep the texts in the rows of `questions` and `answers`.
    @Test func theOldLayoutReadsToo() throws {
        let old = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document>
             <LimeSurveyDocType>Survey</LimeSurveyDocType>
             <DBVersion>359</DBVersion>
             <languages><language>da</language></languages>
             <questions><rows>
              <row><qid>1</qid><parent_qid>0</parent_qid><type>L</type><title>FAG</title><question>Faggruppe</question><language>da</language></row>
              <row><qid>2</qid><parent_qid>0</parent_qid><type>F</type><title>MAAL</title><question>I hvor høj grad deler personer i disse faggrupper dine mål for os?</question><language>da</language></row>
             </rows></questions>
             <subquestions><rows>
              <row><qid>3</qid><parent_qid>2</parent_qid><type>F</type><title>SQ1</title><question>Læge</question><language>da</language></row>
             </rows></subquestions>
             <answers><rows>
              <row><qid>1</qid><code>A1</code><answer>Læge</answer><sortorder>1</sortorder><language>da</language></row>
              <row><qid>2</qid><code>A1</code><answer>Meget</answer><sortorder>1</sortorder><language>da</language></row>
             </rows></answers>
             <surveys><rows><row><sid>1</sid><language>da</language></row></rows></surveys>
            </document>

            """
        let result = try read(old, export: "id,submitdate,FAG,MAAL[SQ1]\n1,x,A1,A1\n")
        #expect(result.answers.map(SetupFileFixtures.line) == ["1|Læge|Læge|shared_goals|4"])
    }

    @Test(arguments: [
        ("<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>", 1, "a LimeSurvey Group file"),
        (
            "<document>\n<questions>\n<rows><row><qid>1</qid></row></rows>\n</questions>\n</document>", 1,
            "it has no <LimeSurveyDocType>Survey"
        ),
        (
            "<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n <questions>\n  <rows <row>", 4,
            "not a LimeSurvey survey structure (.lss): "
        )
    ])
    func notASurveyStructureIsAnErrorWithItsLine(text: String, line: Int, message: String) throws {
        #expect {
            try read(text, export: "id,submitdate,A\n1,2,3\n")
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.file.hasSuffix("s.lss") && error.line == line && error.message.contains(message)
        }
    }
}

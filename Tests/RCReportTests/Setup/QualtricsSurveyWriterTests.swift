import Foundation
import RCSurvey
import Testing

@testable import RCReport

/// The survey file `rckit setup --tool qualtrics` writes, against the structure of a survey file
/// Qualtrics exported (QualtricsTools' matrix sample).
@Suite struct QualtricsSurveyWriterTests {
    let text = QualtricsSurveyWriter(setup: SetupFixtures.setup, created: SetupFixtures.created).render()

    func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    func keys(_ value: JSONValue?) -> [String] {
        if case let .object(members)? = value { return members.map(\.0) }
        return []
    }

    func elements(_ value: JSONValue) -> [JSONValue] {
        if case let .array(items)? = value["SurveyElements"] { return items }
        return []
    }

    func string(_ value: JSONValue?) -> String? {
        if case let .string(text)? = value { return text }
        return nil
    }

    @Test func matchesTheGoldenFile() throws {
        try GoldenFile.assertMatches(text, "setup-qualtrics.qsf")
    }

    @Test func hasTheKeysOfQualtricsOwnExport() throws {
        let real = try json(try SetupFixtures.sample("qualtricstools-Single_Answer_Matrix_Questions.qsf"))
        let mine = try json(text)
        #expect(keys(mine) == keys(real))
        #expect(keys(mine["SurveyEntry"]) == keys(real["SurveyEntry"]))
        let realKinds = Set(elements(real).compactMap { string($0["Element"]) })
        let myKinds = Set(elements(mine).compactMap { string($0["Element"]) })
        #expect(realKinds.isSubset(of: myKinds), "\(realKinds.subtracting(myKinds))")
        #expect(myKinds == ["BL", "FL", "SO", "SCO", "PROJ", "STAT", "QC", "RS", "SQ"])
        for element in elements(mine) {
            #expect(keys(element) == keys(elements(real).first))
        }
        let realMatrix = try #require(
            elements(real).first { string($0["Element"]) == "SQ" && string($0["Payload"]?["QuestionType"]) == "Matrix" }
        )
        for element in elements(mine) where string(element["Payload"]?["QuestionType"]) == "Matrix" {
            let missing = Set(keys(realMatrix["Payload"])).subtracting(keys(element["Payload"]))
            #expect(missing.isEmpty, "\(missing)")
        }
    }

    /// What import needs: every question in a block, the block in the flow, the question count,
    /// ids of Qualtrics' shapes, compact UTF-8 like Qualtrics' own files.
    @Test func isWholeAsQualtricsWritesIt() throws {
        let mine = try json(text)
        let questions = elements(mine).filter { string($0["Element"]) == "SQ" }
        #expect(questions.count == 8)
        let count = elements(mine).first { string($0["Element"]) == "QC" }
        #expect(string(count?["SecondaryAttribute"]) == "8")
        let blocks = elements(mine).first { string($0["Element"]) == "BL" }?["Payload"]
        guard case let .array(blockList)? = blocks, case let .array(items)? = blockList.first?["BlockElements"] else {
            Issue.record("no block")
            return
        }
        let listed = items.compactMap { string($0["QuestionID"]) }
        #expect(listed == questions.compactMap { string($0["PrimaryAttribute"]) })
        #expect(listed == (1...8).map { "QID\($0)" })
        let blockID = string(blockList.first?["ID"])
        let flow = elements(mine).first { string($0["Element"]) == "FL" }?["Payload"]?["Flow"]
        guard case let .array(flows)? = flow else {
            Issue.record("no flow")
            return
        }
        #expect(flows.compactMap { string($0["ID"]) } == [blockID].compactMap { $0 })
        let survey = string(mine["SurveyEntry"]?["SurveyID"]) ?? ""
        #expect(survey.range(of: #"^SV_[A-Za-z0-9]{15}$"#, options: .regularExpression) != nil)
        #expect(elements(mine).allSatisfy { string($0["SurveyID"]) == survey })
        #expect(string(mine["SurveyEntry"]?["SurveyCreationDate"]) == "2025-03-10 12:00:00")
        #expect(!text.contains("\n") && !text.hasPrefix("\u{FEFF}") && text.contains("Sjældent"))
    }

    @Test func matricesCodeScoresAndDontKnow() throws {
        let mine = try json(text)
        let payloads = elements(mine).filter { string($0["Element"]) == "SQ" }.compactMap { $0["Payload"] }
        let matrices = payloads.filter { string($0["QuestionType"]) == "Matrix" }
        #expect(
            matrices.compactMap { string($0["DataExportTag"]) } == [
                "FREQ", "TIME", "ACCU", "PROB", "GOAL", "KNOW", "RESP"
            ])
        for matrix in matrices {
            #expect(string(matrix["Selector"]) == "Likert" && string(matrix["SubSelector"]) == "SingleAnswer")
            #expect(
                keys(matrix["Choices"]).map { string(matrix["Choices"]?[$0]?["Display"]) ?? "" } == SetupFixtures.roles)
            #expect(matrix["ChoiceOrder"] == .array(["1", "2", "3", "4"].map(JSONValue.string)))
            #expect(matrix["AnswerOrder"] == .array((1...6).map { JSONValue.number($0) }))
            #expect(
                keys(matrix["RecodeValues"]).map { string(matrix["RecodeValues"]?[$0]) ?? "" } == [
                    "1", "2", "3", "4", "5", "9"
                ])
            #expect(string(matrix["Answers"]?["6"]?["Display"]) == "Ved ikke")
            #expect(matrix["ChoiceDataExportTags"] == .bool(false))
        }
        let respect = try #require(matrices.last)
        #expect(string(respect["Answers"]?["5"]?["Display"]) == "Fuldstændigt")
        let role = try #require(payloads.first)
        #expect(string(role["QuestionType"]) == "MC" && string(role["Selector"]) == "SAVR")
        #expect(string(role["DataExportTag"]) == "ROLE")
        #expect(string(role["Validation"]?["Settings"]?["ForceResponse"]) == "ON")
        #expect(keys(role["RecodeValues"]).map { string(role["RecodeValues"]?[$0]) ?? "" } == ["1", "2", "3", "4"])
    }

    @Test func saysWhereItCameFromWhereRespondentsDoNotSeeIt() throws {
        let mine = try json(text)
        #expect(
            string(mine["SurveyEntry"]?["SurveyDescription"])?.hasPrefix(
                "Oprettet med rckit ud fra instrumentet rc7-da")
                == true)
        #expect(string(mine["SurveyEntry"]?["SurveyLanguage"]) == "DA")
        #expect(string(mine["SurveyEntry"]?["SurveyName"]) == "Relationel koordinering – hoftebrudsforløbet")
    }

    /// The same set-up gives the same ids; another set-up other ids.
    @Test func idsComeFromTheSetup() throws {
        let again = QualtricsSurveyWriter(setup: SetupFixtures.setup, created: SetupFixtures.created).render()
        #expect(again == text)
        var other = SetupFixtures.setup
        other.process = "fødselsforløbet"
        let otherID = string(try json(QualtricsSurveyWriter(setup: other).render())["SurveyEntry"]?["SurveyID"])
        #expect(otherID != string(try json(text)["SurveyEntry"]?["SurveyID"]))
    }
}

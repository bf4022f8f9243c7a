import Foundation
import RCSurvey
import Testing

@testable import RCIngest
@testable import RCReport

/// The survey structure `rckit setup --tool limesurvey` writes, against LimeSurvey's importer's
/// rules and model validation and against a real LimeSurvey export with an array question
/// (lssdoc's demo survey).
@Suite struct LimeSurveyStructureWriterTests {
    let text = LimeSurveyStructureWriter(setup: SetupFixtures.setup).render()

    func document(_ text: String) throws -> LimeSurveyDocument {
        try LimeSurveyDocument(bytes: Array(text.utf8), file: "rc.lss")
    }

    /// The tables' names and their `<fields>`, in order.
    func tables(_ text: String) -> [(name: String, fields: [String])] {
        var tables: [(String, [String])] = []
        let pattern = #/\n <([a-z_0-9]+)>\n  <fields>\n((?:   <fieldname>[a-z_0-9]+</fieldname>\n)+)  </fields>/#
        for match in text.matches(of: pattern) {
            let fields = match.output.2.split(separator: "\n").map { line -> String in
                String(String(line).trimmingWhitespace().dropFirst("<fieldname>".count).dropLast("</fieldname>".count))
            }
            tables.append((String(match.output.1), fields))
        }
        return tables
    }

    @Test func matchesTheGoldenFile() throws {
        try GoldenFile.assertMatches(text, "setup-limesurvey.lss")
    }

    @Test func isASurveyStructureTheImporterTakes() throws {
        let document = try document(text)
        #expect(document.docType == "Survey")
        #expect(document.languages == ["da"])
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n"))
        #expect(text.contains("\n <DBVersion>631</DBVersion>\n"))
        let survey = try #require(document.rows("surveys").first)
        #expect(survey["sid"].flatMap { Int($0) }.map { (100_000...999_999).contains($0) } == true)
        #expect(survey["language"] == "da")
        let settings = try #require(document.rows("surveys_languagesettings").first)
        #expect(settings["surveyls_language"] == "da")
        #expect(settings["surveyls_title"] == "Relationel koordinering – hoftebrudsforløbet")
    }

    /// Every table and column written is one a real LimeSurvey export has, in its order.
    @Test func tablesAndColumnsAreLimeSurveys() throws {
        let real = tables(try SetupFixtures.sample("lssdoc-demo_survey-trimmed.lss"))
        let mine = tables(text)
        #expect(
            mine.map(\.name) == [
                "answers", "answer_l10ns", "groups", "group_l10ns", "questions", "subquestions", "question_l10ns",
                "surveys", "surveys_languagesettings"
            ])
        var position = -1
        for table in mine {
            let index = try #require(real.firstIndex { $0.name == table.name }, "\(table.name) is no LimeSurvey table")
            #expect(index > position, "\(table.name) out of LimeSurvey's order")
            position = index
            let extra = Set(table.fields).subtracting(real[index].fields)
            #expect(extra.isEmpty, "\(table.name) has columns LimeSurvey does not: \(extra.sorted())")
        }
        // Each row holds exactly its table's columns.
        let document = try document(text)
        for table in mine {
            for row in document.rows(table.name) { #expect(Set(row.keys) == Set(table.fields), "\(table.name)") }
        }
    }

    /// The arrays are built as LimeSurvey builds its own (the sample's `dailyresources`).
    @Test func arraysAreShapedAsLimeSurveysOwn() throws {
        let real = try document(try SetupFixtures.sample("lssdoc-demo_survey-trimmed.lss"))
        let sample = try #require(real.rows("questions").first { $0["title"] == "dailyresources" })
        let sampleSub = try #require(real.rows("subquestions").first { $0["parent_qid"] == sample["qid"] })
        let mine = try document(text)
        let arrays = mine.rows("questions").filter { $0["type"] == "F" }
        #expect(arrays.map { $0["title"] ?? "" } == ["FREQ", "TIME", "ACCU", "PROB", "GOAL", "KNOW", "RESP"])
        for array in arrays {
            for column in ["type", "question_theme_name", "parent_qid", "scale_id", "other", "relevance", "encrypted"] {
                #expect(array[column] == sample[column], "\(column)")
            }
            let subs = mine.rows("subquestions").filter { $0["parent_qid"] == array["qid"] }
            #expect(subs.map { $0["title"] ?? "" } == ["R1", "R2", "R3", "R4"])
            for sub in subs {
                for column in ["type", "question_theme_name", "scale_id", "gid", "sid"] {
                    // A real export leaves an empty column out of the row, or writes it empty.
                    let expected = column == "gid" || column == "sid" ? array[column] : sampleSub[column]
                    #expect((sub[column] ?? "") == (expected ?? ""), "\(column)")
                }
            }
        }
        let role = try #require(mine.rows("questions").first { $0["title"] == "ROLE" })
        let sampleRole = try #require(real.rows("questions").first { $0["title"] == "respondentrole" })
        #expect(role["type"] == sampleRole["type"] && role["question_theme_name"] == sampleRole["question_theme_name"])
        #expect(role["mandatory"] == "Y")
    }

    /// The model's validation (Question.php, Answer.php): question codes start with a letter and
    /// are letters and digits, at most 20; subquestion codes letters and digits; answer codes 1–5
    /// letters and digits, unique per question. (An invalid answer is dropped on import silently.)
    @Test func codesPassLimeSurveysValidation() throws {
        let mine = try document(text)
        let titles = mine.rows("questions").map { $0["title"] ?? "" }
        #expect(Set(titles).count == titles.count)
        for title in titles {
            #expect(title.range(of: #"^[A-Za-z][A-Za-z0-9]{0,19}$"#, options: .regularExpression) != nil)
        }
        for sub in mine.rows("subquestions") {
            #expect((sub["title"] ?? "").range(of: #"^[A-Za-z0-9]{1,20}$"#, options: .regularExpression) != nil)
        }
        var byQuestion: [String: [String]] = [:]
        for answer in mine.rows("answers") {
            let code = answer["code"] ?? ""
            #expect(code.range(of: #"^[A-Za-z0-9]{1,5}$"#, options: .regularExpression) != nil, "\(code)")
            byQuestion[answer["qid"] ?? "", default: []].append(code)
        }
        for codes in byQuestion.values { #expect(Set(codes).count == codes.count) }
    }

    /// The links the importer follows: answers and subquestions to their question, texts to
    /// their rows, everything to the one group and survey.
    @Test func everyRowIsLinked() throws {
        let mine = try document(text)
        let questions = Set(mine.rows("questions").compactMap { $0["qid"] })
        let subquestions = Set(mine.rows("subquestions").compactMap { $0["qid"] })
        #expect(questions.isDisjoint(with: subquestions))
        for sub in mine.rows("subquestions") { #expect(questions.contains(sub["parent_qid"] ?? "")) }
        for answer in mine.rows("answers") { #expect(questions.contains(answer["qid"] ?? "")) }
        let texts = Set(mine.rows("question_l10ns").compactMap { $0["qid"] })
        #expect(texts == questions.union(subquestions))
        #expect(
            Set(mine.rows("answer_l10ns").compactMap { $0["aid"] })
                == Set(mine.rows("answers").compactMap { $0["aid"] }))
        let gids = Set(mine.rows("groups").compactMap { $0["gid"] })
        #expect(gids.count == 1 && Set(mine.rows("group_l10ns").compactMap { $0["gid"] }) == gids)
        for row in mine.rows("questions") + mine.rows("subquestions") { #expect(gids.contains(row["gid"] ?? "")) }
        let sid = mine.rows("surveys").first?["sid"]
        #expect((mine.rows("questions") + mine.rows("groups")).allSatisfy { $0["sid"] == sid })
    }

    @Test func answerCodesAreScoresAndDontKnowIsNine() throws {
        let mine = try document(text)
        let goal = try #require(mine.rows("questions").first { $0["title"] == "GOAL" }?["qid"])
        let texts = Dictionary(
            uniqueKeysWithValues: mine.rows("answer_l10ns").map { ($0["aid"] ?? "", $0["answer"] ?? "") })
        let answers = mine.rows("answers").filter { $0["qid"] == goal }.map {
            "\($0["code"] ?? "")=\(texts[$0["aid"] ?? ""] ?? "")/\($0["assessment_value"] ?? "")"
        }
        #expect(answers == ["1=Slet ikke/1", "2=Lidt/2", "3=Noget/3", "4=Meget/4", "5=Fuldstændigt/5", "9=Ved ikke/0"])
        let role = try #require(mine.rows("questions").first { $0["title"] == "ROLE" }?["qid"])
        #expect(
            mine.rows("answers").filter { $0["qid"] == role }.map { texts[$0["aid"] ?? ""] ?? "" }
                == SetupFixtures.roles)
    }

    @Test func saysWhereItCameFrom() throws {
        let settings = try #require(try document(text).rows("surveys_languagesettings").first)
        let description = settings["surveyls_description"] ?? ""
        #expect(description.contains("Oprettet med rckit ud fra instrumentet rc7-da"))
    }

    /// Texts go in CDATA whatever they hold: `]]>` is split, markup escaped, XML-illegal
    /// characters left out; the reader gets the texts back.
    @Test func anyRoleNameSurvivesTheXML() throws {
        let roles = ["A]]>B", "<i>C</i> & D", "E\u{1}F"]
        let text = LimeSurveyStructureWriter(
            setup: SurveySetup(instrument: .standard(language: .da), process: "x]]>y", roles: roles)
        ).render()
        let mine = try document(text)
        let subs = Set(mine.rows("subquestions").compactMap { $0["qid"] })
        let texts = mine.rows("question_l10ns").filter { subs.contains($0["qid"] ?? "") }.map { $0["question"] ?? "" }
        #expect(Set(texts) == ["A]]&gt;B", "&lt;i&gt;C&lt;/i&gt; &amp; D", "EF"])
        #expect(!text.contains("\u{1}"))
        // The title is plain text in LimeSurvey: its `]]>` is split over two CDATA sections.
        #expect(
            text.contains("<surveyls_title><![CDATA[Relationel koordinering – x]]]]><![CDATA[>y]]></surveyls_title>"))
        #expect(mine.rows("surveys_languagesettings").first?["surveyls_title"] == "Relationel koordinering – x]]>y")
    }
}

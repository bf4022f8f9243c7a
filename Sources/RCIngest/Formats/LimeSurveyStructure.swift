import Foundation
import RCSurvey

/// LimeSurvey's survey structure file (`.lss`: Display/Export → "Survey structure (.lss)", or
/// the file `rckit setup --tool limesurvey` writes), read as the translation of an export whose
/// headings are question codes (`FREQ[R1]`, `HYPPIG[SQ001]`) and whose answers are answer codes.
///
/// The file is XML: `<document>` holds tables, each `<fields>` then `<rows>` of `<row>`s whose
/// children are the columns (values in CDATA). LimeSurvey 4 and later keep texts in `*_l10ns`
/// tables (`question_l10ns`: `qid, question, language`; `answer_l10ns`: `aid, answer,
/// language`); older files keep them in the `questions` and `answers` rows with a `language`.
/// Texts are taken in the survey's base language (`surveys.language`).
///
/// What it translates, by the export's column (`TITLE[SQ]`, or `TITLE_SQ` with "Use
/// ExpressionScript code"):
/// - an array (`F`, `H`, `A`, `B`): each subquestion's column is headed `Question [Subquestion]`
///   (the subquestion's text is the target role) and its answer codes become their texts;
/// - a list (`L`, `!`, `O`): the column is headed by the question and its codes become the
///   answers' texts (the respondent's role); `-oth-` ("Other") becomes the typed text when it
///   names a role the file knows, else no answer;
/// - a question whose wording is not the instrument's but whose code is rckit's own (`FREQ` …
///   `RESP`) is read as that dimension.
///
/// Scores come from the answers' texts, never from their codes (a hand-made survey's `A1` may
/// be "Altid"); rckit's own file gives each answer its score as its code, so both agree.
enum LimeSurveyStructure {
    /// The structure file beside a LimeSurvey export `results-survey<sid>.csv`:
    /// `limesurvey_survey_<sid>.lss` in the same folder, when it is there.
    static func companion(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard name.hasPrefix("results-survey") else { return nil }
        let id = name.dropFirst("results-survey".count).prefix { $0.isASCII && $0.isNumber }
        guard !id.isEmpty else { return nil }
        let candidate = "limesurvey_survey_\(id).lss"
        let found = folder.isEmpty ? candidate : (folder as NSString).appendingPathComponent(candidate)
        return FileManager.default.isReadableFile(atPath: found) ? found : nil
    }

    /// Reads a survey structure file into the translation of its exports.
    static func load(_ path: String, instrument: Instrument) throws -> SurveyXactDataset {
        try read(bytes: try SetupFile.contents(of: path), file: path, instrument: instrument)
    }

    /// Reads the bytes of a structure file named `path` (for messages).
    static func read(bytes: [UInt8], file path: String, instrument: Instrument) throws(IngestError)
        -> SurveyXactDataset
    {
        let document = try LimeSurveyDocument(bytes: bytes, file: path)
        guard document.docType == "Survey" else {
            throw IngestError(
                file: path, line: 1,
                message: document.docType.isEmpty
                    ? "not a LimeSurvey survey structure (.lss): it has no <LimeSurveyDocType>Survey</LimeSurveyDocType>"
                    : "a LimeSurvey \(document.docType) file, not a survey structure (.lss): export the survey with "
                        + "Display/Export → Survey structure (.lss)")
        }
        return translation(of: document, file: path, instrument: instrument)
    }

    /// The translation the tables give.
    static func translation(of document: LimeSurveyDocument, file: String, instrument: Instrument)
        -> SurveyXactDataset
    {
        let language =
            document.rows("surveys").first?["language"].flatMap { $0.isEmpty ? nil : $0 } ?? document.languages.first
            ?? ""
        let texts = Texts(document, language: language)
        var dataset = SurveyXactDataset(questions: [:], labels: [:], structureFile: file, format: .limesurvey)
        let matcher = HeaderMatcher(instrument: instrument)
        var roles: [String] = []
        for question in texts.questions where question.parent.isEmpty || question.parent == "0" {
            let title = question.title
            let text = texts.question[question.qid] ?? ""
            let answers = texts.answers(of: question.qid)
            switch question.type {
            case "F", "H", "A", "B":
                let asked = SetupCodes.question(
                    text, fallback: SetupCodes.dimension(forCode: title), matcher: matcher)
                for sub in texts.subquestions(of: question.qid) {
                    let role = texts.question[sub.qid] ?? sub.title
                    roles.append(role)
                    for variable in ["\(title)[\(sub.title)]", "\(title)_\(sub.title)"] {
                        dataset.questions[variable] = "\(asked) [\(role)]"
                        if !answers.isEmpty { dataset.labels[variable] = answers }
                    }
                }
            case "L", "!", "O":
                if !text.isEmpty { dataset.questions[title] = text }
                dataset.labels[title] = answers
                roles += answers.values
                if question.other == "Y" {
                    dataset.otherTexts[title] = SurveyXactDataset.OtherText(
                        code: "-oth-", variables: ["\(title)[other]", "\(title)_other"])
                    // LimeSurvey's own label of the choice, for those who typed nothing.
                    dataset.labels[title, default: [:]]["-oth-"] = language.hasPrefix("da") ? "Andet" : "Other"
                }
            default:
                continue
            }
        }
        dataset.knownRoles = roles
        return dataset
    }

    /// The texts of a structure in one language, by id.
    struct Texts {
        /// A question or subquestion row of the `questions` table: its id and its parent
        /// question's (`0` for a question), its type (`F` an array, `L` a list, …), its code
        /// (`HYPPIG`, `SQ001`), `other` `Y` when it has an "Other" answer, its place among its
        /// siblings and its scale (for dual-scale arrays).
        struct Question {
            let qid, parent, type, title, other: String
            let order: Int
            let scale: String
        }

        /// Every question and subquestion, once each, in survey order.
        var questions: [Question] = []
        /// Question and subquestion texts by qid, HTML removed.
        var question: [String: String] = [:]
        /// (qid, code, text, order) of every answer of scale 0.
        private var answerRows: [(qid: String, code: String, text: String, order: Int)] = []

        init(_ document: LimeSurveyDocument, language: String) {
            func preferred(_ rows: [[String: String]]) -> [[String: String]] {
                let inLanguage = rows.filter { ($0["language"] ?? language) == language }
                return inLanguage.isEmpty ? rows : inLanguage
            }
            var seen = Set<String>()
            for row in preferred(document.rows("questions") + document.rows("subquestions")) {
                guard let qid = row["qid"], !qid.isEmpty, seen.insert(qid).inserted else { continue }
                questions.append(
                    Question(
                        qid: qid, parent: row["parent_qid"] ?? "", type: row["type"] ?? "", title: row["title"] ?? "",
                        other: row["other"] ?? "", order: Int(row["question_order"] ?? "") ?? 0,
                        scale: row["scale_id"] ?? "0"))
                // LimeSurvey 3 and earlier: the text is in the question's own row.
                if let text = row["question"] { question[qid] = REDCap.plainText(text) }
            }
            questions.sort { $0.order < $1.order }
            for row in preferred(document.rows("question_l10ns")) {
                if let qid = row["qid"], let text = row["question"], question[qid] == nil || row["language"] == language
                {
                    question[qid] = REDCap.plainText(text)
                }
            }
            var answerTexts: [String: String] = [:]
            for row in preferred(document.rows("answer_l10ns")) {
                if let aid = row["aid"], let text = row["answer"] { answerTexts[aid] = REDCap.plainText(text) }
            }
            var seenAnswers = Set<String>()
            for row in preferred(document.rows("answers")) {
                guard let qid = row["qid"], let code = row["code"],
                    (row["scale_id"] ?? "0") == "0" || row["scale_id"] == ""
                else { continue }
                guard seenAnswers.insert("\(qid)\u{1F}\(code)").inserted else { continue }
                let text = row["answer"].map(REDCap.plainText) ?? row["aid"].flatMap { answerTexts[$0] } ?? code
                answerRows.append((qid, code, text, Int(row["sortorder"] ?? "") ?? 0))
            }
        }

        /// The subquestions of a question (its first scale), in order.
        func subquestions(of qid: String) -> [Question] {
            questions.filter { $0.parent == qid && ($0.scale == "0" || $0.scale.isEmpty) }
        }

        /// A question's answers: text by code.
        func answers(of qid: String) -> [String: String] {
            var table: [String: String] = [:]
            for row in answerRows where row.qid == qid { table[row.code] = row.text }
            return table
        }
    }
}

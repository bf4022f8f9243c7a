import RCIngest
import RCSurvey

/// A survey set-up as a LimeSurvey survey structure file (`.lss`: Create survey → Import), in
/// the layout of LimeSurvey 5 and later (texts in `*_l10ns` tables), marked with DBVersion 631
/// (LimeSurvey 6.13's).
///
/// One group; the role question `ROLE` (List (radio), type `L`, mandatory), answer codes `1` …
/// `n` for the roles; per question an array (type `F`) coded `FREQ` … `RESP`, one subquestion per
/// role (`R1` … `Rn`, the role as its text) and the scale as answer options whose codes are the
/// scores (`1` … `5`, assessment values the same) with "Ved ikke" as `9`. The survey's description
/// (shown on its welcome page) says that rckit made it and from which instrument.
///
/// An export with "Question code" headings and "Answer codes" then reads `FREQ[R2]` = the
/// question about role 2, value `4` = score 4; rckit reads it with this file (`--structure`).
/// The file is written as LimeSurvey writes its own: one-space indentation, each table's
/// `<fields>` then `<rows>`, every value in CDATA, empty values as `<tag/>`.
public struct LimeSurveyStructureWriter: Sendable {
    /// The questionnaire to write.
    public var setup: SurveySetup

    /// A writer of `setup`.
    public init(setup: SurveySetup) {
        self.setup = setup
    }

    /// The database version the file says it was written by.
    static let dbVersion = 631

    /// The survey's id: six digits from the set-up (LimeSurvey gives the survey a new one on
    /// import when it is taken).
    var surveyID: Int { 100_000 + Int(setup.seed % 900_000) }

    /// A table: its columns and its rows (values by column; a missing column is empty).
    private struct Table {
        var name: String
        var columns: [String]
        var rows: [[String: String]] = []
    }

    /// The file's text.
    public func render() -> String {
        let sid = String(surveyID)
        let language = setup.language.rawValue
        let gid = "1"
        var answers = Table(
            name: "answers", columns: ["aid", "qid", "code", "sortorder", "assessment_value", "scale_id"])
        var answerTexts = Table(name: "answer_l10ns", columns: ["id", "aid", "answer", "language"])
        var questions = Table(name: "questions", columns: Self.questionColumns)
        var subquestions = Table(name: "subquestions", columns: Self.questionColumns)
        var questionTexts = Table(
            name: "question_l10ns", columns: ["id", "qid", "question", "help", "language", "script"])
        var nextQuestion = 1
        var nextAnswer = 1
        func question(
            _ table: inout Table, parent: String, type: String, title: String, order: Int, mandatory: Bool,
            theme: String, text: String
        ) -> String {
            let qid = String(nextQuestion)
            nextQuestion += 1
            table.rows.append([
                "qid": qid, "parent_qid": parent, "sid": sid, "gid": gid, "type": type, "title": title, "other": "N",
                "mandatory": mandatory ? "Y" : "N", "question_order": String(order), "scale_id": "0",
                "same_default": "0", "relevance": "1", "encrypted": "N", "question_theme_name": theme,
                "same_script": "0"
            ])
            questionTexts.rows.append([
                "id": qid, "qid": qid, "question": SurveySetup.html(text), "language": language
            ])
            return qid
        }
        func answer(qid: String, code: String, order: Int, score: Double?, text: String) {
            let aid = String(nextAnswer)
            nextAnswer += 1
            let assessment = score.flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? String(Int($0)) : nil } ?? "0"
            answers.rows.append([
                "aid": aid, "qid": qid, "code": code, "sortorder": String(order), "assessment_value": assessment,
                "scale_id": "0"
            ])
            answerTexts.rows.append(["id": aid, "aid": aid, "answer": SurveySetup.html(text), "language": language])
        }

        let role = question(
            &questions, parent: "0", type: "L", title: SetupCodes.roleQuestion, order: 1, mandatory: true,
            theme: "listradio", text: setup.roleQuestion)
        for (index, name) in setup.roles.enumerated() {
            answer(qid: role, code: setup.roleCode(index), order: index, score: nil, text: name)
        }
        for (number, item) in setup.questions.enumerated() {
            let qid = question(
                &questions, parent: "0", type: "F", title: item.code, order: number + 2, mandatory: false,
                theme: "arrays/array", text: item.text)
            for (index, name) in setup.roles.enumerated() {
                _ = question(
                    &subquestions, parent: qid, type: "F", title: "R\(index + 1)", order: index, mandatory: false,
                    theme: "", text: name)
            }
            for (order, option) in item.options.enumerated() {
                answer(qid: qid, code: option.code, order: order, score: option.score, text: option.label)
            }
        }

        let groups = Table(
            name: "groups", columns: ["gid", "sid", "group_order", "randomization_group", "grelevance"],
            rows: [["gid": gid, "sid": sid, "group_order": "1", "grelevance": "1"]])
        let groupTexts = Table(
            name: "group_l10ns", columns: ["id", "gid", "group_name", "description", "language"],
            rows: [["id": "1", "gid": gid, "group_name": setup.words.setupGroupName, "language": language]])
        var surveys = Table(name: "surveys", columns: Self.surveyColumns)
        surveys.rows.append(Self.surveyDefaults.merging(["sid": sid, "language": language]) { _, new in new })
        let settings = Table(
            name: "surveys_languagesettings", columns: Self.settingsColumns,
            rows: [
                [
                    "surveyls_survey_id": sid, "surveyls_language": language, "surveyls_title": setup.title,
                    "surveyls_description": "<p>\(SurveySetup.html(setup.provenance))</p>",
                    "surveyls_welcometext": "<p>\(SurveySetup.html(setup.welcome))</p>", "surveyls_dateformat": "9",
                    "surveyls_numberformat": language == "da" ? "1" : "0"
                ]
            ])

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n"
        out += " <LimeSurveyDocType>Survey</LimeSurveyDocType>\n"
        out += " <DBVersion>\(Self.dbVersion)</DBVersion>\n"
        out += " <languages>\n  <language>\(language)</language>\n </languages>\n"
        for table in [
            answers, answerTexts, groups, groupTexts, questions, subquestions, questionTexts, surveys, settings
        ] {
            Self.write(table, to: &out)
        }
        out += "</document>\n"
        return out
    }

    private static func write(_ table: Table, to out: inout String) {
        out += " <\(table.name)>\n  <fields>\n"
        for column in table.columns { out += "   <fieldname>\(column)</fieldname>\n" }
        out += "  </fields>\n  <rows>\n"
        for row in table.rows {
            out += "   <row>\n"
            for column in table.columns {
                if let value = row[column], !value.isEmpty {
                    out += "    <\(column)>\(cdata(value))</\(column)>\n"
                } else {
                    out += "    <\(column)/>\n"
                }
            }
            out += "   </row>\n"
        }
        out += "  </rows>\n </\(table.name)>\n"
    }

    /// A value in CDATA: `]]>` split over two sections, characters XML does not allow left out.
    static func cdata(_ value: String) -> String {
        let allowed = String(
            String.UnicodeScalarView(
                value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
        return "<![CDATA[" + allowed.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    static let questionColumns = [
        "qid", "parent_qid", "sid", "gid", "type", "title", "preg", "other", "mandatory", "question_order", "scale_id",
        "same_default", "relevance", "modulename", "encrypted", "question_theme_name", "same_script"
    ]

    /// The `surveys` columns every LimeSurvey from 5 on knows (LimeSurvey 7 adds `othersettings`,
    /// `access_mode`, `lastmodified`; the importer drops columns it does not know).
    static let surveyColumns = [
        "sid", "gsid", "admin", "expires", "startdate", "adminemail", "anonymized", "format", "savetimings",
        "template", "language", "additional_languages", "datestamp", "usecookie", "allowregister", "allowsave",
        "autonumber_start", "autoredirect", "allowprev", "printanswers", "ipaddr", "refurl", "showsurveypolicynotice",
        "publicstatistics", "publicgraphs", "listpublic", "htmlemail", "sendconfirmation", "tokenanswerspersistence",
        "assessments", "usecaptcha", "usetokens", "bounce_email", "attributedescriptions", "emailresponseto",
        "emailnotificationto", "tokenlength", "showxquestions", "showgroupinfo", "shownoanswer", "showqnumcode",
        "bouncetime", "bounceprocessing", "bounceaccounttype", "bounceaccounthost", "bounceaccountpass",
        "bounceaccountencryption", "bounceaccountuser", "showwelcome", "showprogress", "questionindex",
        "navigationdelay", "nokeyboard", "alloweditaftercompletion", "googleanalyticsstyle", "googleanalyticsapikey",
        "tokenencryptionoptions", "ipanonymize"
    ]

    /// An anonymous survey, one group per page, no dates or IP addresses kept, the site's theme
    /// and e-mail settings.
    static let surveyDefaults: [String: String] = [
        "gsid": "1", "admin": "inherit", "adminemail": "inherit", "anonymized": "Y", "format": "G",
        "savetimings": "N", "template": "inherit", "datestamp": "N", "usecookie": "N", "allowregister": "N",
        "allowsave": "N", "autonumber_start": "0", "autoredirect": "N", "allowprev": "Y", "printanswers": "N",
        "ipaddr": "N", "refurl": "N", "showsurveypolicynotice": "0", "publicstatistics": "N", "publicgraphs": "N",
        "listpublic": "N", "htmlemail": "Y", "sendconfirmation": "N", "tokenanswerspersistence": "N",
        "assessments": "N", "usecaptcha": "N", "usetokens": "N", "bounce_email": "inherit", "tokenlength": "15",
        "showxquestions": "I", "showgroupinfo": "I", "shownoanswer": "Y", "showqnumcode": "I",
        "bounceprocessing": "N", "showwelcome": "Y", "showprogress": "Y", "questionindex": "0",
        "navigationdelay": "0", "nokeyboard": "N", "alloweditaftercompletion": "N", "googleanalyticsstyle": "0",
        "ipanonymize": "N"
    ]

    static let settingsColumns = [
        "surveyls_survey_id", "surveyls_language", "surveyls_title", "surveyls_description", "surveyls_welcometext",
        "surveyls_endtext", "surveyls_policy_notice", "surveyls_policy_error", "surveyls_policy_notice_label",
        "surveyls_url", "surveyls_urldescription", "surveyls_email_invite_subj", "surveyls_email_invite",
        "surveyls_email_remind_subj", "surveyls_email_remind", "surveyls_email_register_subj",
        "surveyls_email_register", "surveyls_email_confirm_subj", "surveyls_email_confirm", "surveyls_dateformat",
        "surveyls_attributecaptions", "email_admin_notification_subj", "email_admin_notification",
        "email_admin_responses_subj", "email_admin_responses", "surveyls_numberformat", "attachments",
        "surveyls_alias"
    ]
}

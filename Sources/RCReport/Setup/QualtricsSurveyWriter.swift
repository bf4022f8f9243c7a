import Foundation
import RCIngest
import RCSurvey

/// A survey set-up as a Qualtrics survey file (`.qsf`: Create a new project → Survey → Import a
/// QSF file), compact UTF-8 JSON like Qualtrics' own exports.
///
/// `SurveyEntry` (its `SurveyDescription`, which respondents never see, says that rckit made the
/// file and from which instrument) and `SurveyElements`: the block (`BL`) holding every question,
/// the flow (`FL`), options (`SO`), scoring (`SCO`), project (`PROJ`), statistics (`STAT`), the
/// question count (`QC`), the response set (`RS`), then the questions (`SQ`):
/// - `QID1`, export tag `ROLE`: multiple choice, one answer (`MC`/`SAVR`/`TX`), required, choice
///   *k* the role *k*, recoded to `k`;
/// - `QID2` … `QID8`, export tags `FREQ` … `RESP`: a matrix table (`Matrix`/`Likert`/
///   `SingleAnswer`), the roles as its statements (`Choices` 1 … n), the scale as its answers
///   with `RecodeValues` giving each its score and "Ved ikke" `9`.
///
/// A CSV export with "Use numeric values" then holds `FREQ_2` = the question about role 2 with
/// the score as its value; rckit reads it with this file (`--structure`).
public struct QualtricsSurveyWriter: Sendable {
    /// The questionnaire to write.
    public var setup: SurveySetup
    /// When the survey was made, for `SurveyEntry`'s dates.
    public var created: Date

    /// A writer of `setup`.
    public init(setup: SurveySetup, created: Date = Date()) {
        self.setup = setup
        self.created = created
    }

    /// Qualtrics-shaped ids (`SV_` and 15 letters and digits), made from the set-up so that the
    /// same set-up gives the same ids; Qualtrics gives the survey its own on import.
    struct Identifiers {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ prefix: String) -> String {
            let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            var id = prefix + "_"
            for _ in 0..<15 {
                // SplitMix64.
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z ^= z >> 31
                id.append(alphabet[Int(z % UInt64(alphabet.count))])
            }
            return id
        }
    }

    /// The file's text.
    public func render() -> String {
        var ids = Identifiers(seed: setup.seed)
        let survey = ids.next("SV")
        let owner = ids.next("UR")
        let responseSet = ids.next("RS")
        let block = ids.next("BL")
        let trash = ids.next("BL")
        let date = Self.timestamp(created)
        let never = "0000-00-00 00:00:00"
        let questions = self.questions

        func element(_ kind: String, _ primary: String, _ secondary: JSONValue, _ payload: JSONValue)
            -> JSONValue
        {
            .object([
                ("SurveyID", .string(survey)), ("Element", .string(kind)), ("PrimaryAttribute", .string(primary)),
                ("SecondaryAttribute", secondary), ("TertiaryAttribute", .null), ("Payload", payload)
            ])
        }
        var blockElements: [JSONValue] = []
        for (index, question) in questions.enumerated() {
            blockElements.append(.object([("Type", .string("Question")), ("QuestionID", .string(question.id))]))
            if index == 0 { blockElements.append(.object([("Type", .string("Page Break"))])) }
        }
        var elements: [JSONValue] = [
            element(
                "BL", "Survey Blocks", .null,
                .array([
                    .object([
                        ("Type", .string("Default")), ("Description", .string(setup.words.setupGroupName)),
                        ("ID", .string(block)), ("BlockElements", .array(blockElements))
                    ]),
                    .object([
                        ("Type", .string("Trash")), ("Description", .string("Trash / Unused Questions")),
                        ("ID", .string(trash)), ("BlockElements", .array([]))
                    ])
                ])),
            element(
                "FL", "Survey Flow", .null,
                .object([
                    (
                        "Flow",
                        .array([
                            .object([("ID", .string(block)), ("Type", .string("Block")), ("FlowID", .string("FL_2"))])
                        ])
                    ),
                    ("Properties", .object([("Count", .number(2))])), ("FlowID", .string("FL_1")),
                    ("Type", .string("Root"))
                ])),
            element("SO", "Survey Options", .null, surveyOptions),
            element(
                "SCO", "Scoring", .null,
                .object([
                    ("ScoringCategories", .array([])), ("ScoringCategoryGroups", .array([])),
                    ("ScoringSummaryCategory", .null), ("ScoringSummaryAfterQuestions", .number(0)),
                    ("ScoringSummaryAfterSurvey", .number(0)), ("DefaultScoringCategory", .null),
                    ("AutoScoringCategory", .null)
                ])),
            .object([
                ("SurveyID", .string(survey)), ("Element", .string("PROJ")), ("PrimaryAttribute", .string("CORE")),
                ("SecondaryAttribute", .null), ("TertiaryAttribute", .string("1.1.0")),
                ("Payload", .object([("ProjectCategory", .string("CORE")), ("SchemaVersion", .string("1.1.0"))]))
            ]),
            element(
                "STAT", "Survey Statistics", .null,
                .object([("MobileCompatible", .bool(true)), ("ID", .string("Survey Statistics"))])),
            element("QC", "Survey Question Count", .string(String(questions.count)), .null),
            element("RS", responseSet, .string("Default Response Set"), .null)
        ]
        for question in questions {
            elements.append(element("SQ", question.id, .string(question.description), question.payload))
        }
        let entry: JSONValue = .object([
            ("SurveyID", .string(survey)), ("SurveyName", .string(setup.title)),
            ("SurveyDescription", .string(setup.provenance)), ("SurveyOwnerID", .string(owner)),
            ("SurveyBrandID", .string("rckit")), ("DivisionID", .null),
            ("SurveyLanguage", .string(setup.language.rawValue.uppercased())),
            ("SurveyActiveResponseSet", .string(responseSet)), ("SurveyStatus", .string("Inactive")),
            ("SurveyStartDate", .string(never)), ("SurveyExpirationDate", .string(never)),
            ("SurveyCreationDate", .string(date)), ("CreatorID", .string(owner)), ("LastModified", .string(date)),
            ("LastAccessed", .string(never)), ("LastActivated", .string(never)), ("Deleted", .null)
        ])
        return JSONValue.object([("SurveyEntry", entry), ("SurveyElements", .array(elements))]).serialized(
            pretty: false)
    }

    /// One question: its id, the short text Qualtrics lists it by, and its payload.
    private struct Question {
        var id: String
        var description: String
        var payload: JSONValue
    }

    private var questions: [Question] {
        let roleChoices = setup.roles.indices.map { (String($0 + 1), setup.roles[$0]) }
        var questions = [
            Question(
                id: "QID1", description: setup.roleQuestion,
                payload: .object([
                    ("QuestionText", .string(SurveySetup.html(setup.roleQuestion))),
                    ("DataExportTag", .string(SetupCodes.roleQuestion)),
                    ("QuestionType", .string("MC")), ("Selector", .string("SAVR")), ("SubSelector", .string("TX")),
                    ("Configuration", .object([("QuestionDescriptionOption", .string("UseText"))])),
                    ("QuestionDescription", .string(setup.roleQuestion)), ("Choices", Self.texts(roleChoices)),
                    ("ChoiceOrder", .array(roleChoices.map { .string($0.0) })),
                    ("Validation", Self.validation(required: true)), ("Language", .array([])),
                    (
                        "RecodeValues",
                        .object(setup.roles.indices.map { (String($0 + 1), .string(setup.roleCode($0))) })
                    ),
                    ("NextChoiceId", .number(setup.roles.count + 1)), ("NextAnswerId", .number(1)),
                    ("QuestionID", .string("QID1")),
                    ("DataVisibility", .object([("Private", .bool(false)), ("Hidden", .bool(false))]))
                ]))
        ]
        for (index, item) in setup.questions.enumerated() {
            let id = "QID\(index + 2)"
            let answers = item.options.indices.map { (String($0 + 1), item.options[$0].label) }
            questions.append(
                Question(
                    id: id, description: item.text,
                    payload: .object([
                        ("QuestionText", .string(SurveySetup.html(item.text))), ("DefaultChoices", .bool(false)),
                        ("DataExportTag", .string(item.code)), ("QuestionType", .string("Matrix")),
                        ("Selector", .string("Likert")), ("SubSelector", .string("SingleAnswer")),
                        (
                            "Configuration",
                            .object([
                                ("QuestionDescriptionOption", .string("UseText")), ("TextPosition", .string("inline")),
                                ("ChoiceColumnWidth", .number(25)), ("RepeatHeaders", .string("none")),
                                ("WhiteSpace", .string("OFF")), ("MobileFirst", .bool(true))
                            ])
                        ),
                        ("QuestionDescription", .string(item.text)), ("Choices", Self.texts(roleChoices)),
                        ("ChoiceOrder", .array(roleChoices.map { .string($0.0) })),
                        ("Validation", Self.validation(required: false)), ("GradingData", .array([])),
                        ("Language", .array([])), ("NextChoiceId", .number(setup.roles.count + 1)),
                        ("NextAnswerId", .number(item.options.count + 1)), ("Answers", Self.texts(answers)),
                        ("AnswerOrder", .array(answers.map { .number(Int($0.0) ?? 0) })),
                        (
                            "RecodeValues",
                            .object(item.options.indices.map { (String($0 + 1), .string(item.options[$0].code)) })
                        ),
                        ("ChoiceDataExportTags", .bool(false)), ("QuestionID", .string(id)),
                        ("DataVisibility", .object([("Private", .bool(false)), ("Hidden", .bool(false))]))
                    ])))
        }
        return questions
    }

    /// `{"1": {"Display": "…"}, …}`.
    private static func texts(_ entries: [(String, String)]) -> JSONValue {
        .object(entries.map { ($0.0, .object([("Display", .string(SurveySetup.html($0.1)))])) })
    }

    private static func validation(required: Bool) -> JSONValue {
        .object([
            (
                "Settings",
                .object([
                    ("ForceResponse", .string(required ? "ON" : "OFF")), ("ForceResponseType", .string("ON")),
                    ("Type", .string("None"))
                ])
            )
        ])
    }

    /// Survey options as a new Qualtrics survey has them: back button on, partial answers kept a week.
    private var surveyOptions: JSONValue {
        .object([
            ("BackButton", .string("true")), ("SaveAndContinue", .string("true")),
            ("SurveyProtection", .string("PublicSurvey")), ("BallotBoxStuffingPrevention", .string("false")),
            ("NoIndex", .string("Yes")), ("SecureResponseFiles", .string("true")),
            ("SurveyExpiration", .string("None")), ("SurveyTermination", .string("DefaultMessage")),
            ("Header", .string("")), ("Footer", .string("")), ("ProgressBarDisplay", .string("None")),
            ("PartialData", .string("+1 week")), ("ValidationMessage", .string("")),
            ("PreviousButton", .string(" ← ")), ("NextButton", .string(" → ")),
            ("SurveyTitle", .string(setup.title)), ("SkinLibrary", .string("rckit")),
            ("SkinType", .string("templated")),
            ("Skin", .object([("brandingId", .null), ("templateId", .string("*base")), ("overrides", .null)])),
            ("NewScoring", .number(1))
        ])
    }

    /// `2025-03-10 14:12:00` in UTC, as Qualtrics writes its dates.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(c.year ?? 2000)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}

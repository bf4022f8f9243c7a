/// The shapes of survey exports rckit reads (`import --format`).
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Tidy long (SPEC §2): one answer per row.
    case long
    /// One row per respondent; answer columns name a role and a dimension.
    case wide
    /// Qualtrics CSV: three header rows (export tags, question text, ImportId JSON).
    case qualtrics
    /// SurveyXact: a dataset with variable names plus its structure and labels files, or a label export.
    case surveyxact
    /// LimeSurvey CSV: headers like `Q1[SQ001]` or full question text.
    case limesurvey
    /// Google Forms: `Timestamp` first, `Question [Row]` headers.
    case googleforms
    /// Microsoft Forms, the Excel download as CSV: `ID`, `Start time`, `Completion time`, … then
    /// questions; a Likert question's statements as `Question.Statement` columns.
    case microsoftforms
    /// SurveyMonkey: two header rows (question texts above their first column; `Response` or the
    /// matrix row under each column).
    case surveymonkey
    /// REDCap: a raw export (variable names and codes) read with the project's data dictionary,
    /// or a labels export.
    case redcap
    /// Any wide file, through a mapping file (`--mapping`).
    case mapping

    /// How `inspect` names the format.
    public var name: String {
        switch self {
        case .long: "tidy long"
        case .wide: "generic wide"
        case .qualtrics: "Qualtrics"
        case .surveyxact: "SurveyXact"
        case .limesurvey: "LimeSurvey"
        case .googleforms: "Google Forms"
        case .microsoftforms: "Microsoft Forms"
        case .surveymonkey: "SurveyMonkey"
        case .redcap: "REDCap"
        case .mapping: "mapped wide"
        }
    }
}

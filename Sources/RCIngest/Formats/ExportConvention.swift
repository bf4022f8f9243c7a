/// A convention of a tool's export that changes how its records become answers, named by
/// `rckit inspect` (``DetectedShape/conventions``) so that a user sees how the file was read.
public enum ExportConvention: Sendable, Equatable {
    /// REDCap longitudinal: a row per record and event; the events (as the first records show
    /// them) are the rounds, the record id the same person in each.
    case redcapEvents([String])
    /// REDCap repeating instrument: each instance (as the first records show them) is a round;
    /// the role and background come from the record's non-repeating row.
    case redcapInstances([String])
    /// REDCap checkbox fields: each a multi-choice question (its choices' columns), never a
    /// background variable.
    case redcapCheckboxes(fields: [String])
    /// REDCap's Data Access Group: a background variable.
    case redcapDataAccessGroup(column: String)
    /// Qualtrics' legacy export: `V1`…`V10`, two header rows, `Question-Statement`.
    case qualtricsLegacy
    /// Qualtrics Loop & Merge over roles: each loop's role, and where it comes from (the survey
    /// file, or nil for the roles piped into the texts).
    case qualtricsLoops(roles: [String], surveyFile: String?)
    /// LimeSurvey "Question code & question text" headings cut short: the columns grouped by
    /// code, read as the instrument's questions in order, the role names completed.
    case limeSurveyAbbreviated
    /// A role question with "Other": the typed text in `column` is the role of those who chose it;
    /// `label` the role of those who typed nothing.
    case otherRole(column: String, label: String)

    /// A stable name, for `inspect --format json`.
    public var id: String {
        switch self {
        case .redcapEvents: "redcap_longitudinal"
        case .redcapInstances: "redcap_repeating_instrument"
        case .redcapCheckboxes: "redcap_checkboxes"
        case .redcapDataAccessGroup: "redcap_data_access_group"
        case .qualtricsLegacy: "qualtrics_legacy"
        case .qualtricsLoops: "qualtrics_loop_and_merge"
        case .limeSurveyAbbreviated: "limesurvey_abbreviated_headings"
        case .otherRole: "other_role"
        }
    }
}

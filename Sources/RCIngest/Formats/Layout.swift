import RCSurvey

/// An answer column of a wide export: which role it asks about, on which dimension.
public struct AnswerColumn: Sendable, Equatable {
    /// 0-based field index.
    public var index: Int
    /// The column's header as the detector read it.
    public var header: String
    /// The target role, as the instrument names it (or as the header spells it).
    public var role: String
    /// The dimension the column's question measures.
    public var dimension: Dimension
    /// What the column's answer codes mean (code → label, missing label or score), from
    /// ``ValueLabels``; values not listed are read as they are.
    public var codes: [String: String] = [:]
}

/// Where things are in a one-row-per-respondent export.
public struct WideLayout: Sendable, Equatable {
    /// The 0-based column of the respondent id; nil when there is none (each row is then a respondent).
    public var respondentColumn: Int?
    /// The 0-based column of the rater's role.
    public var raterColumn: Int
    /// The 0-based column of the round label; nil when the file holds one round.
    public var roundColumn: Int?
    /// The answer columns, in column order.
    public var answerColumns: [AnswerColumn]
    /// Answer codes of the rater-role column and the roles they stand for (`A1` → `Læge`), from a
    /// mapping file; values not listed are read as role names.
    public var raterCodes: [String: String] = [:]
    /// Whether the answer columns are headed by role names alone, each repetition read as the
    /// instrument's next question (``ShapeDetector/roleColumnGroups(header:ignoring:sample:headerLine:)``).
    public var readsRoleColumnGroups = false
    /// With several rows per respondent (REDCap's events and repeating instruments): where the
    /// round is, and that the role and background come from the record's other rows.
    public var recordRows: RecordRows?
    /// A role question with "Other" and a column for the typed text (LimeSurvey `FAG[other]`).
    public var otherRole: OtherRole?

    /// Whether any answer column's codes are translated (so records are read the general way).
    var translatesAnswerCodes: Bool { answerColumns.contains { !$0.codes.isEmpty } }

    /// Whether a record is read with what other records said (``recordRows``) or with a second
    /// column for its role (``otherRole``): such files are read the general way.
    var readsAcrossColumnsOrRows: Bool { recordRows != nil || otherRole != nil }

    /// The round of a record: the round column's value, or the event and repeat instance of a
    /// record row; empty for none.
    func round(of fields: [String]) -> String {
        func field(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return fields[index].trimmingWhitespace()
        }
        guard let rows = recordRows else { return field(roundColumn) }
        let event = field(rows.eventColumn), instance = field(rows.instanceColumn)
        if instance.isEmpty { return event }
        return event.isEmpty ? instance : "\(event) #\(instance)"
    }

    /// Whether a record of a layout with ``recordRows`` holds no answers — every answer field
    /// blank: a row of another form, event or instance, which gives the record's role and
    /// background but is no response of a round.
    func isRecordRowWithoutAnswers(_ fields: [String]) -> Bool {
        recordRows != nil
            && answerColumns.allSatisfy { $0.index >= fields.count || fields[$0.index].trimmingWhitespace().isEmpty }
    }
}

/// How the rows of one record (one respondent) make up its answers, in exports with a row per
/// record and event or repeat instance (REDCap's longitudinal projects and repeating
/// instruments): the event and the instance are the round; the record id is the same person in
/// every round; a blank role or background value comes from the record's other rows (REDCap
/// leaves the fields of a form blank on the rows of events and instances without it).
public struct RecordRows: Sendable, Equatable {
    /// The event column (`redcap_event_name`, `Event Name`).
    public var eventColumn: Int?
    /// The repeat-instance column (`redcap_repeat_instance`, `Repeat Instance`).
    public var instanceColumn: Int?
}

/// A role question with an "Other" option whose typed text is in a column of its own: where
/// "Other" was chosen, the typed text is the respondent's role; where nothing was typed, the
/// role is "Other" itself (``label``), which the reading reports.
public struct OtherRole: Sendable, Equatable {
    /// The column of the typed text (LimeSurvey `FAG[other]`).
    public var column: Int
    /// What the role column holds where "Other" was chosen (`-oth-`, `Andet`, `Other`), as keys.
    package var choices: Set<TextKey>
    /// The role of a respondent who chose "Other" and typed nothing (`Andet`, `Other`).
    public var label: String
}

/// Where things are in a tidy long file (SPEC §2).
public struct LongLayout: Sendable, Equatable {
    /// The 0-based column of the respondent id.
    public var respondent: Int
    /// The 0-based column of the round label; nil when the file has none.
    public var round: Int?
    /// The 0-based column of the rater's role.
    public var rater: Int
    /// The 0-based column of the target role.
    public var target: Int
    /// The 0-based column of the dimension.
    public var dimension: Int
    /// The 0-based column of the answer.
    public var value: Int

    static let columnNames = ["respondent", "round", "rater_role", "target_role", "dimension", "value"]

    /// How many leading columns hold everything that names a tie (respondent, round, rater,
    /// target) and nothing else the layout reads; 0 when the dimension or value comes among them.
    /// Rows of one tie repeat these columns exactly, so the fast path reads them once per tie.
    var tieColumns: Int {
        let count = max(respondent, rater, target, round ?? -1) + 1
        return dimension >= count && value >= count ? count : 0
    }

    /// The field count of a row with nothing but the tie columns, the dimension and the value,
    /// in that order: the rows the reading thread reduces to a code (``SplitRun/RepeatPlan``).
    /// nil for other layouts.
    var repeatFields: Int? {
        let ties = tieColumns
        return ties > 0 && dimension == ties && value == ties + 1 ? ties + 2 : nil
    }
}

/// How a file's records become answers.
public enum Layout: Sendable, Equatable {
    /// One answer per row (tidy long).
    case long(LongLayout)
    /// One respondent per row, one answer per answer column.
    case wide(WideLayout)
}

/// What the detector found: the export shape, how many header rows, and the layout.
public struct DetectedShape: Sendable, Equatable {
    /// The export format the file was read as.
    public var format: ExportFormat
    /// How many rows at the top of the file are headers.
    public var headerRows: Int
    /// Where the respondent, roles, round and answers are.
    public var layout: Layout
    /// The header row whose texts name the columns (the question-text row of Qualtrics).
    public var header: [String]
    /// The tool's conventions this export follows, as `inspect` names them.
    public var conventions: [ExportConvention] = []

    /// Whether records are read the general way only: answer codes translated, or a record read
    /// with its other rows or a second role column (``WideLayout/readsAcrossColumnsOrRows``).
    var readsGeneralWayOnly: Bool {
        if case let .wide(layout) = layout { return layout.translatesAnswerCodes || layout.readsAcrossColumnsOrRows }
        return false
    }
}

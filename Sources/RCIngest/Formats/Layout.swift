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

    /// Whether any answer column's codes are translated (so records are read the general way).
    var translatesAnswerCodes: Bool { answerColumns.contains { !$0.codes.isEmpty } }
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

    /// Whether answer codes are translated through ``ValueLabels`` (read the general way).
    var translatesAnswerCodes: Bool {
        if case let .wide(layout) = layout { return layout.translatesAnswerCodes }
        return false
    }
}

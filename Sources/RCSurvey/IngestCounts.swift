/// What reading the input gave: every answer record read is accepted (as a score or as
/// missing) or rejected, so `records == answers + missing + rejected`.
public struct IngestCounts: Sendable, Equatable {
    /// Data rows read from the files (after header rows).
    public var rows: Int
    /// Answer records read: tidy rows, or answer cells of wide rows.
    public var records: Int
    /// Accepted answers with a score.
    public var answers: Int
    /// Accepted answers without a score ("Ved ikke", blank).
    public var missing: Int
    /// Records rejected, each with a reason.
    public var rejected: Int

    /// Counts with the given values (all 0 by default).
    public init(rows: Int = 0, records: Int = 0, answers: Int = 0, missing: Int = 0, rejected: Int = 0) {
        self.rows = rows
        self.records = records
        self.answers = answers
        self.missing = missing
        self.rejected = rejected
    }

    /// Whether the counts add up.
    public var isBalanced: Bool { records == answers + missing + rejected }

    /// The counts of two readings added up, field by field (for several files read into one survey).
    public static func + (lhs: IngestCounts, rhs: IngestCounts) -> IngestCounts {
        IngestCounts(
            rows: lhs.rows + rhs.rows, records: lhs.records + rhs.records, answers: lhs.answers + rhs.answers,
            missing: lhs.missing + rhs.missing, rejected: lhs.rejected + rhs.rejected)
    }
}

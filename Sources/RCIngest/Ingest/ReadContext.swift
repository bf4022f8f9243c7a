import RCSurvey

/// What stays the same for every record of one file.
struct ReadContext {
    var file: String
    /// The worksheet, in a workbook.
    var sheet: String?
    var format: ExportFormat
    /// The round label of answers that have none (the file's name, when comparing files).
    var unlabelledRound: String?

    /// The round label an answer gets.
    func label(_ round: String) -> String {
        round.isEmpty ? unlabelledRound ?? round : round
    }

    /// A rejection of the record at `line`, at 0-based field `column` when there is one.
    func rejection(line: Int, column: Int?, reason: String, kind: RejectionKind, record: [String]) -> Rejection {
        Rejection(
            file: file, sheet: sheet, line: line, column: column.map { $0 + 1 }, reason: reason, kind: kind,
            record: record)
    }
}

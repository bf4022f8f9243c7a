import RCSurvey

/// What stays the same for every record of one file.
struct ReadContext {
    var file: String
    var format: ExportFormat
    /// The round label of answers that have none (the file's name, when comparing files).
    var unlabelledRound: String?

    /// The round label an answer gets.
    func label(_ round: String) -> String {
        round.isEmpty ? unlabelledRound ?? round : round
    }
}

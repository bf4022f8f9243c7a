@_spi(FastPath) import RCSurvey

extension SurveyBuilder: AnswerSink {
    /// Takes one answer (``add(_:)``); a missing one registers the respondent.
    public mutating func accept(_ answer: Answer) -> AnswerRejection? {
        switch add(answer) {
        case .accepted, .missing: nil
        case let .rejected(reason): reason
        }
    }
}

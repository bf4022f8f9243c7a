/// Where ingestion delivers answers. Each call returns nil when the answer is taken, or why it
/// is refused (a duplicate, say), which becomes a rejection of the record that carried it.
public protocol AnswerSink {
    /// Takes one answer, or says why not.
    mutating func accept(_ answer: Answer) -> AnswerRejection?
}

/// A sink that calls a closure with every answer.
public struct ClosureSink: AnswerSink {
    public var body: (Answer) -> AnswerRejection?

    public init(_ body: @escaping (Answer) -> AnswerRejection?) {
        self.body = body
    }

    public func accept(_ answer: Answer) -> AnswerRejection? { body(answer) }
}

/// Where ingestion delivers answers. Each call returns nil when the answer is taken, or why it
/// is refused (a duplicate, say), which becomes a rejection of the record that carried it.
public protocol AnswerSink {
    /// Takes one answer, or says why not.
    mutating func accept(_ answer: Answer) -> AnswerRejection?
}

/// A sink that calls a closure with every answer.
public struct ClosureSink: AnswerSink {
    /// The closure each answer is handed to; it returns nil to take the answer, or why it refuses it.
    public var body: (Answer) -> AnswerRejection?

    /// A sink that hands every answer to `body`.
    public init(_ body: @escaping (Answer) -> AnswerRejection?) {
        self.body = body
    }

    /// Hands `answer` to ``body`` and returns what it says.
    public func accept(_ answer: Answer) -> AnswerRejection? { body(answer) }
}

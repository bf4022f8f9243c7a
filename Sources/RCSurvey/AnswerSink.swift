/// An answer as the fast ingestion path hands it over: the respondent id as UTF-8 bytes
/// (valid only during the call), the round and roles as numbers into a table of names that
/// comes with it. It says exactly what the ``Answer`` with those texts says.
public struct AnswerRecord {
    /// The respondent id, trimmed and not empty.
    public var respondent: UnsafeBufferPointer<UInt8>
    /// The round label: an index into the names.
    public var round: Int
    /// The rater's role and the target role: indices into the names.
    public var rater: Int
    public var target: Int
    public var dimension: Dimension
    /// The score; nil for a missing answer.
    public var score: Double?
    /// A promise that the respondent id bytes, round, rater and target are exactly those of
    /// the record handed to the same sink just before (the next answer of the same tie), so a
    /// sink may reuse what it found for that one. Sinks are free to ignore it.
    public var repeatsLast: Bool

    public init(respondent: UnsafeBufferPointer<UInt8>, round: Int, rater: Int, target: Int, dimension: Dimension, score: Double?,
                repeatsLast: Bool = false) {
        self.respondent = respondent
        self.round = round
        self.rater = rater
        self.target = target
        self.dimension = dimension
        self.score = score
        self.repeatsLast = repeatsLast
    }

    /// The same answer with its texts spelled out.
    public func answer(names: [String]) -> Answer {
        Answer(respondent: String(decoding: respondent, as: UTF8.self), round: names[round],
               raterRole: names[rater], targetRole: names[target], dimension: dimension, score: score)
    }
}

/// Where ingestion delivers answers. Each call returns nil when the answer is taken, or the
/// reason it is refused (a duplicate, say), which becomes a rejection.
public protocol AnswerSink {
    /// Takes one answer.
    mutating func accept(_ answer: Answer) -> String?
    /// Takes one answer read on the fast path; `names` holds the texts its numbers stand for
    /// and only ever grows, so a number means the same text for the whole ingestion.
    mutating func accept(_ record: AnswerRecord, names: [String]) -> String?
    /// Takes further answers of the tie of the last answer given to ``accept(_:names:)`` (the
    /// same respondent, round, rater and target): on `dimensions[k]` (their indices) with
    /// `scores[k]` (NaN: missing), in order, as far as each can be taken without more. Returns
    /// how many it took; the first one not taken (if any) comes again to ``accept(_:names:)``
    /// with ``AnswerRecord/repeatsLast``.
    mutating func acceptRepeats(dimensions: UnsafeBufferPointer<Int>, scores: UnsafeBufferPointer<Double>) -> Int
}

extension AnswerSink {
    public mutating func accept(_ record: AnswerRecord, names: [String]) -> String? {
        accept(record.answer(names: names))
    }

    public mutating func acceptRepeats(dimensions: UnsafeBufferPointer<Int>, scores: UnsafeBufferPointer<Double>) -> Int { 0 }
}

/// A sink that calls a closure with every answer.
public struct ClosureSink: AnswerSink {
    public var body: (Answer) -> String?

    public init(_ body: @escaping (Answer) -> String?) {
        self.body = body
    }

    public func accept(_ answer: Answer) -> String? { body(answer) }
}

@_spi(FastPath) import RCSurvey

/// A sink for tests and fuzz targets (SPI `Testing`: not for apps) that keeps every answer and refuses a second answer to
/// the same question, as the survey builder does (so refusals by a sink are covered too). It
/// takes the fast path's answers as well — a tie's further answers by dimension and score
/// alone, a stretch at a time, and a wide row's answers all at once, as the builder does — so that reading through it covers every
/// way the fast path hands answers over. Answers no reader may produce (no respondent or role,
/// a score that is not finite) are noted in ``violations``.
@_spi(Testing) public struct RecordingSink: AnswerSink {
    /// Every answer taken, in the order given.
    public private(set) var answers: [Answer] = []
    /// What this sink saw that no reader may hand over.
    public private(set) var violations: [String] = []
    private var seen: Set<String> = []
    /// The last answer given with its texts on the fast path: its tie is the one further
    /// answers belong to.
    private var lastTie: Answer?

    /// An empty sink.
    public init() {}

    /// Takes `answer` unless the respondent already answered that question (then refused).
    public mutating func accept(_ answer: Answer) -> AnswerRejection? {
        lastTie = nil
        return take(answer)
    }

    private mutating func take(_ answer: Answer) -> AnswerRejection? {
        guard seen.insert(RecordingSink.key(answer)).inserted else { return .refused(reason: "already answered") }
        if answer.respondent.isEmpty || answer.raterRole.isEmpty || answer.targetRole.isEmpty {
            violations.append("an answer without respondent or roles: \(answer)")
        }
        if let score = answer.score, !score.isFinite { violations.append("a score that is not a number: \(answer)") }
        answers.append(answer)
        return nil
    }

    private static func key(_ answer: Answer) -> String {
        "\(answer.round)\u{1}\(answer.respondent)\u{1}\(answer.targetRole)\u{1}\(answer.dimension.id)"
    }
}

extension RecordingSink: CodedAnswerSink {
    package mutating func accept(_ record: CodedAnswer, names: [String]) -> AnswerRejection? {
        let answer = record.answer(names: names)
        lastTie = answer
        return take(answer)
    }

    package mutating func acceptRepeats(_ repeats: RepeatedAnswers) -> Int {
        guard var answer = lastTie else { return 0 }
        for k in repeats.indices {
            answer.dimension = Dimension.allCases[repeats.dimension(k)]
            answer.score = repeats.score(k)
            guard !seen.contains(RecordingSink.key(answer)), take(answer) == nil else { return k }
        }
        return repeats.count
    }

    package mutating func acceptRow(_ row: WideRow, names: [String]) -> Int {
        lastTie = nil
        for k in 0..<row.codes.count {
            let answer = row.answer(k).answer(names: names)
            guard !seen.contains(RecordingSink.key(answer)), take(answer) == nil else { return k }
        }
        return row.codes.count
    }
}

extension Ingestor {
    /// Reads an open CSV reader into a recording sink the way the command line reads into the
    /// survey builder: with the fast path's coded answers (which the public
    /// ``read(_:surveyXact:into:unlabelledRound:reject:)`` spells out for any other sink).
    @discardableResult
    @_spi(Testing) public mutating func readRecording(
        _ reader: inout CSVReader, into sink: inout RecordingSink, unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        try read(&reader, translation: nil, into: &sink, unlabelledRound: unlabelledRound, reject: reject)
    }
}

extension IngestOptions {
    /// The options with the fast path's buffers checked as it reads, in release builds too.
    @_spi(Testing) public var checkingInvariants: IngestOptions {
        var options = self
        options.checkInvariants = true
        return options
    }

    /// The options with the shape detected on the first `records` records, header rows included
    /// (``IngestOptions/sampleRecords``): on a small file, the rows after them are read on the
    /// fast path.
    @_spi(Testing) public func detecting(onFirst records: Int) -> IngestOptions {
        var options = self
        options.sampleRecords = records
        return options
    }
}

extension BackgroundVariables {
    /// Every background variable's values, by name, round label and respondent id: what two
    /// readings of a file compare.
    @_spi(Testing) public var byName: [String: [String: [String: String?]]] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, values(of: $0)) })
    }
}

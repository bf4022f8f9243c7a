@_spi(FastPath) import RCSurvey

/// The fast path: records of plain runs read from their field bytes. Each returns false,
/// having changed nothing, for a record it leaves to the general path (a blank respondent, an
/// unknown role, an invalid value, text that needs trimming …), so only records the general
/// path would take or refuse for the sink's reasons are read here — and alike.
extension Ingestor {
    mutating func readPlainLong<Sink: CodedAnswerSink>(
        _ records: SplitRecords, _ layout: LongLayout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, counts: inout IngestCounts,
        sink: inout Sink, reject: (Rejection) -> Void
    ) -> Bool {
        let count = records.count
        guard layout.dimension < count, layout.value < count else {
            meanings.lastTie = nil
            return false
        }
        // A record that repeats the last one's tie columns (the run's records share a tie for
        // seven rows) has its respondent, roles and round; the rest are looked up.
        let repeated = records.repeatsPrefix ? meanings.lastTie : nil
        meanings.lastTie = nil
        let rater: Int, target: Int
        if let repeated {
            (rater, target) = (repeated.rater, repeated.target)
        } else {
            guard layout.respondent < count, layout.rater < count, layout.target < count,
                FieldMeanings.isTrimmed(records.field(layout.respondent)),
                let foundRater = role(records.field(layout.rater), &meanings),
                let foundTarget = role(records.field(layout.target), &meanings)
            else { return false }
            (rater, target) = (foundRater, foundTarget)
        }
        // Present in a repeated record too: the tie columns come first.
        let respondent = records.field(layout.respondent)
        guard let dimension = dimension(records.field(layout.dimension), &meanings) else { return false }
        let score: Double?
        switch value(records.field(layout.value), dimension, format: .long, &meanings) {
        case let .score(x): score = x
        case .missing: score = nil
        case .unknown, .label, .refused: return false
        }
        let round: Int
        if let repeated {
            round = repeated.round
        } else {
            let roundField = layout.round.map {
                $0 < count ? records.field($0) : UnsafeBufferPointer(start: nil, count: 0)
            }
            guard let found = self.round(roundField, context, &meanings) else { return false }
            round = found
        }

        counts.records += 1
        let answer = CodedAnswer(
            respondent: respondent, round: NameNumber(round), rater: NameNumber(rater), target: NameNumber(target),
            dimension: dimension, score: score, repeatsLast: repeated != nil)
        if let reason = sink.accept(answer, names: names) {
            counts.rejected += 1
            reject(
                Rejection(
                    file: context.file, line: records.line, reason: reason.description, kind: RejectionKind(reason),
                    record: records.record.fields))
        } else if score == nil {
            counts.missing += 1
        } else {
            counts.answers += 1
        }
        meanings.lastTie = FieldMeanings.Tie(
            rater: rater, target: target, round: round,
            respondentOffset: respondent.baseAddress.map { $0 - records.start } ?? 0,
            respondentCount: respondent.count)
        return true
    }

    /// Reads a tidy row reduced to a code on the reading thread that starts the next tie of the
    /// last row's respondent, round and rater (see ``SplitRun/Entry/target``): the target's
    /// role is looked up once per code, by the general rules on the row's own field, the rest
    /// comes from the last row and the code. Returns false, having changed nothing but the
    /// look-ups, when the row must be read with its fields.
    mutating func readNextTie<Sink: CodedAnswerSink>(
        _ records: inout SplitRecords, _ layout: LongLayout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, counts: inout IngestCounts,
        sink: inout Sink, reject: (Rejection) -> Void
    ) -> Bool {
        guard var tie = meanings.lastTie else { return false }
        let code = records.code
        let score = meanings.shortScores[code.slot]
        guard score.isFast, let dimension = Dimension(index: code.dimensionIndex) else { return false }
        let place = records.target.place
        if meanings.codedTargets[place].isUnseen {
            records.splitFields()
            meanings.codedTargets[place] = RoleLookup(
                role: layout.target < records.count ? role(records.field(layout.target), &meanings) : nil)
        }
        guard let target = meanings.codedTargets[place].role else { return false }
        tie.target = target
        let respondent = UnsafeBufferPointer(start: records.start + tie.respondentOffset, count: tie.respondentCount)
        counts.rows += 1
        counts.records += 1
        let answer = CodedAnswer(
            respondent: respondent, round: NameNumber(tie.round), rater: NameNumber(tie.rater),
            target: NameNumber(tie.target), dimension: dimension, score: score.isMissing ? nil : score.raw)
        if let reason = sink.accept(answer, names: names) {
            counts.rejected += 1
            records.splitFields()
            reject(
                Rejection(
                    file: context.file, line: records.line, reason: reason.description, kind: RejectionKind(reason),
                    record: records.record.fields))
        } else if score.isMissing {
            counts.missing += 1
        } else {
            counts.answers += 1
        }
        meanings.lastTie = tie
        return true
    }

    /// Reads tidy rows reduced to a code on the reading thread (see ``SplitRun``), from the
    /// current record on: further answers of the last row's tie, when that row went to the sink
    /// here and the values' meanings are known, handed to the sink a stretch at a time. Leaves
    /// the cursor on the last row taken and returns true; returns false, having changed
    /// nothing, when not even the current row was taken (it must be read with its fields).
    mutating func readRepeats<Sink: CodedAnswerSink>(
        _ records: inout SplitRecords, _ meanings: inout FieldMeanings,
        counts: inout IngestCounts, sink: inout Sink
    ) -> Bool {
        guard meanings.lastTie != nil else { return false }
        let most = 32
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: most) { dimensions in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: most) { scores in
                var count = 0
                while count < most {
                    let code = records.repeatCode(after: count)
                    guard code.isCoded else { break }
                    let score = meanings.shortScores[code.slot]
                    guard score.isFast else { break }
                    scores.initializeElement(at: count, to: score.raw)
                    dimensions.initializeElement(at: count, to: code.dimensionIndex)
                    count += 1
                }
                let answers = RepeatedAnswers(
                    dimensions: UnsafeBufferPointer(rebasing: dimensions[..<count]),
                    scores: UnsafeBufferPointer(rebasing: scores[..<count]))
                let taken = sink.acceptRepeats(answers)
                for k in 0..<taken {
                    if answers.score(k) == nil {
                        counts.missing += 1
                    } else {
                        counts.answers += 1
                    }
                }
                counts.rows += taken
                counts.records += taken
                records.skip(max(0, taken - 1))
                return taken > 0
            }
        }
    }
}

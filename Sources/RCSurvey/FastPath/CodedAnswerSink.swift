/// A sink that also takes answers from the fast reading path without their texts being made:
/// the survey builder is one. Every method must treat an answer exactly as
/// ``AnswerSink/accept(_:)`` treats the same answer spelled out (the differential tests check
/// that the fast and general paths give the same data).
package protocol CodedAnswerSink: AnswerSink {
    /// Takes one answer read on the fast path; `names` holds the texts its numbers stand for.
    mutating func accept(_ answer: CodedAnswer, names: [String]) -> AnswerRejection?
    /// Takes further answers of the tie of the last answer given to ``accept(_:names:)`` (the
    /// same respondent, round, rater and target), in order, as far as each can be taken
    /// without more. Returns how many it took; the first one not taken (if any) comes again to
    /// ``accept(_:names:)`` with ``CodedAnswer/repeatsLast``.
    mutating func acceptRepeats(_ answers: RepeatedAnswers) -> Int
    /// Takes the answers of a wide row, in column order, as far as each can be taken without
    /// more (a duplicate, a conflicting role, an empty role name … stop it). Returns how many
    /// it took; the rest come, one by one from the first not taken, to ``accept(_:names:)``,
    /// so the row must leave the sink as the answers taken one by one would have.
    mutating func acceptRow(_ row: WideRow, names: [String]) -> Int
    /// A guess, before the rows come, at how many respondents a round will get (only to make
    /// room: the guess may be wrong either way).
    mutating func expect(respondents: Int)
    /// Whether the sink is a plain value: a copy taken before answers are handed to it, assigned
    /// back, undoes them (nothing was written anywhere else). A reader may then hand answers
    /// over before it knows that it will read the whole file, and take them back.
    var isPlainValue: Bool { get }
    /// Whether the sink takes wide rows whose answers given as a missing label keep it by a
    /// code of its own (``WideRow/labels``), when the reading keeps labels
    /// (`IngestOptions.keepsMissingLabels`); any other sink gets the rows with such answers
    /// the general way. Of a row's answers it leaves, each given as a kept label comes to
    /// ``AnswerSink/accept(_:)`` with its label, as on the general path.
    var takesMissingLabels: Bool { get }
}

extension CodedAnswerSink {
    /// Makes no room.
    package mutating func expect(respondents: Int) {}

    /// Not known to be: answers handed over stay handed over.
    package var isPlainValue: Bool { false }

    /// Takes none: labels' codes never reach the sink.
    package var takesMissingLabels: Bool { false }

    /// Takes none: every answer of the row comes to ``accept(_:names:)``.
    package mutating func acceptRow(_ row: WideRow, names: [String]) -> Int { 0 }
}

/// Any public sink as a coded one: each coded answer spelled out and handed to the base.
package struct SpelledOutSink<Base: AnswerSink>: CodedAnswerSink {
    package var base: Base

    package init(_ base: Base) {
        self.base = base
    }

    package mutating func accept(_ answer: Answer) -> AnswerRejection? { base.accept(answer) }

    package mutating func accept(_ answer: CodedAnswer, names: [String]) -> AnswerRejection? {
        base.accept(answer.answer(names: names))
    }

    package func acceptRepeats(_ answers: RepeatedAnswers) -> Int { 0 }
}

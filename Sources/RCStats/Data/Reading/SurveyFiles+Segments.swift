import Foundation
import RCIngest
@_spi(FastPath) import RCSurvey

/// The segments of one background variable (`--by`, `--where`): its values, and which
/// respondent is in which.
struct SegmentPlan {
    /// The variable as the data names it (`Afdeling`).
    var name: String
    /// The segments' values, in order; nil for the respondents with no value (last).
    var values: [String?]
    /// Segment numbers by the value's ``TextKey``.
    private var numbers: [String: Int] = [:]
    /// Each respondent's segment, by round label and id.
    private var segments: [String: [String: Int]] = [:]
    /// The segment of the respondents with no value, and of those in a file without the
    /// variable (last; empty when there are none).
    private var noValue: Int

    /// The segments of the variable `name` (matched like role names); `option` names the
    /// option that asked, for the message when there is no such variable.
    init(_ name: String, in background: BackgroundVariables, option: String) throws(SurveySelectionError) {
        guard !background.isEmpty else { throw .noBackground(option: option, name: name) }
        guard let variable = background.variable(named: name) else {
            throw .noSuchVariable(option: option, name: name, variables: background.names)
        }
        self.name = variable
        values = background.counts(of: variable).map(\.value)
        if values.isEmpty || values[values.count - 1] != nil { values.append(nil) }
        noValue = values.count - 1
        for (number, value) in values.enumerated() {
            if let value { numbers[TextKey(value).value] = number }
        }
        for (round, respondents) in background.values(of: variable) {
            segments[round] = respondents.compactMapValues { value in
                value.map { numbers[TextKey($0).value] } ?? noValue
            }
        }
    }

    /// The segment of respondent `id` in round `round`: the one of its value, or the one of no
    /// value (also for a respondent read from a file without the variable).
    func segment(round: String, respondent id: String) -> Int? {
        segments[round]?[id] ?? noValue
    }

    /// The segment whose value is `value` (matched like role names).
    func segment(valued value: String) -> Int? {
        numbers[TextKey(value).value]
    }
}

/// One segment's answers: what reading the files gives for its respondents alone.
struct SegmentData {
    var data: SurveyData
    var counts: IngestCounts
}

/// Takes each answer into the builder of its respondent's segment: a coded answer (the fast
/// path's) as a coded answer, a tie's further answers and a wide row's at once, as the builder
/// takes them when it reads alone.
private struct SegmentSink: CodedAnswerSink {
    var builders: [SurveyBuilder]
    var counts: [IngestCounts]
    let plan: SegmentPlan
    /// Only this segment, when one is asked for.
    let only: Int?
    /// The last coded answer's respondent id and round, and its segment (nil: not the one asked
    /// for): a respondent's answers come one after another, so the segment is looked up once.
    private var lastID: [UInt8] = []
    private var lastRound: NameNumber?
    private var lastSegment: Int?
    /// Where the further answers of the last coded answer's tie go.
    private var tie = Tie.none

    private enum Tie {
        /// Nowhere: they come one by one.
        case none
        /// Its respondent is in a segment not read: they are passed over, as one by one.
        case passedOver
        /// The builder of this segment took the answer.
        case segment(Int)
    }

    init(builders: [SurveyBuilder], counts: [IngestCounts], plan: SegmentPlan, only: Int?) {
        self.builders = builders
        self.counts = counts
        self.plan = plan
        self.only = only
    }

    mutating func accept(_ answer: Answer) -> AnswerRejection? {
        tie = .none
        guard let segment = plan.segment(round: answer.round, respondent: answer.respondent),
            only == nil || only == segment
        else { return nil }
        return take(segment, missing: answer.score == nil) { $0.accept(answer) }
    }

    mutating func accept(_ answer: CodedAnswer, names: [String]) -> AnswerRejection? {
        tie = .none
        guard let segment = segment(answer.respondent, answer.round, names) else {
            tie = .passedOver
            return nil
        }
        let reason = take(segment, missing: answer.score == nil) { $0.accept(answer, names: names) }
        if reason == nil { tie = .segment(segment) }
        return reason
    }

    mutating func acceptRepeats(_ answers: RepeatedAnswers) -> Int {
        let segment: Int
        switch tie {
        case .none: return 0
        case .passedOver: return answers.count
        case let .segment(number): segment = number
        }
        let taken = builders[segment].acceptRepeats(answers)
        for k in 0..<taken { count(segment, missing: answers.score(k) == nil) }
        return taken
    }

    mutating func acceptRow(_ row: WideRow, names: [String]) -> Int {
        assert(row.labels == nil, "labels' codes reach only the import's sink (TidyRowSink)")
        tie = .none
        guard let segment = segment(row.respondent, row.round, names) else { return row.codes.count }
        let taken = builders[segment].acceptRow(row, names: names)
        for k in 0..<taken { count(segment, missing: row.codes[k] == WideRow.missingCode) }
        return taken
    }

    /// Hands an answer to the builder of `segment` and counts it, taken or refused.
    private mutating func take(_ segment: Int, missing: Bool, _ accept: (inout SurveyBuilder) -> AnswerRejection?)
        -> AnswerRejection?
    {
        if let reason = accept(&builders[segment]) {
            counts[segment].records += 1
            counts[segment].rejected += 1
            return reason
        }
        count(segment, missing: missing)
        return nil
    }

    /// Counts an answer the builder of `segment` took.
    private mutating func count(_ segment: Int, missing: Bool) {
        counts[segment].records += 1
        if missing { counts[segment].missing += 1 } else { counts[segment].answers += 1 }
    }

    /// The segment of a respondent in a round, when it is one to read.
    private mutating func segment(_ id: UnsafeBufferPointer<UInt8>, _ round: NameNumber, _ names: [String]) -> Int? {
        if lastRound == round, id.elementsEqual(lastID) { return lastSegment }
        lastID = Array(id)
        lastRound = round
        let segment = plan.segment(round: names[round.index], respondent: String(decoding: id, as: UTF8.self))
        lastSegment = segment.flatMap { only == nil || only == $0 ? $0 : nil }
        return lastSegment
    }
}

extension SurveyFiles {
    /// Each segment's answers, read again from the files (the same way, into one dataset per
    /// segment), so that a segment's figures are exactly those of its respondents read alone;
    /// only segment `only` when it is given (the others come back empty).
    func segmentData(_ plan: SegmentPlan, only: Int? = nil) throws -> [SegmentData] {
        var options = self.options
        options.collectsBackground = false
        var ingestor = Ingestor(options: options)
        let roleOrder = options.instrument.roles.map(\.name)
        var sink = SegmentSink(
            builders: plan.values.map { _ in SurveyBuilder(roleOrder: roleOrder) },
            counts: plan.values.map { _ in IngestCounts() }, plan: plan, only: only)
        for (k, file) in files.enumerated() {
            let round = k < fileRounds.count ? fileRounds[k] : nil
            try ingestor.read(path: file, into: &sink, unlabelledRound: round) { _ in }
        }
        return zip(sink.builders, sink.counts).map { SegmentData(data: $0.0.build(), counts: $0.1) }
    }
}

extension SurveyFiles {
    /// The rounds `labels` of the whole organisation, each beside every segment of the background
    /// variable `by` (matched like role names) that has respondents in it, with the segments'
    /// reading counts; the files are read again once for all of them, each segment's
    /// respondents into their own dataset (SPEC §6).
    public func segmented(by name: String, rounds labels: [String], options: AnalysisOptions) throws
        -> [(analysis: SegmentedAnalysis, counts: [IngestCounts])]
    {
        let plan = try SegmentPlan(name, in: background, option: "--by")
        return try segmented(plan, parts: try segmentData(plan), rounds: labels, options: options)
            .map { ($0.analysis, $0.counts) }
    }

    /// The rounds `labels` beside the segments of `plan` (`parts`, their answers), with each
    /// segment's reading counts and number in the plan.
    private func segmented(
        _ plan: SegmentPlan, parts: [SegmentData], rounds labels: [String], options: AnalysisOptions
    ) throws(SurveySelectionError) -> [(analysis: SegmentedAnalysis, counts: [IngestCounts], numbers: [Int])] {
        try labels.map { label throws(SurveySelectionError) in
            guard let round = data.round(label) else { throw .noSuchRound(label, rounds: roundLabels) }
            var segments: [SegmentRound] = []
            var counts: [IngestCounts] = []
            var numbers: [Int] = []
            var position: [Int: Int] = [:]
            let rowNumbers = round.idsLookLikeRowNumbers
            for (number, (value, part)) in zip(plan.values, parts).enumerated() {
                guard var own = part.data.round(label), own.respondentCount > 0 else { continue }
                // A segment's ids are a part of its file's: row numbers there, row numbers here.
                own.wholeRoundIDsLookLikeRowNumbers = rowNumbers
                position[number] = segments.count
                segments.append(
                    SegmentRound(value: value, round: own, roles: part.data.storageRoles, order: part.data.displayOrder)
                )
                counts.append(part.counts)
                numbers.append(number)
            }
            let analysis = SegmentedAnalysis(
                round, roles: data.storageRoles, order: data.displayOrder, by: plan.name,
                segments: segments,
                segmentOf: { id in plan.segment(round: label, respondent: id).flatMap { position[$0] } },
                options: options)
            return (analysis, counts, numbers)
        }
    }

    /// The respondents whose background variable has the value `only` asks for (`--where`): their
    /// answers, read again from the files as if they were all there was, and their analyses —
    /// exactly those of their segment of `--by` the variable, complementary suppression included.
    public func restricted(to only: (name: String, value: String), options: AnalysisOptions) throws -> SurveyFiles {
        let plan = try SegmentPlan(only.name, in: background, option: "--where")
        guard let segment = plan.segment(valued: only.value) else {
            throw SurveySelectionError.noSuchSegment(
                name: only.name, value: only.value, values: plan.values.compactMap { $0 })
        }
        let parts = try segmentData(plan)
        let part = parts[segment]
        guard !part.data.rounds.isEmpty else { throw SurveySelectionError.nothingAccepted }
        let rounds = part.data.rounds.map(\.label)
        let segmented = try self.segmented(plan, parts: parts, rounds: rounds, options: options)
        var analyses: [String: NetworkAnalysis] = [:]
        for (label, round) in zip(rounds, segmented) {
            if let place = round.numbers.firstIndex(of: segment) {
                analyses[label] = round.analysis.segments[place].analysis
            }
        }
        var input = self
        input.data = part.data
        // The segment's answer records; the rows are those read from the files.
        input.counts = part.counts
        input.counts.rows = counts.rows
        input.segment = SegmentChoice(by: plan.name, value: plan.values[segment], analyses: analyses)
        return input
    }
}

/// The one segment `--where` chose: its variable and value, and its analyses by round label.
public struct SegmentChoice: Sendable {
    /// The background variable (`Afdeling`).
    public var by: String
    /// The segment's value; nil for the respondents with no value.
    public var value: String?
    /// The segment's analyses, by round label: those of its segment of `--by`.
    public var analyses: [String: NetworkAnalysis]
}

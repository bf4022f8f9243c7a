import RCSurvey

/// Reads survey exports into answers, accounting for every record: each is handed to the
/// consumer as an answer (with a score or missing) or rejected with its line and reason.
public struct Ingestor: Sendable {
    public let options: IngestOptions
    /// Counts over every file read so far.
    public private(set) var counts = IngestCounts()
    var roles: RoleNames
    private var valueCache: [Dimension: [String: ScaleValue]] = [:]
    /// Role names and round labels the fast path has handed to sinks, by number.
    private(set) var names: [String] = []
    /// Keyed by the exact UTF-8 spelling, so a sink sees each text as it was written.
    private var nameNumbers: [[UInt8]: Int] = [:]

    public init(options: IngestOptions) {
        self.options = options
        self.roles = RoleNames(instrument: options.instrument)
    }

    /// How many records the detector looks at before deciding the shape.
    public static let sampleSize = 200

    /// Reads one file. `consume` takes each answer and returns a reason when it refuses it
    /// (a duplicate, say); `reject` receives every rejected record.
    @discardableResult
    public mutating func read(path: String, consume: (Answer) -> String?, reject: (Rejection) -> Void) throws -> FileReport {
        try withoutActuallyEscaping(consume) { consume in
            var sink = ClosureSink(consume)
            return try read(path: path, into: &sink, reject: reject)
        }
    }

    /// Reads one file into `sink`, which returns a reason when it refuses an answer (a duplicate,
    /// say); `reject` receives every rejected record. Answers without a round label get
    /// `unlabelledRound` when it is given.
    @discardableResult
    public mutating func read<Sink: AnswerSink>(path: String, into sink: inout Sink, unlabelledRound: String? = nil,
                                                reject: (Rejection) -> Void) throws -> FileReport {
        try Ingestor.locatingStart {
            var reader = try Ingestor.openReader(path: path, csv: options.csv)
            let surveyXact = options.mapping != nil ? nil
                : try SurveyXactDataset.forDataset(path: path, format: options.format, structure: options.structure,
                                                   labels: options.labels, csv: options.csv)
            return try read(&reader, surveyXact: surveyXact, into: &sink, unlabelledRound: unlabelledRound, reject: reject)
        }
    }

    /// Reads records from an open reader (in memory, in tests); `surveyXact` gives the meaning of a
    /// SurveyXact dataset's variables and codes.
    @discardableResult
    public mutating func read(_ reader: inout CSVReader, surveyXact companions: SurveyXactDataset? = nil,
                              consume: (Answer) -> String?, reject: (Rejection) -> Void) throws -> FileReport {
        try withoutActuallyEscaping(consume) { consume in
            var sink = ClosureSink(consume)
            return try read(&reader, surveyXact: companions, into: &sink, reject: reject)
        }
    }

    /// Reads records from an open reader into `sink`.
    ///
    /// Plain stretches of the file (no quotes) are read on a fast path that looks at field bytes
    /// and never makes a String for a field it has seen before; it hands any record it is not
    /// sure about to the general path, so both read every record alike. Reading and splitting
    /// records can run on a second thread (``IngestOptions/concurrentReading``), a few blocks
    /// ahead of their interpretation here.
    @discardableResult
    public mutating func read<Sink: AnswerSink>(_ reader: inout CSVReader, surveyXact companions: SurveyXactDataset? = nil,
                                                into sink: inout Sink, unlabelledRound: String? = nil,
                                                reject: (Rejection) -> Void) throws -> FileReport {
        let file = reader.file
        var head: [CSVRecord] = []
        while head.count < Ingestor.sampleSize, let record = try Ingestor.checked(reader.next()) { head.append(record) }
        guard !head.isEmpty else { throw IngestError(file: file, line: 1, message: "the file is empty") }
        let surveyXact = companions.flatMap { $0.describes(head[0]) ? $0 : nil }
        let variables = head[0].fields
        func translated(_ record: CSVRecord) -> CSVRecord {
            surveyXact.map { $0.translate(record, variables: variables) } ?? record
        }
        if let surveyXact {
            head = [surveyXact.header(head[0])] + head.dropFirst().map(translated)
        }
        let shape: DetectedShape
        if let mapping = options.mapping {
            shape = try mapping.shape(header: head[0], file: file, instrument: options.instrument)
        } else {
            shape = try ShapeDetector(instrument: options.instrument, file: file)
                .detect(head, requested: surveyXact == nil ? options.format : .surveyxact)
        }
        guard head.count > shape.headerRows || shape.headerRows == 0 else {
            throw IngestError(file: file, line: head.last?.line, message: "the file has a header but no data rows")
        }
        let context = ReadContext(file: file, format: shape.format, unlabelledRound: unlabelledRound)
        var fileCounts = IngestCounts()
        var sawData = false
        for record in head.dropFirst(shape.headerRows) {
            readRecord(record, shape.layout, context, counts: &fileCounts, sawData: &sawData, sink: &sink, reject: reject)
        }
        if surveyXact == nil, options.plainRuns {
            var meanings = FieldMeanings()
            var tieColumns = 0
            var plan: SplitRun.RepeatPlan?
            if case let .long(layout) = shape.layout {
                tieColumns = layout.tieColumns
                plan = layout.repeatFields.map { SplitRun.RepeatPlan(fields: $0, codesTargets: layout.target == tieColumns - 1) }
            }
            let stream = RecordStream(reader: reader, prefixFields: tieColumns, plan: plan, concurrent: options.concurrentReading)
            defer { reader = stream.finish() }
            while let item = stream.next() {
                switch item {
                case let .run(run):
                    run.withRecords { records in
                        readPlain(&records, shape.layout, context, &meanings, counts: &fileCounts, sawData: &sawData,
                                  sink: &sink, reject: reject)
                    }
                case let .records(records):
                    for record in records {
                        readRecord(record, shape.layout, context, counts: &fileCounts, sawData: &sawData, sink: &sink, reject: reject)
                    }
                case let .failure(error):
                    throw error
                }
            }
        } else {
            while let record = try Ingestor.checked(reader.next()) {
                readRecord(translated(record), shape.layout, context, counts: &fileCounts, sawData: &sawData, sink: &sink, reject: reject)
            }
        }
        guard sawData else {
            throw IngestError(file: file, line: head.last?.line, message: "the file has a header but no data rows")
        }
        counts = counts + fileCounts
        return FileReport(file: file, dialect: reader.dialect, shape: shape, counts: fileCounts)
    }

    /// Reads one record the general way.
    private mutating func readRecord<Sink: AnswerSink>(_ record: CSVRecord, _ layout: Layout, _ context: ReadContext,
                                                       counts: inout IngestCounts, sawData: inout Bool, sink: inout Sink,
                                                       reject: (Rejection) -> Void) {
        if record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { return }
        sawData = true
        counts.rows += 1
        switch layout {
        case let .long(layout): readLong(record, layout, context, counts: &counts, sink: &sink, reject: reject)
        case let .wide(layout): readWide(record, layout, context, counts: &counts, sink: &sink, reject: reject)
        }
    }

    /// Reads the records of a plain run, each on the fast path where it can be and the general
    /// path where not.
    private mutating func readPlain<Sink: AnswerSink>(_ records: inout SplitRecords, _ layout: Layout, _ context: ReadContext,
                                                      _ meanings: inout FieldMeanings, counts: inout IngestCounts,
                                                      sawData: inout Bool, sink: inout Sink, reject: (Rejection) -> Void) {
        while records.next() {
            if records.code != 0 {
                let read = if records.target != 0, case let .long(layout) = layout {
                    readNextTie(&records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject)
                } else {
                    readRepeats(&records, &meanings, counts: &counts, sink: &sink)
                }
                if read {
                    sawData = true
                    continue
                }
                records.splitFields()
            }
            let done = switch layout {
            case let .long(layout): readPlainLong(records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject)
            case let .wide(layout): readPlainWide(records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject)
            }
            if done {
                sawData = true
                counts.rows += 1
            } else {
                readRecord(records.record, layout, context, counts: &counts, sawData: &sawData, sink: &sink, reject: reject)
            }
        }
    }

    /// Opens a file for reading; an empty or binary file is reported at line 1.
    public static func openReader(path: String, csv: CSVOptions) throws -> CSVReader {
        try locatingStart { try CSVReader(path: path, options: csv) }
    }

    /// Problems found before the first record (an empty or binary file) are placed at line 1, so
    /// every message reads `FILE:LINE: …`.
    static func locatingStart<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch var error as CSVError {
            if error.line == nil { error.line = 1 }
            throw error
        }
    }

    static func checked(_ record: @autoclosure () throws -> CSVRecord?) throws -> CSVRecord? {
        try locatingStart { try record() }
    }

    mutating func value(_ text: String, _ dimension: Dimension, format: ExportFormat) -> ScaleValue {
        if let cached = valueCache[dimension]?[text] { return cached }
        var result: ScaleValue
        if let scale = options.instrument.scale(for: dimension) {
            result = scale.value(of: text)
            if case .invalid = result {
                let trimmed = text.trimmingWhitespace()
                // Qualtrics writes -99 for a question seen but not answered.
                if format == .qualtrics && trimmed == "-99" { result = .missing }
                // LimeSurvey answer codes A1…A5 are the options in printed order.
                if format == .limesurvey, !scale.isRecoded, trimmed.first == "A" || trimmed.first == "a",
                   let position = Int(trimmed.dropFirst()), position >= 1, position <= scale.options.count {
                    result = .score(scale.options[position - 1].score)
                }
            }
        } else {
            result = .invalid(reason: "the instrument \(options.instrument.name) has no question about \(dimension.id)")
        }
        if valueCache[dimension, default: [:]].count < 1_000 { valueCache[dimension, default: [:]][text] = result }
        return result
    }

    private mutating func readLong<Sink: AnswerSink>(_ record: CSVRecord, _ layout: LongLayout, _ context: ReadContext,
                                                     counts: inout IngestCounts, sink: inout Sink, reject: (Rejection) -> Void) {
        let file = context.file
        let fields = record.fields
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        counts.records += 1
        func refuse(_ column: Int?, _ reason: String) {
            counts.rejected += 1
            reject(Rejection(file: file, line: record.line, column: column.map { $0 + 1 }, reason: reason, record: fields))
        }
        let respondent = field(layout.respondent).trimmingWhitespace()
        guard !respondent.isEmpty else { return refuse(layout.respondent, "no respondent id") }
        let raterText = field(layout.rater)
        guard !raterText.trimmingWhitespace().isEmpty else { return refuse(layout.rater, "no rater role") }
        guard let rater = roles.canonical(raterText) else { return refuse(layout.rater, "unknown role '\(raterText.trimmingWhitespace())'; the instrument's roles are \(roleList)") }
        let targetText = field(layout.target)
        guard !targetText.trimmingWhitespace().isEmpty else { return refuse(layout.target, "no target role") }
        guard let target = roles.canonical(targetText) else { return refuse(layout.target, "unknown role '\(targetText.trimmingWhitespace())'; the instrument's roles are \(roleList)") }
        let dimensionText = field(layout.dimension)
        guard let dimension = Dimension(matching: dimensionText) else {
            return refuse(layout.dimension, "unknown dimension '\(dimensionText.trimmingWhitespace())'")
        }
        let score: Double?
        switch value(field(layout.value), dimension, format: .long) {
        case let .score(x): score = x
        case .missing: score = nil
        case let .invalid(reason): return refuse(layout.value, reason)
        }
        let round = context.label(options.round ?? layout.round.map { field($0).trimmingWhitespace() } ?? "")
        let answer = Answer(respondent: respondent, round: round, raterRole: rater, targetRole: target, dimension: dimension, score: score)
        if let reason = sink.accept(answer) { return refuse(nil, reason) }
        if score == nil { counts.missing += 1 } else { counts.answers += 1 }
    }

    private mutating func readWide<Sink: AnswerSink>(_ record: CSVRecord, _ layout: WideLayout, _ context: ReadContext,
                                                     counts: inout IngestCounts, sink: inout Sink, reject: (Rejection) -> Void) {
        let file = context.file
        let format = context.format
        let fields = record.fields
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        let respondent = layout.respondentColumn.map { field($0).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(file):\(record.line)"
        let raterField = field(layout.raterColumn)
        let raterText = layout.raterCodes.isEmpty ? raterField : layout.raterCodes[raterField.trimmingWhitespace()] ?? raterField
        var rowProblem: String?
        var rater = ""
        if raterText.trimmingWhitespace().isEmpty {
            rowProblem = "no rater role"
        } else if let name = roles.canonical(raterText) {
            rater = name
        } else {
            rowProblem = "unknown role '\(raterText.trimmingWhitespace())'; the instrument's roles are \(roleList)"
        }
        let round = context.label(options.round ?? layout.roundColumn.map { field($0).trimmingWhitespace() } ?? "")
        for column in layout.answerColumns {
            counts.records += 1
            let text = field(column.index)
            func refuse(_ reason: String, _ at: Int?) {
                counts.rejected += 1
                reject(Rejection(file: file, line: record.line, column: at.map { $0 + 1 },
                                 reason: "\(column.header): \(reason)", record: [respondent, raterText, text]))
            }
            if let rowProblem {
                refuse(rowProblem, layout.raterColumn)
                continue
            }
            guard let target = roles.canonical(column.role) else {
                refuse("unknown role '\(column.role)'", column.index)
                continue
            }
            let score: Double?
            switch value(text, column.dimension, format: format) {
            case let .score(x): score = x
            case .missing: score = nil
            case let .invalid(reason):
                refuse(reason, column.index)
                continue
            }
            let answer = Answer(respondent: respondent, round: round, raterRole: rater, targetRole: target,
                                dimension: column.dimension, score: score)
            if let reason = sink.accept(answer) {
                refuse(reason, column.index)
                continue
            }
            if score == nil { counts.missing += 1 } else { counts.answers += 1 }
        }
    }

    var roleList: String {
        options.instrument.roles.map(\.name).joined(separator: ", ")
    }
}

extension Ingestor {
    /// The number of a role name or round label in ``names``.
    mutating func nameNumber(_ name: String) -> Int {
        let key = Array(name.utf8)
        if let known = nameNumbers[key] { return known }
        nameNumbers[key] = names.count
        names.append(name)
        return names.count - 1
    }
}

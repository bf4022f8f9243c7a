@_spi(FastPath) import RCSurvey

/// Reads survey exports into answers, accounting for every record: each is handed to the
/// consumer as an answer (with a score or missing) or rejected with its line and reason.
///
/// A file is opened as its kind of source (``RecordSource``: CSV, a workbook's worksheet, a
/// CSV file in a ZIP archive); its first records decide the export format
/// (``ShapeDetector``); then every record is read the general way (``readRecord(_:_:_:counts:sawData:sink:reject:)``),
/// or, for plain stretches of a CSV file, on the fast path (`FastPath/`), which reads alike.
public struct Ingestor: Sendable {
    /// How files are read: the instrument, the format, the round, the CSV options.
    public let options: IngestOptions
    /// Counts over every file read so far.
    public private(set) var counts = IngestCounts()
    /// The respondents' background variables in every file read so far, when
    /// ``IngestOptions/collectsBackground`` asks for them.
    public private(set) var background = BackgroundVariables()
    var roles: RoleNames
    /// How many worksheets were read on the fast path (the rest, the general way).
    package internal(set) var sheetsReadFast = 0
    /// What value texts mean, by format (formats read some values their own way) and dimension.
    private var valueCache: [ValueKey: ScaleValue] = [:]
    /// Role names and round labels the fast path has handed to sinks, by number.
    private(set) var names: [String] = []
    /// Keyed by the exact UTF-8 spelling, so a sink sees each text as it was written.
    private var nameNumbers: [[UInt8]: Int] = [:]
    /// The target role each answer column of the wide layout read last names (nil: none), so
    /// that a record's columns are not looked up again for every record.
    private var wideTargets: (columns: [AnswerColumn], targets: [String?])?
    /// ``RCSurvey/Dimension/init(matching:)`` of the dimension fields the general path has read,
    /// by spelling: a tidy file spells its seven dimensions one way or a few, so each spelling is
    /// matched once (up to ``maxDimensionSpellings`` of them), not once a record.
    private var dimensionsBySpelling: [String: Dimension?] = [:]
    private static let maxDimensionSpellings = 256

    private struct ValueKey: Hashable {
        var format: ExportFormat
        var dimension: Dimension
        var text: String
    }

    /// An ingestor that reads files as `options` says, with nothing read yet.
    public init(options: IngestOptions) {
        self.options = options
        self.roles = RoleNames(instrument: options.instrument)
    }

    /// How many records the detector looks at before deciding the shape.
    public static let sampleSize = 200

    /// Reads one file. `consume` takes each answer and returns why it refuses it, if it does
    /// (a duplicate, say); `reject` receives every rejected record.
    @discardableResult
    public mutating func read(path: String, consume: (Answer) -> AnswerRejection?, reject: (Rejection) -> Void) throws
        -> FileReport
    {
        try withoutActuallyEscaping(consume) { consume in
            var sink = ClosureSink(consume)
            return try read(path: path, into: &sink, reject: reject)
        }
    }

    /// Reads one file — CSV, a workbook (`.xlsx`) or a ZIP archive holding a CSV file — into
    /// `sink`; `reject` receives every rejected record. Answers without a round label get
    /// `unlabelledRound` when it is given.
    @discardableResult
    public mutating func read<Sink: AnswerSink>(
        path: String, into sink: inout Sink, unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        var coded = SpelledOutSink(sink)
        defer { sink = coded.base }
        return try read(path: path, into: &coded, unlabelledRound: unlabelledRound, reject: reject)
    }

    /// ``read(path:into:unlabelledRound:reject:)`` for a sink that takes the fast path's answers.
    @discardableResult
    package mutating func read<Sink: CodedAnswerSink>(
        path: String, into sink: inout Sink, unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        try Ingestor.locatingStart {
            switch try InputFile.open(path, options: options) {
            case .csv(var reader, let translation):
                return try read(
                    &reader, translation: translation, into: &sink, unlabelledRound: unlabelledRound, reject: reject)
            case .records(var source, let translation):
                return try read(
                    records: &source, translation: translation, into: &sink, unlabelledRound: unlabelledRound,
                    reject: reject)
            case .worksheet(let workbook, let sheet, let translation):
                if translation == nil, options.plainRuns,
                    let report = try readWorksheet(
                        workbook, sheet: sheet, into: &sink, unlabelledRound: unlabelledRound, reject: reject)
                {
                    return report
                }
                var source = try InputFile.records(workbook, sheet: sheet)
                return try read(
                    records: &source, translation: translation, into: &sink, unlabelledRound: unlabelledRound,
                    reject: reject)
            }
        }
    }

    /// Reads records from an open reader (in memory, in tests); `surveyXact` gives the meaning of a
    /// SurveyXact dataset's variables and codes.
    @discardableResult
    public mutating func read(
        _ reader: inout CSVReader, surveyXact companions: SurveyXactDataset? = nil,
        consume: (Answer) -> AnswerRejection?, reject: (Rejection) -> Void
    ) throws -> FileReport {
        try withoutActuallyEscaping(consume) { consume in
            var sink = SpelledOutSink(ClosureSink(consume))
            return try read(&reader, translation: companions, into: &sink, reject: reject)
        }
    }

    /// Reads records from an open CSV reader into `sink`; `surveyXact` gives the meaning of a
    /// SurveyXact dataset's variables and codes.
    @discardableResult
    public mutating func read<Sink: AnswerSink>(
        _ reader: inout CSVReader, surveyXact companions: SurveyXactDataset? = nil,
        into sink: inout Sink, unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        var coded = SpelledOutSink(sink)
        defer { sink = coded.base }
        return try read(
            &reader, translation: companions, into: &coded, unlabelledRound: unlabelledRound, reject: reject)
    }

    /// Reads records from an open CSV reader into a sink that takes the fast path's answers.
    ///
    /// Plain stretches of the file (no quotes) are read on the fast path, which looks at field
    /// bytes and never makes a String for a field it has seen before; it hands any record it is
    /// not sure about to the general path, so both read every record alike. Reading and splitting
    /// records can run on a second thread (``IngestOptions/concurrentReading``), a few blocks
    /// ahead of their interpretation here.
    @discardableResult
    package mutating func read<Sink: CodedAnswerSink>(
        _ reader: inout CSVReader, translation: SurveyXactDataset? = nil,
        into sink: inout Sink, unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        var file = try start(
            &reader, translation: translation, unlabelledRound: unlabelledRound, into: &sink, reject: reject)
        if file.translation == nil, options.plainRuns, !file.shape.readsGeneralWayOnly {
            try readPlainRuns(&reader, &file, into: &sink, reject: reject)
        } else {
            try readRest(&reader, &file, into: &sink, reject: reject)
        }
        var report = try finish(file, source: reader.kind)
        report.repairedBytes = reader.repairedByteCount
        report.firstRepairedByte = reader.firstRepairedByte
        return report
    }

    /// Reads records from any source (a worksheet, say) into `sink`, the general way.
    @discardableResult
    package mutating func read<Source: RecordSource, Sink: CodedAnswerSink>(
        records source: inout Source, translation: SurveyXactDataset?, into sink: inout Sink,
        unlabelledRound: String? = nil,
        reject: (Rejection) -> Void
    ) throws -> FileReport {
        var file = try start(
            &source, translation: translation, unlabelledRound: unlabelledRound, into: &sink, reject: reject)
        try readRest(&source, &file, into: &sink, reject: reject)
        return try finish(file, source: source.kind)
    }

    /// What reading one file has found so far.
    struct FileProgress {
        var context: ReadContext
        var shape: DetectedShape
        var translation: SurveyXactDataset?
        /// The dataset's own header (variable names), for translating its records.
        var variables: [String]
        var counts = IngestCounts()
        var sawData = false
        var lastHeadLine: Int?
        /// The columns holding background variables, when they are collected.
        var backgroundColumns: [BackgroundColumn] = []
        /// With ``WideLayout/recordRows``: the columns whose blank values come from the record's
        /// other rows (role, background), and each record's values of them so far.
        var carriedColumns: [Int] = []
        var carried: [String: [String]] = [:]
        /// Records whose role was "Other" with nothing typed (``WideLayout/otherRole``).
        var untypedOther = UntypedOther()

        func translated(_ record: CSVRecord) -> CSVRecord {
            translation.map { $0.translate(record, variables: variables) } ?? record
        }

        /// Notes an untranslated record that chose "Other" in a set-up file's role question and
        /// typed nothing (it is read as the choice's label).
        mutating func noteUntypedOther(_ raw: CSVRecord) {
            guard let translation, !translation.otherTexts.isEmpty,
                let role = translation.untypedOther(in: raw, variables: variables)
            else { return }
            untypedOther.note(line: raw.line, role: role)
        }

        /// `record` with the blank fields of ``carriedColumns`` filled from the record's earlier
        /// rows, noting its own values for its later rows.
        mutating func carrying(_ record: CSVRecord) -> CSVRecord {
            guard !carriedColumns.isEmpty, case let .wide(layout) = shape.layout, let id = layout.respondentColumn,
                id < record.fields.count
            else { return record }
            let key = record.fields[id].trimmingWhitespace()
            guard !key.isEmpty else { return record }
            var fields = record.fields
            var known = carried[key] ?? Array(repeating: "", count: carriedColumns.count)
            for (k, column) in carriedColumns.enumerated() {
                let value = column < fields.count ? fields[column].trimmingWhitespace() : ""
                if value.isEmpty {
                    guard !known[k].isEmpty else { continue }
                    while fields.count <= column { fields.append("") }
                    fields[column] = known[k]
                } else {
                    known[k] = value
                }
            }
            carried[key] = known
            return CSVRecord(fields: fields, line: record.line)
        }
    }

    /// Reads the head of a file, detects its shape and reads the head's data records.
    mutating func start<Source: RecordSource, Sink: CodedAnswerSink>(
        _ source: inout Source, translation companions: SurveyXactDataset?, unlabelledRound: String?,
        into sink: inout Sink,
        reject: (Rejection) -> Void
    ) throws -> FileProgress {
        let preview = try ExportPreview.read(&source, options: options, translation: companions)
        let shape = try preview.detectedShape()
        let context = ReadContext(
            file: source.file, sheet: source.sheet, format: shape.format, unlabelledRound: unlabelledRound)
        var file = FileProgress(
            context: context, shape: shape, translation: preview.translation,
            variables: preview.variables, lastHeadLine: preview.records.last?.line)
        if options.collectsBackground { file.backgroundColumns = shape.backgroundColumns }
        if case let .wide(layout) = shape.layout, layout.recordRows != nil {
            file.carriedColumns = [layout.raterColumn] + shape.backgroundColumns.map(\.index)
        }
        if file.translation?.format == .redcap {
            // A REDCap raw export's background variables keep their variable names (`afdeling`).
            for k in file.backgroundColumns.indices where file.backgroundColumns[k].index < file.variables.count {
                file.backgroundColumns[k].name = file.variables[file.backgroundColumns[k].index].trimmingWhitespace()
            }
        }
        guard preview.records.count > shape.headerRows || shape.headerRows == 0 else {
            throw context.error(line: file.lastHeadLine, "the file has a header but no data rows")
        }
        for (raw, record) in zip(preview.records, preview.detectable).dropFirst(shape.headerRows) {
            file.noteUntypedOther(raw)
            let record = file.carrying(record)
            readRecord(
                record, shape.layout, context, counts: &file.counts, sawData: &file.sawData,
                untypedOther: &file.untypedOther, sink: &sink, reject: reject)
            noteBackground(record, file)
        }
        return file
    }

    /// Reads the records after the head the general way.
    private mutating func readRest<Source: RecordSource, Sink: CodedAnswerSink>(
        _ source: inout Source, _ file: inout FileProgress,
        into sink: inout Sink, reject: (Rejection) -> Void
    ) throws {
        while let raw = try Ingestor.checked(source.next()) {
            file.noteUntypedOther(raw)
            let record = file.carrying(file.translated(raw))
            readRecord(
                record, file.shape.layout, file.context, counts: &file.counts, sawData: &file.sawData,
                untypedOther: &file.untypedOther, sink: &sink, reject: reject)
            noteBackground(record, file)
        }
    }

    mutating func finish(_ file: FileProgress, source: SourceKind) throws -> FileReport {
        guard file.sawData else {
            throw file.context.error(line: file.lastHeadLine, "the file has a header but no data rows")
        }
        counts = counts + file.counts
        var report = FileReport(file: file.context.file, source: source, shape: file.shape, counts: file.counts)
        report.untypedOther = file.untypedOther
        return report
    }

    /// Reads one record the general way.
    mutating func readRecord<Sink: CodedAnswerSink>(
        _ record: CSVRecord, _ layout: Layout, _ context: ReadContext,
        counts: inout IngestCounts, sawData: inout Bool, sink: inout Sink,
        reject: (Rejection) -> Void
    ) {
        var untypedOther = UntypedOther()
        readRecord(
            record, layout, context, counts: &counts, sawData: &sawData, untypedOther: &untypedOther, sink: &sink,
            reject: reject)
    }

    /// Reads one record the general way, noting a role "Other" with nothing typed.
    mutating func readRecord<Sink: CodedAnswerSink>(
        _ record: CSVRecord, _ layout: Layout, _ context: ReadContext,
        counts: inout IngestCounts, sawData: inout Bool, untypedOther: inout UntypedOther, sink: inout Sink,
        reject: (Rejection) -> Void
    ) {
        if record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { return }
        sawData = true
        counts.rows += 1
        switch layout {
        case let .long(layout): readLong(record, layout, context, counts: &counts, sink: &sink, reject: reject)
        case let .wide(layout):
            readWide(
                record, layout, context, counts: &counts, untypedOther: &untypedOther, sink: &sink, reject: reject)
        }
    }

    /// Notes the background values of a record read the general way (``background``).
    mutating func noteBackground(_ record: CSVRecord, _ file: FileProgress) {
        noteBackground(record, file.shape.layout, file.context, file.backgroundColumns)
    }

    /// Notes the background values in `columns` of a record of a file with this layout.
    mutating func noteBackground(
        _ record: CSVRecord, _ layout: Layout, _ context: ReadContext, _ columns: [BackgroundColumn]
    ) {
        guard !columns.isEmpty else { return }
        let fields = record.fields
        guard !fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) else { return }
        func field(_ index: Int) -> String { index < fields.count ? fields[index].trimmingWhitespace() : "" }
        let respondent: String, round: String
        switch layout {
        case let .long(layout):
            respondent = field(layout.respondent)
            round = context.label(options.round ?? layout.round.map(field) ?? "")
        case let .wide(layout):
            // A row of a record without answers (another form, event or instance) is no response.
            guard !layout.isRecordRowWithoutAnswers(fields) else { return }
            respondent =
                layout.respondentColumn.map(field).flatMap { $0.isEmpty ? nil : $0 }
                ?? SourceLocation.text(file: context.file, sheet: context.sheet, line: record.line, column: nil)
            round = context.label(options.round ?? layout.round(of: fields))
        }
        guard !respondent.isEmpty else { return }
        background.note(
            fields, columns: columns, round: round, respondent: respondent,
            at: (context.file, context.sheet, record.line))
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

    /// What `text` means on `dimension`'s scale, as `format` writes it.
    /// With ``IngestOptions/keepsMissingLabels``, `text` trimmed when it is a missing label of
    /// `dimension`'s scale (never a blank, nor a tool's own code for missing such as Qualtrics'
    /// -99, which a tidy file could not read back).
    func keptMissingLabel(_ text: String, _ dimension: Dimension) -> String? {
        guard options.keepsMissingLabels, let scale = options.instrument.scale(for: dimension),
            scale.isMissingLabel(text)
        else { return nil }
        return text.trimmingWhitespace()
    }

    mutating func value(_ text: String, _ dimension: Dimension, format: ExportFormat) -> ScaleValue {
        let key = ValueKey(format: format, dimension: dimension, text: text)
        if let cached = valueCache[key] { return cached }
        var result: ScaleValue
        if let scale = options.instrument.scale(for: dimension) {
            result = scale.value(of: text)
            if case .invalid = result,
                let own = ExportFormatReaders.reader(format).value(text.trimmingWhitespace(), on: scale)
            {
                result = own
            }
        } else {
            result = .invalid(reason: "the instrument \(options.instrument.name) has no question about \(dimension.id)")
        }
        if valueCache.count < 7_000 { valueCache[key] = result }
        return result
    }

    private mutating func readLong<Sink: CodedAnswerSink>(
        _ record: CSVRecord, _ layout: LongLayout, _ context: ReadContext,
        counts: inout IngestCounts, sink: inout Sink, reject: (Rejection) -> Void
    ) {
        let field = record.field
        counts.records += 1
        func refuse(_ column: Int?, _ reason: String, _ kind: RejectionKind) {
            counts.rejected += 1
            reject(
                context.rejection(line: record.line, column: column, reason: reason, kind: kind, record: record.fields))
        }
        let respondent = field(layout.respondent).trimmingWhitespace()
        guard !respondent.isEmpty else { return refuse(layout.respondent, "no respondent id", .noRespondent) }
        func role(_ column: Int, missing: String, _ missingKind: RejectionKind) -> String? {
            let text = field(column)
            guard !text.trimmingWhitespace().isEmpty else {
                refuse(column, missing, missingKind)
                return nil
            }
            guard let role = roles.canonical(text) else {
                let known = "the instrument's roles are \(roleList)"
                refuse(column, "unknown role '\(text.trimmingWhitespace())'; \(known)", .unknownRole)
                return nil
            }
            return role
        }
        guard let rater = role(layout.rater, missing: "no rater role", .noRaterRole),
            let target = role(layout.target, missing: "no target role", .noTargetRole)
        else { return }
        let dimensionText = field(layout.dimension)
        guard let dimension = dimension(matching: dimensionText) else {
            return refuse(
                layout.dimension, "unknown dimension '\(dimensionText.trimmingWhitespace())'", .unknownDimension)
        }
        let score: Double?
        let valueText = field(layout.value)
        switch value(valueText, dimension, format: context.format) {
        case let .score(x): score = x
        case .missing: score = nil
        case let .invalid(reason): return refuse(layout.value, reason, .invalidValue)
        }
        let round = context.label(options.round ?? layout.round.map { field($0).trimmingWhitespace() } ?? "")
        let answer = Answer(
            respondent: respondent, round: round, raterRole: rater, targetRole: target, dimension: dimension,
            score: score, missingLabel: score == nil ? keptMissingLabel(valueText, dimension) : nil)
        if let reason = sink.accept(answer) { return refuse(nil, reason.description, RejectionKind(reason)) }
        if score == nil { counts.missing += 1 } else { counts.answers += 1 }
    }

    /// ``RCSurvey/Dimension/init(matching:)``, remembered by spelling.
    private mutating func dimension(matching text: String) -> Dimension? {
        if let known = dimensionsBySpelling[text] { return known }
        let dimension = Dimension(matching: text)
        if dimensionsBySpelling.count < Ingestor.maxDimensionSpellings { dimensionsBySpelling[text] = dimension }
        return dimension
    }

    private mutating func readWide<Sink: CodedAnswerSink>(
        _ record: CSVRecord, _ layout: WideLayout, _ context: ReadContext,
        counts: inout IngestCounts, untypedOther: inout UntypedOther, sink: inout Sink, reject: (Rejection) -> Void
    ) {
        let fields = record.fields
        // A row of a record without answers (another form, event or instance) gives the record's
        // role and background to its other rows (``FileProgress/carrying(_:)``), and no answers.
        if layout.isRecordRowWithoutAnswers(fields) { return }
        let field = record.field
        let respondent =
            layout.respondentColumn.map { field($0).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            ?? SourceLocation.text(file: context.file, sheet: context.sheet, line: record.line, column: nil)
        let raterField = field(layout.raterColumn)
        var raterText =
            layout.raterCodes.isEmpty ? raterField : layout.raterCodes[raterField.trimmingWhitespace()] ?? raterField
        if let other = layout.otherRole,
            other.choices.contains(TextKey(raterField)) || other.choices.contains(TextKey(raterText))
        {
            // "Other": the typed text is the role; with nothing typed, "Other" itself, as reported.
            let typed = field(other.column).trimmingWhitespace()
            if !typed.isEmpty {
                raterText = typed
            } else {
                // LimeSurvey's code for "Other" names no role: the option's label does.
                if TextKey(raterText).value == "oth" { raterText = other.label }
                untypedOther.note(line: record.line, role: raterText.trimmingWhitespace())
            }
        }
        var rowProblem: (reason: String, kind: RejectionKind)?
        var rater = ""
        if raterText.trimmingWhitespace().isEmpty {
            rowProblem = ("no rater role", .noRaterRole)
        } else if let name = roles.canonical(raterText) {
            rater = name
        } else {
            rowProblem = (
                "unknown role '\(raterText.trimmingWhitespace())'; the instrument's roles are \(roleList)", .unknownRole
            )
        }
        let round = context.label(options.round ?? layout.round(of: fields))
        if wideTargets?.columns != layout.answerColumns {
            wideTargets = (layout.answerColumns, layout.answerColumns.map { roles.canonical($0.role) })
        }
        let targets = wideTargets?.targets ?? []
        for (k, column) in layout.answerColumns.enumerated() {
            counts.records += 1
            let text =
                column.codes.isEmpty
                ? field(column.index) : column.codes[field(column.index).trimmingWhitespace()] ?? field(column.index)
            func refuse(_ reason: String, _ kind: RejectionKind, _ at: Int?) {
                counts.rejected += 1
                reject(
                    context.rejection(
                        line: record.line, column: at, reason: "\(column.header): \(reason)", kind: kind,
                        record: [respondent, raterText, text]))
            }
            if let rowProblem {
                refuse(rowProblem.reason, rowProblem.kind, layout.raterColumn)
                continue
            }
            guard let target = targets[k] else {
                refuse("unknown role '\(column.role)'", .unknownRole, column.index)
                continue
            }
            let score: Double?
            switch value(text, column.dimension, format: context.format) {
            case let .score(x): score = x
            case .missing: score = nil
            case let .invalid(reason):
                refuse(reason, .invalidValue, column.index)
                continue
            }
            let answer = Answer(
                respondent: respondent, round: round, raterRole: rater, targetRole: target,
                dimension: column.dimension, score: score,
                missingLabel: score == nil ? keptMissingLabel(text, column.dimension) : nil)
            if let reason = sink.accept(answer) {
                refuse(reason.description, RejectionKind(reason), column.index)
                continue
            }
            if score == nil { counts.missing += 1 } else { counts.answers += 1 }
        }
    }

    var roleList: String {
        options.instrument.roles.map(\.name).joined(separator: ", ")
    }
}

extension ReadContext {
    /// An error at a line (or row) of the file.
    func error(line: Int?, _ message: String) -> IngestError {
        IngestError(file: file, sheet: sheet, line: line, message: message)
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

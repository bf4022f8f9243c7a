@_spi(FastPath) import RCSurvey

/// The fast path for wide rows (one row per respondent): each answer field becomes a one-byte
/// code through a table filled by the general rules on first sight, and the row goes to the
/// sink at once (``CodedAnswerSink/acceptRow(_:names:)``), with the column plan worked out once
/// per file; answers the sink leaves go one by one, as on the general path.
extension Ingestor {
    /// Reads a wide row on the fast path; false, having changed nothing, for a row the general
    /// path must read (an unknown role, a value it refuses, text that needs trimming …).
    mutating func readPlainWide<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ records: Records, _ layout: WideLayout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, counts: inout IngestCounts,
        sink: inout Sink, reject: (Rejection) -> Void
    ) -> Bool {
        let count = records.count
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { index < count ? records.field(index) : empty }
        guard layout.raterCodes.isEmpty, let rater = role(field(layout.raterColumn), &meanings),
            let round = round(layout.roundColumn.map(field), context, &meanings),
            case let .columns(columns, fields) = wideColumns(layout, &meanings)
        else { return false }
        let given = layout.respondentColumn.map(field) ?? empty
        if given.isEmpty {
            var generated = "\(context.file):\(records.line)"
            return generated.withUTF8 { id in
                readWideRow(
                    records, layout, context, &meanings, columns, fields, respondent: id, rater: rater, round: round,
                    counts: &counts, sink: &sink, reject: reject)
            }
        }
        guard FieldMeanings.isTrimmed(given) else { return false }
        return readWideRow(
            records, layout, context, &meanings, columns, fields, respondent: given, rater: rater, round: round,
            counts: &counts, sink: &sink, reject: reject)
    }

    /// Reads a wide row the reading thread reduced to its answers' bytes as fast as it can be
    /// read: from those bytes, else from its fields, else the general way (`general`: the
    /// file's layout). CSV plain runs and worksheet rows take the same steps.
    @inline(__always)
    mutating func readReducedWide<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ records: inout Records, _ layout: WideLayout, general: Layout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, counts: inout IngestCounts, sawData: inout Bool, sink: inout Sink,
        reject: (Rejection) -> Void
    ) {
        if readCodedWide(&records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject) {
            sawData = true
            counts.rows += 1
            return
        }
        records.splitFields()
        if readPlainWide(records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject) {
            sawData = true
            counts.rows += 1
        } else {
            readRecord(
                records.record, general, context, counts: &counts, sawData: &sawData, sink: &sink, reject: reject)
        }
    }

    /// What the reading thread keeps of a wide layout's rows (``SplitRun/WidePlan``): the answer
    /// fields' bytes and the respondent, rater and round fields; nil when its rows are read
    /// with all their fields (no respondent column, rater codes to translate).
    static func widePlan(_ layout: WideLayout) -> SplitRun.WidePlan? {
        guard layout.raterCodes.isEmpty, let respondent = layout.respondentColumn, !layout.answerColumns.isEmpty else {
            return nil
        }
        return SplitRun.WidePlan(
            answerFields: layout.answerColumns.map(\.index),
            keyFields: [respondent, layout.raterColumn] + (layout.roundColumn.map { [$0] } ?? []))
    }

    /// Reads a wide row the reading thread reduced to its answers' bytes (``RowCode/wideRow``),
    /// when its respondent, rater and round are read as on the fast path and every answer's
    /// byte has a code already; false, having changed nothing but the look-ups, for a row that
    /// must be read with its fields (``readPlainWide``, which learns what it has not seen).
    mutating func readCodedWide<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ records: inout Records, _ layout: WideLayout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, counts: inout IngestCounts,
        sink: inout Sink, reject: (Rejection) -> Void
    ) -> Bool {
        // Key fields by `widePlan(_:)`: respondent, rater, round.
        let respondent = records.keyField(0)
        guard FieldMeanings.isTrimmed(respondent), let rater = role(records.keyField(1), &meanings),
            let round = round(layout.roundColumn == nil ? nil : records.keyField(2), context, &meanings),
            case let .columns(columns, fields) = wideColumns(layout, &meanings)
        else { return false }
        let values = records.wideAnswerBytes
        let n = columns.count
        precondition(values.count == n, "a byte per answer column")
        let firstMissing = meanings.firstMissingCode
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, n)) { codes in
            var missingCount = 0
            let known = meanings.wideByteCodes.withUnsafeBufferPointer { table in
                columns.dimensions.withUnsafeBufferPointer { dimensions in
                    Ingestor.wideCodes(
                        of: values, dimensions, table, into: codes, firstMissing: firstMissing, missing: &missingCount)
                }
            }
            if !known {
                // Bytes met for the first time on their dimension: their fields read by the
                // general rules, and the codes kept (a score that is no code: the row is read
                // with its fields).
                records.splitFields()
                for k in 0..<n where codes[k] == 0 {
                    let f = fields[k]
                    let bytes = f < records.count ? records.field(f) : UnsafeBufferPointer(start: nil, count: 0)
                    let code: UInt8
                    switch value(bytes, columns.dimensionCases[k], format: context.format, &meanings) {
                    case let .score(x):
                        guard let found = WideRow.code(score: x), found < firstMissing else { return false }
                        code = found
                    case .missing: code = WideRow.missingCode
                    case let .label(found): code = found
                    case .unknown, .refused: return false
                    }
                    codes[k] = code
                    if code >= firstMissing { missingCount += 1 }
                    meanings.wideByteCodes[columns.dimensions[k] &* 256 &+ Int(values[k])] = code
                }
            }
            take(
                UnsafeBufferPointer(rebasing: codes[..<n]), missing: missingCount, &records, layout, context, &meanings,
                columns, fields,
                respondent: respondent, rater: rater, round: round, counts: &counts, sink: &sink, reject: reject)
            return true
        }
    }

    /// The codes of a wide row's answer bytes by the table of their codes (dimension index ×
    /// 256 + byte), and how many are answers given as missing (`firstMissing` or above:
    /// ``FieldMeanings/firstMissingCode``); false when any has no code yet (left 0).
    @inline(__always)
    private static func wideCodes(
        of values: UnsafeBufferPointer<UInt8>, _ dimensions: UnsafeBufferPointer<Int>,
        _ table: UnsafeBufferPointer<UInt8>, into codes: UnsafeMutableBufferPointer<UInt8>, firstMissing: UInt8,
        missing: inout Int
    ) -> Bool {
        var unknown = false
        var missingCodes = 0
        for k in 0..<values.count {
            let code = table[dimensions[k] &* 256 &+ Int(values[k])]
            unknown = unknown || code == 0
            missingCodes &+= code >= firstMissing ? 1 : 0
            codes[k] = code
        }
        missing = missingCodes
        return !unknown
    }

    /// The answer columns' targets (by the general rules) and fields, looked up on first use.
    private mutating func wideColumns(_ layout: WideLayout, _ meanings: inout FieldMeanings) -> WideFields {
        if case .unseen = meanings.wide {
            var targets: [NameNumber] = []
            for column in layout.answerColumns {
                guard let name = roles.canonical(column.role) else {
                    meanings.wide = .notRoles
                    return .notRoles
                }
                targets.append(NameNumber(nameNumber(name)))
            }
            meanings.wide = .columns(
                WideColumns(targets: targets, dimensions: layout.answerColumns.map(\.dimension)),
                fields: layout.answerColumns.map(\.index))
        }
        return meanings.wide
    }

    private mutating func readWideRow<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ records: Records, _ layout: WideLayout, _ context: ReadContext, _ meanings: inout FieldMeanings,
        _ columns: WideColumns, _ fields: [Int], respondent: UnsafeBufferPointer<UInt8>, rater: Int, round: Int,
        counts: inout IngestCounts, sink: inout Sink, reject: (Rejection) -> Void
    ) -> Bool {
        let n = columns.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, n)) { codes in
            // Every answer must be readable here before any is taken.
            let coded = fields.withUnsafeBufferPointer { fields in
                columns.dimensions.withUnsafeBufferPointer { dimensions in
                    wideCodes(records, columns, fields, dimensions, context, &meanings, into: codes)
                }
            }
            guard let coded else { return false }
            guard coded else {
                // A score the codes cannot hold: every answer one by one.
                readWideAnswers(
                    records, layout, context, &meanings, columns, fields, respondent: respondent,
                    rater: rater, round: round, from: 0, counts: &counts, sink: &sink, reject: reject)
                return true
            }
            var records = records
            take(
                UnsafeBufferPointer(rebasing: codes[..<n]), missing: nil, &records, layout, context, &meanings, columns,
                fields,
                respondent: respondent, rater: rater, round: round, counts: &counts, sink: &sink, reject: reject)
            return true
        }
    }

    /// Hands a wide row's codes to the sink (``CodedAnswerSink/acceptRow(_:names:)``) and the
    /// answers it leaves one by one (the row's fields split first if they are not), counting
    /// them; `missing`, when known, is how many of the codes are answers given as missing
    /// (``FieldMeanings/firstMissingCode`` or above: a kept label's or ``WideRow/missingCode``).
    private mutating func take<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ codes: UnsafeBufferPointer<UInt8>, missing known: Int?, _ records: inout Records, _ layout: WideLayout,
        _ context: ReadContext, _ meanings: inout FieldMeanings, _ columns: WideColumns, _ fields: [Int],
        respondent: UnsafeBufferPointer<UInt8>, rater: Int, round: Int, counts: inout IngestCounts, sink: inout Sink,
        reject: (Rejection) -> Void
    ) {
        let row = WideRow(
            respondent: respondent, round: NameNumber(round), rater: NameNumber(rater), columns: columns, codes: codes,
            labels: meanings.labels)
        let taken = sink.acceptRow(row, names: names)
        var missing = 0
        if let known, taken == codes.count {
            missing = known
        } else {
            let firstMissing = meanings.firstMissingCode
            for k in 0..<taken where codes[k] >= firstMissing { missing += 1 }
        }
        counts.records += taken
        counts.missing += missing
        counts.answers += taken - missing
        if taken < codes.count {
            records.splitFields()
            readWideAnswers(
                records, layout, context, &meanings, columns, fields, respondent: respondent,
                rater: rater, round: round, from: taken, counts: &counts, sink: &sink, reject: reject)
        }
    }

    /// Fills `codes` with the answer codes of the row's answer fields: true when all are codes;
    /// false when some score is not one (a fraction, say); nil when the general path must read
    /// the row (a value it refuses). Known one-byte and empty values are found in a tight loop
    /// (``knownWideCodes``); the first sight of any other goes through the general rules.
    @inline(__always)
    private mutating func wideCodes<Records: WideRecordCursor>(
        _ records: Records, _ columns: WideColumns, _ fields: UnsafeBufferPointer<Int>,
        _ dimensions: UnsafeBufferPointer<Int>, _ context: ReadContext,
        _ meanings: inout FieldMeanings, into codes: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool? {
        let count = records.count, firstMissing = meanings.firstMissingCode
        var allCodes = true
        var k = 0
        while true {
            k = meanings.wideCodes.withUnsafeBufferPointer { short in
                meanings.emptyWideCodes.withUnsafeBufferPointer { empty in
                    Ingestor.knownWideCodes(records, fields, dimensions, short, empty, from: k, into: codes)
                }
            }
            guard k < fields.count else { return allCodes }
            let f = fields[k], d = dimensions[k]
            let bytes = f < count ? records.field(f) : UnsafeBufferPointer(start: nil, count: 0)
            let code: UInt8
            switch value(bytes, columns.dimensionCases[k], format: context.format, &meanings) {
            case let .score(x):
                if let found = WideRow.code(score: x), found < firstMissing {
                    code = found
                } else {
                    allCodes = false
                    code = WideRow.missingCode
                }
            case .missing: code = WideRow.missingCode
            case let .label(found): code = found
            case .unknown, .refused: return nil
            }
            if allCodes, bytes.count == 1 {
                meanings.wideCodes[d &* 256 &+ Int(bytes[0])] = code
            } else if allCodes, bytes.isEmpty {
                meanings.emptyWideCodes[d] = code
            }
            codes[k] = code
            k += 1
        }
    }

    /// Codes the answer fields from column `first` on while their values are known (one byte or
    /// empty, with a code in the tables); returns the first column that is not (or the count).
    @inline(__always)
    private static func knownWideCodes<Records: WideRecordCursor>(
        _ records: Records, _ fields: UnsafeBufferPointer<Int>, _ dimensions: UnsafeBufferPointer<Int>,
        _ short: UnsafeBufferPointer<UInt8>, _ empty: UnsafeBufferPointer<UInt8>, from first: Int,
        into codes: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        let count = records.count
        let (bytes, edges) = records.fieldEdges
        var k = first
        while k < fields.count {
            let f = fields[k]
            guard f < count else { return k }
            let start = edges[f], length = edges[f &+ 1] &- 1 &- start
            let code: UInt8
            if length == 1 {
                code = short[dimensions[k] &* 256 &+ Int(bytes[start])]
            } else if length == 0 {
                code = empty[dimensions[k]]
            } else {
                return k
            }
            if code == 0 { return k }
            codes[k] = code
            k &+= 1
        }
        return k
    }

    /// Hands the row's answers from column `first` on to the sink one by one, as the general
    /// path does (their values are known to be readable): a kept missing label's spelled out
    /// with it, as the general path hands it over.
    private mutating func readWideAnswers<Records: WideRecordCursor, Sink: CodedAnswerSink>(
        _ records: Records, _ layout: WideLayout, _ context: ReadContext, _ meanings: inout FieldMeanings,
        _ columns: WideColumns, _ fields: [Int], respondent: UnsafeBufferPointer<UInt8>, rater: Int, round: Int,
        from first: Int,
        counts: inout IngestCounts, sink: inout Sink, reject: (Rejection) -> Void
    ) {
        let count = records.count
        for k in first..<columns.count {
            counts.records += 1
            let f = fields[k]
            let bytes = f < count ? records.field(f) : UnsafeBufferPointer(start: nil, count: 0)
            let dimension = columns.dimensionCases[k]
            var score: Double?, label: String?
            switch value(bytes, dimension, format: context.format, &meanings) {
            case let .score(x): score = x
            case let .label(code): label = meanings.labels?.text(of: code)
            default: score = nil
            }
            let answer = CodedAnswer(
                respondent: respondent, round: NameNumber(round), rater: NameNumber(rater),
                target: columns.targets[k], dimension: dimension, score: score)
            let refusal =
                if let label {
                    sink.accept(
                        Answer(
                            respondent: String(decoding: respondent, as: UTF8.self), round: names[round],
                            raterRole: names[rater], targetRole: names[columns.targets[k].index], dimension: dimension,
                            score: nil, missingLabel: label))
                } else {
                    sink.accept(answer, names: names)
                }
            if let reason = refusal {
                counts.rejected += 1
                let column = layout.answerColumns[k]
                let record = [
                    String(decoding: respondent, as: UTF8.self), records.string(layout.raterColumn),
                    records.string(column.index)
                ]
                reject(
                    Rejection(
                        file: context.file, sheet: context.sheet, line: records.line, column: column.index + 1,
                        reason: "\(column.header): \(reason.description)", kind: RejectionKind(reason),
                        record: record))
            } else if score == nil {
                counts.missing += 1
            } else {
                counts.answers += 1
            }
        }
    }
}

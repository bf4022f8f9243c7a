import Foundation
@_spi(FastPath) import RCSurvey

extension Ingestor {
    /// Whether the fast path checks its buffers' invariants (``SplitRun/checkInvariants()``) as
    /// it reads: always in debug builds, and in any build when the options ask for it (the
    /// fuzz targets do).
    var checksInvariants: Bool {
        #if DEBUG
            true
        #else
            options.checkInvariants
        #endif
    }

    /// Reads the rest of a CSV file after its head: plain runs (see ``SplitRun``) on the fast
    /// path, split on a second thread when ``IngestOptions/concurrentReading``, and the records
    /// between them the general way.
    mutating func readPlainRuns<Sink: CodedAnswerSink>(
        _ reader: inout CSVReader, _ file: inout FileProgress,
        into sink: inout Sink, reject: (Rejection) -> Void
    ) throws {
        var meanings = FieldMeanings()
        var tieColumns = 0
        var plan: SplitRun.RepeatPlan?
        var widePlan: SplitRun.WidePlan?
        // With background columns collected, every record is split into its fields, none reduced
        // to a code: their values are noted from the fields.
        var notes = BackgroundNotes(columns: file.backgroundColumns, layout: file.shape.layout)
        switch file.shape.layout {
        case let .long(layout):
            tieColumns = layout.tieColumns
            if notes.isEmpty {
                plan = layout.repeatFields.map {
                    SplitRun.RepeatPlan(fields: $0, codesTargets: layout.target == tieColumns - 1)
                }
            }
        case let .wide(layout):
            if notes.isEmpty { widePlan = Ingestor.widePlan(layout) }
            // Kept labels by codes of their own (`rckit import`): wide rows only.
            meanings.labels = wideLabels(for: sink)
            // A row per respondent, of at least a byte and a delimiter per answer column: room
            // for as many as the file's size allows (room never written takes no memory).
            if let size = Ingestor.regularFileSize(reader.file), !layout.answerColumns.isEmpty {
                sink.expect(respondents: size / (2 * layout.answerColumns.count + 2))
            }
        }
        let stream = RecordStream(
            reader: reader, prefixFields: tieColumns, plan: plan, widePlan: widePlan,
            concurrent: options.concurrentReading)
        defer { reader = stream.finish() }
        while let item = stream.next() {
            switch item {
            case let .run(run):
                if checksInvariants { run.checkInvariants() }
                run.withRecords { records in
                    readPlain(
                        &records, file.shape.layout, file.context, &meanings, &notes, counts: &file.counts,
                        sawData: &file.sawData, sink: &sink, reject: reject)
                }
            case let .records(records):
                for record in records {
                    readRecord(
                        record, file.shape.layout, file.context, counts: &file.counts, sawData: &file.sawData,
                        sink: &sink, reject: reject)
                    noteBackground(record, file)
                }
            case let .failure(error):
                throw error
            }
        }
    }

    /// The size of the regular file at `path`; nil for anything else (standard input, a pipe,
    /// a member of an archive).
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads the records of a plain run, each on the fast path where it can be and the general
    /// path where not.
    private mutating func readPlain<Sink: CodedAnswerSink>(
        _ records: inout SplitRecords, _ layout: Layout, _ context: ReadContext,
        _ meanings: inout FieldMeanings, _ notes: inout BackgroundNotes,
        counts: inout IngestCounts, sawData: inout Bool, sink: inout Sink,
        reject: (Rejection) -> Void
    ) {
        while records.next() {
            // Background values are noted from a record's fields, after it is read.
            defer { if !notes.isEmpty { noteBackground(records, layout, context, &notes) } }
            if records.code == .wideRow {
                if case let .wide(wide) = layout {
                    readReducedWide(
                        &records, wide, general: layout, context, &meanings, counts: &counts, sawData: &sawData,
                        sink: &sink, reject: reject)
                    continue
                }
                records.splitFields()
            } else if records.code.isCoded {
                let read =
                    if !records.target.isNone, case let .long(layout) = layout {
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
            let done =
                switch layout {
                case let .long(layout):
                    readPlainLong(records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject)
                case let .wide(layout):
                    readPlainWide(records, layout, context, &meanings, counts: &counts, sink: &sink, reject: reject)
                }
            if done {
                sawData = true
                counts.rows += 1
            } else {
                readRecord(
                    records.record, layout, context, counts: &counts, sawData: &sawData, sink: &sink, reject: reject)
            }
        }
    }
}

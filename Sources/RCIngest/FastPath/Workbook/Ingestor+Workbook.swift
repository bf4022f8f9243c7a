@_spi(FastPath) import RCSurvey

/// The fast path for worksheets: the sheet's XML streamed from the inflater on a second thread
/// (``SheetBlocks``), its rows scanned in place (``SheetScanner``), the head detected as the
/// general path detects it, and the rows after it reduced to their answers' bytes
/// (``WorksheetRows``) and read by the same code as a CSV file's wide rows (`Ingestor+Wide`).
///
/// Whether the general reader reads the sheet alike — rows in order, no merged ranges, no row
/// wider than the head — is known only at the sheet's end. Until then nothing reaches the sink
/// for good: a sink that is a plain value (the survey builder) takes the rows as they come, a
/// copy of it taken first (and of the ingestor, the rejections held back); any other keeps
/// them (``WorksheetRows``) until the end. A sheet the fast path cannot read (or any error) is
/// then read from the start the general way, which gives the same answers, rejections, counts
/// and errors.
extension Ingestor {
    /// The rows on their way to the sink, and what reading them has found.
    struct WorksheetFeed {
        var file: FileProgress
        var meanings = FieldMeanings()
        let layout: WideLayout
        /// The head's width, which every row kept as a record is padded to.
        let width: Int
    }

    /// How many rows are kept before a plain-value sink takes them.
    static let worksheetBatch = 256

    /// Reads the sheet `sheet` of `workbook` on the fast path; nil, having changed nothing (the
    /// sink, this ingestor, the rejections), when it must be read the general way.
    mutating func readWorksheet<Sink: CodedAnswerSink>(
        _ workbook: Workbook, sheet: String?, into sink: inout Sink, unlabelledRound: String?,
        reject: (Rejection) -> Void
    ) throws -> FileReport? {
        guard let (name, member) = try? workbook.part(ofSheet: sheet),
            let stream = try? InflateStream(workbook.archive, member: member, checksCRC: false)
        else { return nil }
        let blocks = SheetBlocks(stream, concurrent: options.concurrentReading)
        defer { blocks.stop() }
        var scanner = SheetScanner(reader: workbook.reader(ofSheet: name), part: member.name)
        let sheetRow = scanner.row
        let sample = max(options.sampleRecords, 1)
        var head: [WorksheetRow] = []
        var shape: (preview: ExportPreview, shape: DetectedShape, layout: WideLayout)?
        var rows: WorksheetRows?
        var width = 0
        let file = workbook.file
        let partSize = member.uncompressedSize, partCRC = member.crc32
        // With a plain-value sink, rows are handed over as they come, and taken back if need be.
        let early = sink.isPlainValue
        let savedSink = early ? sink : nil
        let savedSelf = early ? self : nil
        // The sink and the reader as they were before the sheet, for the general way to read it.
        func restore() {
            if let savedSink, let savedSelf {
                sink = savedSink
                self = savedSelf
            }
        }
        var held: [Rejection] = []
        var feed: WorksheetFeed?
        var scanned = 0
        // The head's rows as records, padded to the widest of them; then its shape.
        func detect() throws(SheetScanner.Stop) {
            let headWidth = head.reduce(0) { max($0, $1.cells.count) }
            var padded = head
            for k in padded.indices {
                padded[k].cells += repeatElement("", count: headWidth - padded[k].cells.count)
            }
            var source = WorksheetRecords(WorksheetTable(name: name, rows: padded), file: file)
            guard let preview = try? ExportPreview.read(&source, options: options, translation: nil),
                let found = try? preview.detectedShape(), case let .wide(layout) = found.layout,
                !found.readsGeneralWayOnly, let plan = Ingestor.widePlan(layout)
            else { throw SheetScanner.Stop(reason: "not a wide layout the fast path reads") }
            // Background values are noted from records read the general way (`rckit import`,
            // `--by`): a sheet with background columns to collect is read that way.
            guard !options.collectsBackground || found.backgroundColumns.isEmpty else {
                throw SheetScanner.Stop(reason: "background columns to collect")
            }
            shape = (preview, found, layout)
            // Room for a row per this many bytes of the sheet, as the head's rows took.
            let perRow = max(1, scanned / max(head.count, 1) * 4 / 5)
            let kept = WorksheetRows(
                plan: plan, expectedRows: early ? Ingestor.worksheetBatch : partSize / max(1, 24 * plan.minFields))
            if !kept.sharesColumns { sheetRow.plan(answerOf: kept.answerColumns, answerCount: plan.answerFields.count) }
            rows = kept
            if early {
                do {
                    feed = try startFeed(
                        preview, found, layout, sheet: name, unlabelledRound: unlabelledRound,
                        respondents: head.count + partSize / perRow, into: &sink, reject: { held.append($0) })
                } catch {
                    throw SheetScanner.Stop(reason: "the head says no rows")
                }
            }
        }
        do throws(SheetScanner.Stop) {
            var tail: [UInt8] = []
            // The checksum of the blocks: most worked out on the unpacking thread, the rest here.
            var crc: UInt32 = 0
            func scan(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) throws(SheetScanner.Stop) -> Int {
                try scanner.scan(bytes, last: last) { (number, row) throws(SheetScanner.Stop) in
                    width = max(width, row.width)
                    if rows == nil {
                        head.append(WorksheetRow(number: number, cells: row.fields))
                        if head.count == sample { try detect() }
                    } else {
                        rows?.add(number, row)
                        // The count first: taking `feed` and `rows` copies them (a retain each of
                        // their arrays), which a row at a time cost 5 % of a large sheet's time.
                        if (rows?.entries.count ?? 0) >= Ingestor.worksheetBatch, var fed = feed, let kept = rows {
                            feed = nil
                            hand(kept, &fed, into: &sink, reject: { held.append($0) })
                            feed = fed
                            rows?.removeRows()
                        }
                    }
                }
            }
            reading: while true {
                switch blocks.next() {
                case let .block(block):
                    let reserve = SheetBlocks.reserve
                    crc = InflateStream.crc32(
                        combining: crc, block.crc ?? InflateStream.crc32(block.bytes), length: block.count)
                    let taken: Int
                    if tail.count <= reserve {
                        let start = reserve - tail.count
                        _ = UnsafeMutableBufferPointer(rebasing: block.storage[start..<reserve]).initialize(from: tail)
                        let bytes = UnsafeBufferPointer(rebasing: block.storage[start..<reserve + block.count])
                        taken = try scan(bytes, last: false)
                        tail = Array(bytes[taken...])
                    } else {
                        var joined = tail
                        joined += UnsafeBufferPointer(rebasing: block.storage[reserve..<reserve + block.count])
                        taken = try joined.withUnsafeBufferPointer { bytes throws(SheetScanner.Stop) in
                            try scan(bytes, last: false)
                        }
                        tail = Array(joined[taken...])
                    }
                    scanned += block.count
                    blocks.recycle(block)
                    // A tag or cell longer than this is no spreadsheet program's.
                    if tail.count > 16 << 20 { throw SheetScanner.Stop(reason: "a cell of more than 16 MiB") }
                case .end:
                    guard crc == partCRC else { throw SheetScanner.Stop(reason: "the checksum does not match") }
                    _ = try tail.withUnsafeBufferPointer { bytes throws(SheetScanner.Stop) in
                        try scan(bytes, last: true)
                    }
                    break reading
                case .failure:
                    throw SheetScanner.Stop(reason: "the part is damaged")
                }
            }
            guard scanner.sawEnd else { throw SheetScanner.Stop(reason: "no end of the sheet data") }
            if rows == nil, !head.isEmpty { try detect() }
            guard rows != nil, width == head.reduce(0, { max($0, $1.cells.count) }) else {
                throw SheetScanner.Stop(reason: "a row wider than the head, or no rows")
            }
        } catch {
            restore()
            return nil
        }
        guard let rows, let shape else { return nil }
        if var fed = feed {
            // The sheet is read alike: the rest of the rows, then the rejections held back.
            hand(rows, &fed, into: &sink, reject: { held.append($0) })
            guard let report = try? finish(fed.file, source: .worksheet(name)) else {
                restore()
                return nil
            }
            held.forEach(reject)
            sheetsReadFast += 1
            return report
        }
        var fed = try startFeed(
            shape.preview, shape.shape, shape.layout, sheet: name, unlabelledRound: unlabelledRound,
            respondents: head.count + rows.entries.count, into: &sink, reject: reject)
        hand(rows, &fed, into: &sink, reject: reject)
        sheetsReadFast += 1
        return try finish(fed.file, source: .worksheet(name))
    }

    /// Starts handing the sheet's rows to the sink as the general path would: the head's data
    /// rows the general way; `respondents` is a guess at how many rows there are.
    private mutating func startFeed<Sink: CodedAnswerSink>(
        _ preview: ExportPreview, _ shape: DetectedShape, _ layout: WideLayout, sheet: String,
        unlabelledRound: String?, respondents: Int, into sink: inout Sink, reject: (Rejection) -> Void
    ) throws -> WorksheetFeed {
        let context = ReadContext(
            file: preview.file, sheet: sheet, format: shape.format, unlabelledRound: unlabelledRound)
        var file = FileProgress(
            context: context, shape: shape, translation: nil, variables: preview.variables,
            lastHeadLine: preview.records.last?.line)
        guard preview.records.count > shape.headerRows || shape.headerRows == 0 else {
            throw context.error(line: file.lastHeadLine, "the file has a header but no data rows")
        }
        for record in preview.detectable.dropFirst(shape.headerRows) {
            readRecord(
                record, shape.layout, context, counts: &file.counts, sawData: &file.sawData, sink: &sink, reject: reject
            )
        }
        sink.expect(respondents: respondents)
        var feed = WorksheetFeed(file: file, layout: layout, width: preview.records.first?.fields.count ?? 0)
        feed.meanings.labels = wideLabels(for: sink)
        return feed
    }

    /// Hands the rows kept to the sink, each as a CSV file's wide rows are read.
    private mutating func hand<Sink: CodedAnswerSink>(
        _ rows: WorksheetRows, _ feed: inout WorksheetFeed, into sink: inout Sink, reject: (Rejection) -> Void
    ) {
        let context = feed.file.context, layout = feed.layout, width = feed.width
        rows.answers.withUnsafeBufferPointer { answers in
            rows.keyText.withUnsafeBufferPointer { keyText in
                rows.keyLengths.withUnsafeBufferPointer { keyLengths in
                    guard let answers = answers.baseAddress ?? UnsafePointer(bitPattern: 1),
                        let keyText = keyText.baseAddress ?? UnsafePointer(bitPattern: 1),
                        let keyLengths = keyLengths.baseAddress ?? UnsafePointer(bitPattern: 4)
                    else { return }
                    var cursor = WorksheetRowCursor(rows, answers: answers, keyText: keyText, keyLengths: keyLengths)
                    for (line32, index32) in rows.entries {
                        let line = Int(line32), index = Int(index32)
                        if index >= 0 {
                            var record = rows.records[index]
                            if record.fields.count < width {
                                record.fields += repeatElement("", count: width - record.fields.count)
                            }
                            readRecord(
                                record, feed.file.shape.layout, context, counts: &feed.file.counts,
                                sawData: &feed.file.sawData, sink: &sink, reject: reject)
                            continue
                        }
                        cursor.next(line: line)
                        readReducedWide(
                            &cursor, layout, general: feed.file.shape.layout, context, &feed.meanings,
                            counts: &feed.file.counts, sawData: &feed.file.sawData, sink: &sink, reject: reject)
                    }
                }
            }
        }
    }
}

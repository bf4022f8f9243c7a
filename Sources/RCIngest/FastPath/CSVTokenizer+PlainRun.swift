#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVTokenizer {
    /// Offers `body` the records ahead as one run of plain text, straight from the decoded block:
    /// whole lines, no quote and no NUL byte, so that splitting at delimiters and line breaks
    /// reads them exactly as ``nextRecord(_:)`` would. `body` reads as many records as it likes
    /// (see ``PlainRecords``) and reports how far it got; the tokenizer goes on from there.
    ///
    /// Returns false when there is no such run right here (a quoted field, a record running on
    /// into the next block): then read the next record with ``nextRecord(_:)``.
    /// `prefixFields` is the number of leading fields whose repetition the records report
    /// (``PlainRecords/repeatsPrefix``).
    mutating func withPlainRun(prefixFields: Int, _ body: (inout PlainRecords) -> Void) throws(CSVError) -> Bool {
        guard !skipSeparatorLine, state == .fieldStart else { return false }
        if position >= block.count {
            try refill()
            if block.isEmpty { return false }
        }
        let lf = UInt8(ascii: "\n")
        if pendingCR {
            // The LF of a CRLF split across two blocks.
            pendingCR = false
            if block[position] == lf {
                position += 1
                lineStart = blockBase + position
            }
            if position >= block.count { return false }
        }
        let start = position
        let maxRecord = min(
            options.maxFieldBytes, options.maxRecordBytes, recordCount == 0 ? options.maxHeaderBytes : Int.max)
        let progress: PlainRecords.Progress? = block.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var limit = buffer.count
            for special in [UInt8(ascii: "\""), 0] {
                if let found = memchr(base + start, Int32(special), limit - start) {
                    limit = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                }
            }
            var end = limit
            while end > start, buffer[end - 1] != lf { end -= 1 }
            // A run's offsets fit in 32 bits (``SplitRun``); a longer stretch is read the general way.
            guard end > start, end - start <= Int(Int32.max) else { return nil }
            var records = PlainRecords(
                UnsafeBufferPointer(rebasing: buffer[start..<end]), block: block, blockOffset: start,
                line: line, delimiter: delimiter,
                maxRecordBytes: maxRecord, maxFields: options.maxFieldsPerRecord,
                prefixFields: prefixFields)
            body(&records)
            return records.progress
        }
        guard let progress, progress.bytes > 0 else { return false }
        position += progress.bytes
        line += progress.lines
        recordCount += progress.records
        lineStart = blockBase + position
        return true
    }
}

extension CSVReader {
    /// See ``CSVTokenizer/withPlainRun(prefixFields:_:)``.
    mutating func withPlainRun(prefixFields: Int, _ body: (inout PlainRecords) -> Void) throws(CSVError) -> Bool {
        try tokenizer.withPlainRun(prefixFields: prefixFields, body)
    }
}

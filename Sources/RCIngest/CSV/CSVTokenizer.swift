import Foundation

/// The fast, low-level CSV reader: yields each record as UTF-8 fields in a reusable
/// ``CSVFields`` buffer, reading the file in blocks so memory stays flat however large it is.
///
/// ```swift
/// var tokenizer = try CSVTokenizer(path: "export.csv")
/// var fields = CSVFields()
/// while try tokenizer.nextRecord(&fields) {
///     for i in 0..<fields.count { use(fields.field(i)) }
/// }
/// ```
///
/// Reading rules (RFC 4180, made lenient the way Excel is):
/// - Records end at CRLF, LF or a lone CR, mixed freely. Blank lines are skipped but counted.
/// - A field that starts with `"` is quoted: it may hold delimiters and line breaks, and `""`
///   stands for one quote. Text after the closing quote, up to the next delimiter, is kept.
/// - A quote inside an unquoted field is an ordinary character.
/// - Rows may have any number of fields; nothing is padded or cut.
/// - NUL bytes are removed wherever they appear (a file that is mostly NUL is refused as binary).
/// - Excel's `sep=;` first line sets the delimiter and is not returned as a record.
///
/// A tokenizer is a reader with a position in the file: don't copy it and use both copies.
public struct CSVTokenizer: Sendable {
    /// The file as the user named it, used in errors.
    public let file: String
    /// The encoding, delimiter and line endings in use.
    public let dialect: CSVDialect
    /// The options the tokenizer was opened with.
    public let options: CSVOptions

    /// How many bytes of a UTF-8 file so far were not well-formed UTF-8 and were therefore
    /// read as Windows-1252 characters (0 for a clean file).
    public var repairedByteCount: Int { transcoder.repairedByteCount }
    /// The first of those bytes, and where it is (line, and column in the decoded line).
    public private(set) var firstRepairedByte: RepairedByte?

    private var source: ByteSource
    private var transcoder: Transcoder
    private var raw: [UInt8] = []
    /// The current block of decoded UTF-8.
    var block: [UInt8] = []
    var position = 0
    /// Offset in the decoded text of `block[0]`.
    var blockBase = 0
    private var sourceDone = false

    var state: State = .fieldStart
    var line = 1
    /// Offset in the decoded text where the current physical line starts.
    var lineStart = 0
    /// The last block ended in CR: an LF starting the next block belongs to the same line break.
    var pendingCR = false
    private var recordHasQuote = false
    private var fieldStartLine = 1
    private var fieldStartColumn = 1
    var recordCount = 0
    let delimiter: UInt8
    var skipSeparatorLine: Bool

    enum State: UInt8 {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private enum Outcome {
        case needMore, record, failed(CSVError)
    }

    /// Opens the file at `path`, detecting what `options` leaves open.
    public init(path: String, options: CSVOptions = CSVOptions()) throws(CSVError) {
        try self.init(source: ByteSource(path: path), file: path, options: options)
    }

    /// Reads bytes in memory; `name` stands for the file in errors.
    public init(bytes: [UInt8], name: String = "<data>", options: CSVOptions = CSVOptions()) throws(CSVError) {
        try self.init(source: ByteSource(bytes: bytes, file: name), file: name, options: options)
    }

    /// Reads data in memory; `name` stands for the file in errors.
    public init(data: Data, name: String = "<data>", options: CSVOptions = CSVOptions()) throws(CSVError) {
        try self.init(bytes: [UInt8](data), name: name, options: options)
    }

    private init(source: ByteSource, file: String, options: CSVOptions) throws(CSVError) {
        var source = source
        let (sample, isWholeFile) = try source.peek(options.sniffLength)
        let sniffed = try CSVSniffer.sniff(sample: sample, isWholeFile: isWholeFile, file: file, options: options)
        source.skip(sniffed.byteOrderMarkLength)
        self.file = file
        self.options = options
        self.dialect = sniffed.dialect
        self.delimiter = sniffed.dialect.delimiter.byte
        self.skipSeparatorLine = sniffed.hasSeparatorLine
        self.source = source
        self.transcoder = Transcoder(encoding: sniffed.dialect.encoding)
        raw.reserveCapacity(options.blockSize)
        block.reserveCapacity(options.blockSize)
    }

    /// Reads the next record into `fields` (replacing what was there); `false` at the end of the file.
    public mutating func nextRecord(_ fields: inout CSVFields) throws(CSVError) -> Bool {
        if skipSeparatorLine {
            skipSeparatorLine = false
            guard try nextRecord(&fields) else { return false }
            recordCount = 0  // the header is the record after `sep=;`
        }
        fields.reset(line: line)
        recordHasQuote = false
        state = .fieldStart
        while true {
            if position >= block.count {
                try refill()
                if block.isEmpty { return try finishAtEnd(&fields) }
            }
            let current = block
            let outcome = current.withUnsafeBufferPointer { scan($0, &fields) }
            switch outcome {
            case .needMore:
                continue
            case .record:
                recordCount += 1
                return true
            case .failed(let error):
                throw error
            }
        }
    }

    mutating func refill() throws(CSVError) {
        blockBase += block.count
        block.removeAll(keepingCapacity: true)
        position = 0
        while block.isEmpty, !sourceDone {
            try source.read(upTo: options.blockSize, into: &raw)
            if raw.isEmpty {
                sourceDone = true
                let repairedBefore = transcoder.repairedByteCount
                transcoder.finish(into: &block)
                try noteEncodingTrouble(repairedBefore: repairedBefore)
            } else if transcoder.passesThrough(raw) {
                swap(&raw, &block)  // `block` is empty; the two buffers trade places.
            } else {
                let repairedBefore = transcoder.repairedByteCount
                transcoder.decode(raw, into: &block)
                try noteEncodingTrouble(repairedBefore: repairedBefore)
            }
        }
    }

    /// After decoding a new block: notes the first byte a UTF-8 file read as Windows-1252, and
    /// stops at UTF-8 text in a file read as Windows-1252 (its start had bytes UTF-8 has not).
    private mutating func noteEncodingTrouble(repairedBefore: Int) throws(CSVError) {
        if let foreign = transcoder.firstForeignSequence {
            let (line, column) = location(ofBlockOffset: foreign.offset)
            throw CSVError(
                .mixedEncoding, file: file, line: line, column: column,
                message: "'\(foreign.character)' here is UTF-8 (\(foreign.character.utf8.count) bytes), but the file "
                    + "began as Windows-1252: it mixes two encodings, and its text cannot be read as either. "
                    + "Save it again as UTF-8 (Excel: 'CSV UTF-8')")
        }
        if repairedBefore == 0, transcoder.repairedByteCount > 0, let repair = transcoder.firstRepair {
            let (line, column) = location(ofBlockOffset: repair.offset)
            firstRepairedByte = RepairedByte(line: line, column: column, byte: repair.byte)
        }
    }

    /// The line and column of `offset` in the block just decoded (the tokenizer's line and
    /// line start are those of the block's start, the block before having been read to its end).
    private func location(ofBlockOffset offset: Int) -> (line: Int, column: Int) {
        var line = self.line
        var start = lineStart
        var j = 0
        if pendingCR, !block.isEmpty, block[0] == UInt8(ascii: "\n") {
            j = 1  // the LF of a CRLF split across blocks
            start = blockBase + 1
        }
        while j < min(offset, block.count) {
            let byte = block[j]
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                if byte == UInt8(ascii: "\r"), j + 1 < block.count, block[j + 1] == UInt8(ascii: "\n") { j += 1 }
                line += 1
                start = blockBase + j + 1
            }
            j += 1
        }
        return (line, blockBase + offset - start + 1)
    }

    private mutating func finishAtEnd(_ fields: inout CSVFields) throws(CSVError) -> Bool {
        switch state {
        case .quoted:
            throw CSVError(
                .unterminatedQuote, file: file, line: fieldStartLine, column: fieldStartColumn,
                message: "unterminated quoted field: the quote that opens here is never closed")
        case .fieldStart:
            if fields.ends.isEmpty { return false }
        case .unquoted, .quoteInQuoted:
            if fields.ends.isEmpty, fields.storage.isEmpty, !recordHasQuote { return false }
        }
        fields.ends.append(fields.storage.count)
        state = .fieldStart
        recordCount += 1
        return true
    }

    // The hot loop: scans the block from `position`, copying runs of field bytes into `fields`.
    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, _ fields: inout CSVFields) -> Outcome {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard let base = p.baseAddress else { return .needMore }
        let end = p.count
        let delimiter = self.delimiter
        let maxField = options.maxFieldBytes
        let maxRecord = recordCount == 0 ? min(options.maxRecordBytes, options.maxHeaderBytes) : options.maxRecordBytes
        var state = self.state
        var i = position

        if pendingCR {
            pendingCR = false
            if base[i] == lf {
                if state == .quoted { fields.storage.append(lf) }
                i += 1
                lineStart = blockBase + i
            }
        }

        func limitError(_ fields: CSVFields) -> CSVError? {
            let fieldLength = fields.storage.count - (fields.ends.last ?? 0)
            if fieldLength > maxField {
                return CSVError(
                    .fieldTooLarge, file: file, line: fieldStartLine, column: fieldStartColumn,
                    message: "field is larger than the limit of \(ByteCount.format(maxField))")
            }
            if fields.storage.count > maxRecord {
                return recordCount == 0
                    ? CSVError(
                        .headerTooLarge, file: file, line: fields.line,
                        message: "header is longer than the limit of \(ByteCount.format(maxRecord))")
                    : CSVError(
                        .recordTooLarge, file: file, line: fields.line,
                        message: "record is longer than the limit of \(ByteCount.format(maxRecord))")
            }
            return nil
        }

        /// Copies the field's bytes from `i` up to `stop`, a line break, a NUL or the block's end
        /// into `fields`, in one go; the error when the field or record grows past its limit.
        @inline(__always) func copyRun(until stop: UInt8) -> CSVError? {
            let runStart = i
            while i < end {
                let b = base[i]
                if b == stop || (b < 14 && (b == lf || b == cr || b == 0)) { break }
                i += 1
            }
            guard i > runStart else { return nil }
            fields.storage.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
            return limitError(fields)
        }

        while i < end {
            switch state {
            case .fieldStart:
                fieldStartLine = line
                fieldStartColumn = blockBase + i - lineStart + 1
                if base[i] == quote {
                    state = .quoted
                    recordHasQuote = true
                    i += 1
                } else {
                    state = .unquoted
                }

            case .unquoted:
                if let error = copyRun(until: delimiter) { return fail(error, state, i) }
                if i == end { break }
                let b = base[i]
                if b == delimiter {
                    fields.ends.append(fields.storage.count)
                    if fields.ends.count >= options.maxFieldsPerRecord {
                        return fail(
                            CSVError(
                                .tooManyFields, file: file, line: fields.line,
                                message: "record has more than \(options.maxFieldsPerRecord) fields"), state, i)
                    }
                    state = .fieldStart
                    i += 1
                } else if b == 0 {
                    i += 1
                } else {
                    line += 1
                    if b == cr {
                        if i + 1 < end {
                            if base[i + 1] == lf { i += 1 }
                        } else {
                            pendingCR = true
                        }
                    }
                    i += 1
                    lineStart = blockBase + i
                    state = .fieldStart
                    if fields.ends.isEmpty, fields.storage.isEmpty, !recordHasQuote {
                        fields.line = line  // a blank line: the record starts later
                        continue
                    }
                    fields.ends.append(fields.storage.count)
                    self.state = state
                    position = i
                    return .record
                }

            case .quoted:
                if let error = copyRun(until: quote) { return fail(error, state, i) }
                if i == end { break }
                let b = base[i]
                if b == quote {
                    state = .quoteInQuoted
                    i += 1
                } else if b == 0 {
                    i += 1
                } else {
                    // A line break inside quotes is part of the field, kept as written.
                    fields.storage.append(b)
                    line += 1
                    if b == cr {
                        if i + 1 < end {
                            if base[i + 1] == lf {
                                fields.storage.append(lf)
                                i += 1
                            }
                        } else {
                            pendingCR = true
                        }
                    }
                    i += 1
                    lineStart = blockBase + i
                    if let error = limitError(fields) { return fail(error, state, i) }
                }

            case .quoteInQuoted:
                if base[i] == quote {
                    fields.storage.append(quote)
                    if let error = limitError(fields) { return fail(error, state, i) }
                    state = .quoted
                    i += 1
                } else {
                    state = .unquoted  // closed; anything up to the delimiter is kept as is
                }
            }
        }
        self.state = state
        position = i
        return .needMore
    }

    private mutating func fail(_ error: CSVError, _ state: State, _ i: Int) -> Outcome {
        self.state = state
        position = i
        return .failed(error)
    }
}

enum ByteCount {
    /// "64 MiB", "16 KiB", "100 bytes".
    static func format(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

/// A byte of a UTF-8 file that is no part of a UTF-8 character, read as the Windows-1252
/// character it is (a `ø` pasted from another program, say): where it is, for a warning.
public struct RepairedByte: Sendable, Equatable {
    /// The 1-based physical line.
    public var line: Int
    /// The column in the decoded line, in UTF-8 bytes.
    public var column: Int
    /// The byte as it is in the file.
    public var byte: UInt8
}

/// Works out how a CSV file is written — encoding, delimiter, line endings — from its
/// first 64 KiB (``CSVOptions/sniffLength``), and refuses files that are not CSV text.
///
/// - Encoding: a byte order mark decides (UTF-8, UTF-16 LE/BE). Without one, a sample
///   with NUL in every other byte is UTF-16; a sample that is well-formed UTF-8, or has more
///   UTF-8 characters of two bytes or more than stray bytes, is UTF-8; anything else is
///   Windows-1252.
/// - Binary files (workbooks, PDFs, or more than 10 % NUL or control bytes; a third in
///   samples under 512 bytes) and empty files are refused.
/// - Delimiter: the one named by Excel's `sep=;` first line (that line is then skipped); else the candidate (`,` `;` tab `|`) that splits the first 50 records into the
///   same number of fields most consistently, counted outside quotes; among equally
///   consistent ones, the one giving more fields; comma when none splits anything.
public enum CSVSniffer {
    /// The dialect of the file at `path`, reading only its start.
    public static func sniff(path: String, options: CSVOptions = CSVOptions()) throws(CSVError) -> CSVDialect {
        try CSVTokenizer(path: path, options: options).dialect
    }

    /// The dialect of bytes in memory.
    public static func sniff(bytes: [UInt8], name: String = "<data>", options: CSVOptions = CSVOptions())
        throws(CSVError) -> CSVDialect
    {
        try CSVTokenizer(bytes: bytes, name: name, options: options).dialect
    }

    struct Result {
        var dialect: CSVDialect
        var byteOrderMarkLength: Int
        /// The file starts with Excel's `sep=;` line, which is not a record.
        var hasSeparatorLine = false
    }

    static func sniff(sample: [UInt8], isWholeFile: Bool, file: String, options: CSVOptions) throws(CSVError) -> Result
    {
        let encoding: TextEncoding
        if let given = options.encoding {
            encoding = given
        } else if let marked = encodingFromByteOrderMark(sample) {
            encoding = marked
        } else if let utf16 = unmarkedUTF16(sample) {
            encoding = utf16
        } else {
            if let reason = binaryReason(sample) {
                throw CSVError(.binaryContent, file: file, message: reason)
            }
            encoding = readsAsUTF8(sample, isWholeFile: isWholeFile) ? .utf8 : .windows1252
        }
        var bomLength = 0
        for mark in [encoding.byteOrderMark, encoding == .utf8 ? TextEncoding.utf8BOM.byteOrderMark : []]
        where !mark.isEmpty && sample.starts(with: mark) {
            bomLength = mark.count
        }
        let body = Array(sample[bomLength...])
        if body.isEmpty {
            throw CSVError(.emptyFile, file: file, message: "the file is empty")
        }
        if encoding != .utf16LE, encoding != .utf16BE, let reason = binaryReason(body) {
            throw CSVError(.binaryContent, file: file, message: reason)
        }

        var transcoder = Transcoder(encoding: encoding)
        var text: [UInt8] = []
        transcoder.decode(body, into: &text)
        if isWholeFile { transcoder.finish(into: &text) }
        if isWholeFile, text.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0 }) {
            throw CSVError(.emptyFile, file: file, message: "the file has no data, only blank lines")
        }
        let separatorLine = separatorLineDelimiter(text)
        let delimiter =
            options.delimiter ?? separatorLine
            ?? detectDelimiter(text, isWholeFile: isWholeFile, sniffLength: options.sniffLength)
        let dialect = CSVDialect(encoding: encoding, delimiter: delimiter, lineEnding: detectLineEnding(text))
        return Result(dialect: dialect, byteOrderMarkLength: bomLength, hasSeparatorLine: separatorLine != nil)
    }

    /// The delimiter named by Excel's first line `sep=;`, if the text starts with one.
    static func separatorLineDelimiter(_ text: [UInt8]) -> CSVDelimiter? {
        guard text.count >= 5, text.starts(with: Array("sep=".utf8)),
            text.count == 5 || text[5] == UInt8(ascii: "\r") || text[5] == UInt8(ascii: "\n")
        else { return nil }
        return CSVDelimiter(Character(Unicode.Scalar(text[4])))
    }

    static func encodingFromByteOrderMark(_ sample: [UInt8]) -> TextEncoding? {
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] where sample.starts(with: encoding.byteOrderMark) {
            return encoding
        }
        return nil
    }

    /// UTF-16 without a byte order mark: mostly-ASCII text has a NUL in every other byte.
    static func unmarkedUTF16(_ sample: [UInt8]) -> TextEncoding? {
        let pairs = sample.count / 2
        guard pairs >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in 0..<(pairs * 2) where sample[i] == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        if oddZeros * 2 >= pairs, evenZeros * 10 <= pairs { return .utf16LE }
        if evenZeros * 2 >= pairs, oddZeros * 10 <= pairs { return .utf16BE }
        return nil
    }

    /// Why `sample` is not CSV text, or `nil` when it could be.
    static func binaryReason(_ sample: [UInt8]) -> String? {
        let save = "save it from the spreadsheet program as “CSV UTF-8” and read that"
        if sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "this is a ZIP archive, probably an Excel workbook (.xlsx), not a CSV file; \(save)"
        }
        if sample.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "this is an old Excel workbook (.xls) or another Office document, not a CSV file; \(save)"
        }
        if sample.starts(with: Array("%PDF-".utf8)) {
            return "this is a PDF document, not a CSV file"
        }
        // Control bytes other than tab, line feed, vertical tab, form feed, carriage return and Ctrl-Z.
        var controls = 0
        for byte in sample
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B
            && byte != 0x0C && byte != 0x0D && byte != 0x1A
        {
            controls += 1
        }
        // Text has next to no control bytes, random bytes about 10 %: a short sample needs a
        // third of its bytes to be controls, a long one a thirtieth.
        if controls * (sample.count < 512 ? 3 : 30) > sample.count {
            let percent = controls * 100 / max(1, sample.count)
            return "this looks like a binary file, not text: \(percent) % of its first bytes are NUL or control bytes"
        }
        return nil
    }

    /// Whether a sample is UTF-8: well-formed, or with more well-formed characters of two bytes
    /// or more than stray bytes (one Windows-1252 `ø` pasted into a UTF-8 file does not make the
    /// whole file Windows-1252; the stray bytes are read as Windows-1252 and reported).
    static func readsAsUTF8(_ sample: [UInt8], isWholeFile: Bool) -> Bool {
        let evidence = sample.withUnsafeBufferPointer { Transcoder.utf8Evidence($0, isWholeFile: isWholeFile) }
        return evidence.strays == 0 || evidence.characters > evidence.strays
    }

    static func detectDelimiter(_ text: [UInt8], isWholeFile: Bool, sniffLength: Int) -> CSVDelimiter {
        var best: (delimiter: CSVDelimiter, consistency: Double, fields: Int)?
        for candidate in CSVDelimiter.candidates {
            let counts = fieldCounts(text, delimiter: candidate, isWholeFile: isWholeFile, sniffLength: sniffLength)
            guard !counts.isEmpty else { continue }
            var frequency: [Int: Int] = [:]
            for count in counts { frequency[count, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), mode.key > 1 else {
                continue
            }
            let consistency = Double(mode.value) / Double(counts.count)
            if let current = best, (current.consistency, current.fields) >= (consistency, mode.key) { continue }
            best = (candidate, consistency, mode.key)
        }
        return best?.delimiter ?? .comma
    }

    /// The number of fields in each of the first 50 complete records of `text` split by `delimiter`.
    private static func fieldCounts(_ text: [UInt8], delimiter: CSVDelimiter, isWholeFile: Bool, sniffLength: Int)
        -> [Int]
    {
        let options = CSVOptions(encoding: .utf8, delimiter: delimiter, sniffLength: sniffLength)
        guard var tokenizer = try? CSVTokenizer(bytes: text, options: options) else { return [] }
        var fields = CSVFields()
        var counts: [Int] = []
        var complete = true
        while counts.count < 51 {
            do {
                guard try tokenizer.nextRecord(&fields) else { break }
                counts.append(fields.count)
            } catch {
                complete = false  // cut off inside a quoted field: the records before are whole
                break
            }
        }
        // The last record of a sample cut from a longer file may be cut short.
        if (!isWholeFile && complete) || counts.count > 50 { counts.removeLast() }
        return counts
    }

    /// Line breaks outside quoted fields.
    static func detectLineEnding(_ text: [UInt8]) -> LineEnding {
        var crlf = 0, lf = 0, cr = 0
        var inQuotes = false
        var i = 0
        while i < text.count {
            switch text[i] {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: "\r") where !inQuotes:
                if i + 1 < text.count, text[i + 1] == UInt8(ascii: "\n") {
                    crlf += 1
                    i += 1
                } else if i + 1 < text.count {
                    cr += 1
                }
            case UInt8(ascii: "\n") where !inQuotes: lf += 1
            default: break
            }
            i += 1
        }
        switch (crlf > 0, lf > 0, cr > 0) {
        case (false, false, false): return .none
        case (true, false, false): return .crlf
        case (false, true, false): return .lf
        case (false, false, true): return .cr
        default: return .mixed
        }
    }
}

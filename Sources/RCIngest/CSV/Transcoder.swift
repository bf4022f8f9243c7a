/// Turns the bytes of a file, block by block, into well-formed UTF-8.
///
/// A character split across two blocks is held back until the next block completes it.
/// - UTF-8: bytes that are not part of a well-formed sequence (a Windows-1252 `ø` in an
///   otherwise UTF-8 file, say) are decoded one by one as Windows-1252, so nothing is
///   dropped and Western European text still comes out right; they are counted in
///   ``repairedByteCount``.
///   The first such byte is noted (``firstRepair``), for a warning that names it.
/// - Windows-1252: bytes that form a UTF-8 character of two to four bytes (`Ã¦`, the UTF-8 of
///   `æ`) are noted (``firstForeignSequence``): a file that mixes the two encodings cannot be
///   read as either, and the tokenizer stops there.
/// - UTF-16: an unpaired surrogate, or an odd byte at the end of the file, becomes U+FFFD.
/// - U+FEFF (a byte order mark) is dropped wherever it appears in UTF-8 or UTF-16 text: at the
///   start of a later line of a file joined from two exports it is no part of the first field.
/// The byte order mark at the start of the file is not seen here: the tokenizer strips it before.
struct Transcoder: Sendable {
    let encoding: TextEncoding
    /// Bytes of an incomplete character at the end of the last block (at most 3).
    private var pending: [UInt8] = []
    /// How many bytes of a UTF-8 file were not well-formed and were read as Windows-1252.
    private(set) var repairedByteCount = 0
    /// The first of those bytes, and where its character starts in the output of the call that met it.
    private(set) var firstRepair: (offset: Int, byte: UInt8)?
    /// In a Windows-1252 file, the first bytes that form a UTF-8 character: where their text
    /// starts in the output of the call that met them, and the character.
    private(set) var firstForeignSequence: (offset: Int, character: String)?

    init(encoding: TextEncoding) {
        self.encoding = encoding
        pending.reserveCapacity(8)
    }

    /// Appends the UTF-8 text of `input` to `out`, holding back an incomplete last character.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var input = input
        if !pending.isEmpty {
            // Complete the held-back character with up to 4 bytes of the new block.
            let taken = min(4, input.count)
            let held = pending.count
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[0..<taken]))
            let consumed = pending.withUnsafeBufferPointer { process($0, isFinal: false, into: &out) }
            if consumed < held {
                // Still incomplete: the new block was shorter than 4 bytes and is all in `pending`.
                pending.removeFirst(consumed)
                return
            }
            pending.removeAll(keepingCapacity: true)
            input = UnsafeBufferPointer(rebasing: input[(consumed - held)...])
        }
        let consumed = process(input, isFinal: false, into: &out)
        if consumed < input.count {
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[consumed...]))
        }
    }

    /// Appends the UTF-8 text of `input` to `out`, holding back an incomplete last character.
    mutating func decode(_ input: [UInt8], into out: inout [UInt8]) {
        input.withUnsafeBufferPointer { decode($0, into: &out) }
    }

    /// Whether `input` is its own UTF-8 text: a UTF-8 file, nothing held back from the last
    /// block, and every byte part of a complete, well-formed sequence. Then ``decode(_:into:)``
    /// would copy it unchanged, so the block can be used as it is.
    func passesThrough(_ input: [UInt8]) -> Bool {
        guard encoding == .utf8 || encoding == .utf8BOM, pending.isEmpty else { return false }
        return input.withUnsafeBufferPointer { Transcoder.isWellFormedUTF8($0, withoutByteOrderMarks: true) }
    }

    /// Whether `p` is well-formed UTF-8 that does not end inside a character (and, when
    /// `withoutByteOrderMarks`, holds no U+FEFF, which decoding drops).
    static func isWellFormedUTF8(_ p: UnsafeBufferPointer<UInt8>, withoutByteOrderMarks: Bool = false) -> Bool {
        guard let base = p.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        let n = p.count
        var i = 0
        while i < n {
            // ASCII, 32 bytes at a time.
            while i + 32 <= n {
                let word =
                    raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                if word & high != 0 { break }
                i += 32
            }
            while i < n, base[i] < 0x80 { i += 1 }
            if i >= n { break }
            let length = sequenceLength(base, at: i, count: n)
            guard length > 0 else { return false }
            if withoutByteOrderMarks, length == 3, isByteOrderMark(base + i) { return false }
            i += length
        }
        return true
    }

    /// Whether the three bytes at `p` are U+FEFF in UTF-8 (a well-formed sequence of three starts there).
    @inline(__always)
    static func isByteOrderMark(_ p: UnsafePointer<UInt8>) -> Bool {
        p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF
    }

    /// How a sample reads as UTF-8: its well-formed characters of two to four bytes, and its
    /// bytes that are no part of one. A UTF-8 file has many of the first and few or none of the
    /// second; a Windows-1252 file the other way round.
    static func utf8Evidence(_ p: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> (characters: Int, strays: Int) {
        guard let base = p.baseAddress else { return (0, 0) }
        var characters = 0
        var strays = 0
        var i = 0
        while i < p.count {
            if base[i] < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(base, at: i, count: p.count)
            if length > 0 {
                characters += 1
                i += length
            } else if length == 0, !isWholeFile {
                break  // cut off by the end of the sample
            } else {
                strays += 1
                i += 1
            }
        }
        return (characters, strays)
    }

    /// Decodes whatever is held back at the end of the file.
    mutating func finish(into out: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        let held = pending
        pending.removeAll()
        _ = held.withUnsafeBufferPointer { process($0, isFinal: true, into: &out) }
    }

    /// Decodes `input` into `out`; returns how many bytes were used (fewer than all only
    /// when `input` ends inside a character and `isFinal` is false).
    private mutating func process(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: inout [UInt8]) -> Int {
        switch encoding {
        case .utf8, .utf8BOM: processUTF8(input, isFinal: isFinal, into: &out)
        case .windows1252: processWindows1252(input, isFinal: isFinal, into: &out)
        case .utf16LE: processUTF16(input, littleEndian: true, isFinal: isFinal, into: &out)
        case .utf16BE: processUTF16(input, littleEndian: false, isFinal: isFinal, into: &out)
        }
    }

    private mutating func processUTF8(_ p: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: inout [UInt8]) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let n = p.count
        var i = 0
        var runStart = 0
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n,
                UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
            }
            while i < n, base[i] < 0x80 { i += 1 }
            if i >= n { break }
            let length = Self.sequenceLength(base, at: i, count: n)
            if length == 3, Self.isByteOrderMark(base + i) {
                // U+FEFF, dropped.
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                i += 3
                runStart = i
                continue
            }
            if length > 0 {
                i += length
                continue
            }
            if length == 0, !isFinal {
                // A well-formed prefix cut off by the end of the block.
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                return i
            }
            // Not well-formed: read this one byte as Windows-1252.
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
            if firstRepair == nil { firstRepair = (out.count, base[i]) }
            Windows1252.appendUTF8(of: base[i], to: &out)
            repairedByteCount += 1
            i += 1
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart))
        return n
    }

    /// The length of the well-formed UTF-8 sequence at `i` (lead byte ≥ 0x80): 2–4;
    /// 0 when the bytes so far are a well-formed prefix but the buffer ends; -1 when ill-formed.
    @inline(__always)
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        let lead = base[i]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return -1
        }
        for k in 1..<length {
            guard i + k < n else { return 0 }
            let byte = base[i + k]
            if k == 1 {
                guard byte >= low, byte <= high else { return -1 }
            } else {
                guard byte & 0xC0 == 0x80 else { return -1 }
            }
        }
        return length
    }

    /// Windows-1252, byte by byte; bytes that could begin a UTF-8 character are looked at with
    /// those after them (held back at the end of a block until the next completes them, so that
    /// where the blocks are cut changes nothing).
    private mutating func processWindows1252(_ p: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: inout [UInt8])
        -> Int
    {
        guard let base = p.baseAddress else { return 0 }
        let n = p.count
        var i = 0
        var runStart = 0
        while i < n {
            while i < n, base[i] < 0x80 { i += 1 }
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
            if i >= n { break }
            if firstForeignSequence == nil, base[i] >= 0xC2 {
                let length = Self.sequenceLength(base, at: i, count: n)
                if length == 0, !isFinal { return i }  // perhaps a UTF-8 character the next block completes
                if length > 1 {
                    firstForeignSequence = (
                        out.count, String(decoding: UnsafeBufferPointer(start: base + i, count: length), as: UTF8.self)
                    )
                }
            }
            Windows1252.appendUTF8(of: base[i], to: &out)
            i += 1
            runStart = i
        }
        return n
    }

    private func processUTF16(
        _ p: UnsafeBufferPointer<UInt8>, littleEndian: Bool, isFinal: Bool, into out: inout [UInt8]
    ) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let n = p.count
        @inline(__always) func unit(_ at: Int) -> UInt32 {
            littleEndian
                ? UInt32(base[at]) | UInt32(base[at + 1]) << 8
                : UInt32(base[at]) << 8 | UInt32(base[at + 1])
        }
        var i = 0
        while i + 1 < n {
            let u = unit(i)
            switch u {
            case 0xD800...0xDBFF:
                if i + 3 < n {
                    let low = unit(i + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        UTF8Encoding.append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                        i += 4
                    } else {
                        UTF8Encoding.append(UTF8Encoding.replacement, to: &out)
                        i += 2
                    }
                } else if !isFinal {
                    return i
                } else {
                    UTF8Encoding.append(UTF8Encoding.replacement, to: &out)
                    i += 2
                }
            case 0xDC00...0xDFFF:
                UTF8Encoding.append(UTF8Encoding.replacement, to: &out)
                i += 2
            case 0xFEFF:
                i += 2  // U+FEFF, dropped
            default:
                UTF8Encoding.append(u, to: &out)
                i += 2
            }
        }
        if i < n {
            if !isFinal { return i }
            UTF8Encoding.append(UTF8Encoding.replacement, to: &out)
        }
        return n
    }
}

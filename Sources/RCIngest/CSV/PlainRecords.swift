/// The records of a plain run (see ``CSVTokenizer/withPlainRun(_:)``), one at a time, with
/// their fields as byte ranges of the run: no copying, no Strings.
///
/// The run holds whole lines with no quote and no NUL, so a record is its line split at the
/// delimiter, exactly as the tokenizer would read it; blank lines are skipped but counted.
/// A record too long or with too many fields to read here stops the run before it, and the
/// tokenizer reads it (and reports the problem).
struct PlainRecords {
    struct Progress {
        var bytes: Int
        var lines: Int
        var records: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let maxRecordBytes: Int
    let maxFields: Int
    private let firstLine: Int
    /// Where the next record (or blank line) starts.
    private var position = 0
    private var nextLine: Int
    private var records = 0
    /// The line of the current record.
    private(set) var line = 0
    /// Field `i` of the current record is `edges[i] ..< edges[i + 1] - 1`.
    private var edges: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, delimiter: UInt8, maxRecordBytes: Int, maxFields: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
        self.maxFields = maxFields
        self.firstLine = line
        self.nextLine = line
        edges.reserveCapacity(256)
    }

    /// How far the records read so far reach: the tokenizer goes on from there.
    var progress: Progress {
        Progress(bytes: position, lines: nextLine - firstLine, records: records)
    }

    /// Moves to the next record; false at the end of the run, or before a record the
    /// tokenizer must read.
    mutating func next() -> Bool {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let n = bytes.count
        var i = position
        // Blank lines.
        while i < n, bytes[i] == lf || bytes[i] == cr {
            i += bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
            nextLine += 1
            position = i
        }
        guard i < n else { return false }
        let start = i
        var fields = 0
        setEdge(fields, start)
        // The run ends in LF, so every record ends in a line break inside it. Eight bytes at a
        // time: a mask flags each delimiter and line break in the word.
        let delimiter = self.delimiter
        scan: while true {
            if i + 8 <= n, let base = bytes.baseAddress {
                var mask = PlainRecords.specials(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self), delimiter)
                while mask != 0 {
                    let k = i + mask.trailingZeroBitCount / 8
                    mask &= mask - 1
                    let b = bytes[k]
                    if b == delimiter {
                        fields += 1
                        setEdge(fields, k + 1)
                    } else if b == lf || b == cr {
                        i = k
                        break scan
                    }
                    // Any other control character is text.
                }
                i += 8
            } else {
                while i < n {
                    let b = bytes[i]
                    if b == delimiter {
                        fields += 1
                        setEdge(fields, i + 1)
                    } else if b == lf || b == cr {
                        break scan
                    }
                    i += 1
                }
                break scan
            }
        }
        guard i < n, i - start <= maxRecordBytes, fields + 1 < maxFields else { return false }
        fields += 1
        setEdge(fields, i + 1)
        count = fields
        i += bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
        line = nextLine
        nextLine += 1
        position = i
        records += 1
        return true
    }

    @inline(__always)
    private mutating func setEdge(_ index: Int, _ offset: Int) {
        if index < edges.count { edges[index] = offset } else { edges.append(offset) }
    }

    /// The high bit of each byte of `word` (read little-endian) that is the delimiter or a
    /// control character up to CR (0x00–0x0D, which holds LF and CR): a superset of the
    /// delimiter and line breaks, sorted out byte by byte.
    @inline(__always)
    static func specials(_ word: UInt64, _ delimiter: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = UInt64(littleEndian: word)
        // Exactly the zero bytes, and exactly the bytes below 0x0E (no carry runs from one
        // byte into the next: (b & 0x7F) + 0x72 < 0x100).
        let zeros = ~((((x ^ (UInt64(delimiter) &* ones)) & low7) &+ low7) | (x ^ (UInt64(delimiter) &* ones))) & ~low7
        let belowCR = ~(((x & low7) &+ (0x72 &* ones)) | x) & ~low7
        return zeros | belowCR
    }

    /// The number of fields of the current record.
    private(set) var count = 0

    /// The bytes of field `index` (`0..<count`) of the current record.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[edges[index]..<(edges[index + 1] - 1)])
    }

    /// Field `index` as a String; "" past the last field.
    func string(_ index: Int) -> String {
        index < count ? String(decoding: field(index), as: UTF8.self) : ""
    }

    /// The current record as the tokenizer would give it.
    var record: CSVRecord {
        CSVRecord(fields: (0..<count).map(string), line: line)
    }
}

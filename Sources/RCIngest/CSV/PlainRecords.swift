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
        // The run ends in LF, so every record ends in a line break inside it.
        while true {
            i = nextSpecial(from: i)
            guard i < n, bytes[i] == delimiter else { break }
            fields += 1
            setEdge(fields, i + 1)
            i += 1
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

    /// The first delimiter or line break at or after `start` (`bytes.count` when there is none),
    /// looking at eight bytes at a time.
    @inline(__always)
    private func nextSpecial(from start: Int) -> Int {
        let n = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let d = UInt64(delimiter) &* ones, lf = UInt64(0x0A) &* ones, cr = UInt64(0x0D) &* ones
            @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            while i + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = zeros(word ^ d) | zeros(word ^ lf) | zeros(word ^ cr)
                // The lowest flagged byte is always a real match.
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == delimiter || b == 0x0A || b == 0x0D { return i }
            i += 1
        }
        return n
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

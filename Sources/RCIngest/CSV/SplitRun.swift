/// A plain run (see ``CSVTokenizer/withPlainRun(prefixFields:_:)``) already split into
/// records and fields: its bytes and, for each record, where its fields lie, its line and
/// whether it repeats the record before's leading fields. Splitting is the part of reading that
/// needs no knowledge of the survey, so it can happen on one thread and the reading proper on
/// another (``RecordStream``).
struct SplitRun: Sendable {
    /// The block the run lies in (shared with the tokenizer, not copied), and where the run
    /// starts in it; the edges are offsets from there.
    var block: [UInt8] = []
    var offset = 0
    /// Field edges of all records back to back: record `r` has the edges
    /// `edges[firstEdge[r] ... firstEdge[r + 1] - 1]` (its field count plus one), with field `i`
    /// at `edge[i] ..< edge[i + 1] - 1`, as in ``PlainRecords``.
    var edges: [Int] = []
    var firstEdge: [Int] = [0]
    var lines: [Int] = []
    var repeatsPrefix: [Bool] = []

    var count: Int { lines.count }

    /// Splits every record of a plain run.
    init(_ records: inout PlainRecords) {
        block = records.block
        offset = records.blockOffset
        // About one field per six bytes and one record per fifty in a tidy file: room for
        // most runs without growing.
        edges.reserveCapacity(records.bytes.count / 6)
        lines.reserveCapacity(records.bytes.count / 40)
        repeatsPrefix.reserveCapacity(records.bytes.count / 40)
        firstEdge.reserveCapacity(records.bytes.count / 40 + 1)
        while records.next() {
            records.appendEdges(to: &edges)
            firstEdge.append(edges.count)
            lines.append(records.line)
            repeatsPrefix.append(records.repeatsPrefix)
        }
    }

    /// Calls `body` with a cursor over the records (when there are any).
    func withRecords(_ body: (inout SplitRecords) -> Void) {
        block.withUnsafeBufferPointer { bytes in
            edges.withUnsafeBufferPointer { edges in
                firstEdge.withUnsafeBufferPointer { firstEdge in
                    lines.withUnsafeBufferPointer { lines in
                        repeatsPrefix.withUnsafeBufferPointer { repeats in
                            guard let base = bytes.baseAddress, let edgeBase = edges.baseAddress else { return }
                            var records = SplitRecords(base: base + offset, edges: edgeBase, firstEdge: firstEdge, lines: lines, repeats: repeats)
                            body(&records)
                        }
                    }
                }
            }
        }
    }
}

/// The records of a ``SplitRun``, one at a time, with their fields as byte ranges of the run.
/// The innermost loop of reading, so fields are found through raw pointers: the run's edges
/// were made by splitting its bytes, so every field lies inside them.
struct SplitRecords {
    private let base: UnsafePointer<UInt8>
    private let edges: UnsafePointer<Int>
    private let firstEdge: UnsafeBufferPointer<Int>
    private let lines: UnsafeBufferPointer<Int>
    private let repeats: UnsafeBufferPointer<Bool>
    /// The current record (-1 before the first).
    private var index = -1
    /// Where the current record's edges start.
    private var first = 0
    /// The number of fields of the current record.
    private(set) var count = 0

    fileprivate init(base: UnsafePointer<UInt8>, edges: UnsafePointer<Int>, firstEdge: UnsafeBufferPointer<Int>,
                     lines: UnsafeBufferPointer<Int>, repeats: UnsafeBufferPointer<Bool>) {
        self.base = base
        self.edges = edges
        self.firstEdge = firstEdge
        self.lines = lines
        self.repeats = repeats
    }

    /// Moves to the next record; false after the last.
    @inline(__always)
    mutating func next() -> Bool {
        guard index + 1 < lines.count else { return false }
        index += 1
        first = firstEdge[index]
        count = firstEdge[index + 1] - first - 1
        return true
    }

    /// The line of the current record.
    var line: Int { lines[index] }

    /// Whether the current record's leading fields are, byte for byte, the record before's
    /// (see ``PlainRecords/repeatsPrefix``).
    var repeatsPrefix: Bool { repeats[index] }

    /// The bytes of field `index` (`0..<count`) of the current record.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field index out of range")
        let start = edges[first + index]
        return UnsafeBufferPointer(start: base + start, count: edges[first + index + 1] - 1 - start)
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

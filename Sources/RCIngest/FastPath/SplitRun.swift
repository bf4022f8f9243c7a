/// A plain run (see ``CSVTokenizer/withPlainRun(prefixFields:_:)``) already split into
/// records and fields: its bytes and, for each record, where its fields lie, its line and
/// whether it repeats the record before's leading fields. Splitting is the part of reading that
/// needs no knowledge of the survey, so it can happen on one thread and the reading proper on
/// another (``RecordStream``).
///
/// With a ``RepeatPlan`` the rows of a tidy file that repeat the row before's tie are reduced
/// further, to a code: their dimension (by the ingestor's own rule) and their one-byte value.
/// Six rows in seven of a tidy file are such rows, and the reader takes them from the code
/// without touching their bytes again.
///
/// With a ``WidePlan`` the rows of a wide export are reduced to their answer fields' bytes (one
/// each, 0 for an empty field) and the edges of the few fields that say whose answers they
/// are, so the reader codes them without the edges of every field.
struct SplitRun: Sendable {
    /// Which records to reduce to a code: those with the plan's number of fields, the tie
    /// columns first, then the dimension, then the value.
    struct RepeatPlan: Sendable {
        var fields: Int
        /// Whether the last tie column is the target, so that a row changing only the target
        /// (the first row of a rater's next tie) can be coded too.
        var codesTargets: Bool
    }

    /// Which records of a wide export to reduce to their answers' bytes: those with at least
    /// `minFields` fields whose answer fields are each empty, one ASCII byte (not NUL), or a
    /// longer spelling ("Ved ikke", a label) among the first ``spellingPlaces`` of the file.
    struct WidePlan: Sendable {
        /// How many longer spellings of answers the reading thread tells apart (by place).
        static let spellingPlaces = 127

        /// The byte of the longer spelling with code `code` (its place + 1, 1…127): 0x80…0xFE.
        @inline(__always)
        static func spelled(_ code: UInt16) -> UInt8 {
            assert(code >= 1 && Int(code) <= spellingPlaces, "a spelling's place")
            return UInt8(truncatingIfNeeded: 0x7F &+ code)
        }

        /// The answer columns' fields, in the layout's order.
        var answerFields: [Int]
        /// The fields the reader needs besides (respondent, rater, round): their edges are kept.
        var keyFields: [Int]
        var minFields: Int

        init(answerFields: [Int], keyFields: [Int]) {
            self.answerFields = answerFields
            self.keyFields = keyFields
            minFields = (answerFields + keyFields).max().map { $0 + 1 } ?? 0
        }
    }

    /// The block the run lies in (shared with the tokenizer, not copied), and where the run
    /// starts in it; offsets are from there.
    var block: [UInt8] = []
    var offset = 0
    var delimiter: UInt8 = 0
    /// What the run says about each of its records.
    struct Entry {
        /// Its line, after the run's first, and where it starts (a run is shorter than 2 GiB:
        /// see ``CSVTokenizer/withPlainRun(prefixFields:_:)``).
        var line: Int32
        var start: Int32
        /// Its code (``RowCode/none``: its fields are split in `edges`).
        var code: RowCode
        /// Whether it repeats the leading fields of the record before.
        var repeatsPrefix: Bool
        /// For a record with a code that repeats the leading fields of the record before but
        /// the target: the target's code; else ``TargetCode/none``.
        var target: TargetCode
    }

    /// The entries, and the field edges of the records without a code (see `Storage`).
    let storage: Storage
    /// The line of the run's first record.
    var firstLine = 0
    let plan: RepeatPlan?
    let widePlan: WidePlan?
    /// The most fields of a record coded ``RowCode/wideRow`` (its fields are split again, into
    /// scratch room, when the reader needs them all).
    private(set) var mostCodedFields = 0

    /// What the reading thread made of the run, written once and then only read (so it can be
    /// shared between threads): an entry per record and the field edges of the records
    /// without a code, back to back — the `r`-th of them has the edges
    /// `edges[firstEdge[r] ... firstEdge[r + 1] - 1]` (its field count plus one), with field `i`
    /// at `edge[i] ..< edge[i + 1] - 1`, as in ``PlainRecords``.
    ///
    /// With a wide plan, the `w`-th record coded ``RowCode/wideRow`` has its answer fields'
    /// bytes at `wideValues[w * answerFields.count ..< (w + 1) * answerFields.count]` and its
    /// key fields at `keyEdges[w * 2 * keyFields.count ...]`, a start and a count each.
    final class Storage: @unchecked Sendable {
        let entries: GrowingBuffer<Entry>
        let edges: GrowingBuffer<Int>
        let firstEdge: GrowingBuffer<Int>
        let wideValues: GrowingBuffer<UInt8>
        let keyEdges: GrowingBuffer<Int>

        init(
            entries: GrowingBuffer<Entry>, edges: GrowingBuffer<Int>, firstEdge: GrowingBuffer<Int>,
            wideValues: GrowingBuffer<UInt8>, keyEdges: GrowingBuffer<Int>
        ) {
            self.entries = entries
            self.edges = edges
            self.firstEdge = firstEdge
            self.wideValues = wideValues
            self.keyEdges = keyEdges
        }

        deinit {
            entries.deallocate()
            edges.deallocate()
            firstEdge.deallocate()
            wideValues.deallocate()
            keyEdges.deallocate()
        }
    }

    var count: Int { storage.entries.count }

    /// Splits every record of a plain run; `dimensions` and `targets` are the reading thread's
    /// memos of dimension and target spellings, used with a plan; `values` of longer answer
    /// spellings, used with a `widePlan` (never with `plan`), which reduces a wide export's rows.
    init(
        _ records: inout PlainRecords, plan: RepeatPlan?, widePlan: WidePlan? = nil, dimensions: inout Spellings,
        targets: inout Spellings, values: inout Spellings
    ) {
        precondition(plan == nil || widePlan == nil, "a tidy or a wide plan")
        block = records.block
        offset = records.blockOffset
        delimiter = records.delimiter
        firstLine = records.firstLine
        self.plan = plan
        self.widePlan = widePlan
        // About one record per fifty bytes in a tidy file, and one in seven with its fields:
        // room for most runs without growing.
        let expected = records.bytes.count / 40
        var entries = GrowingBuffer<Entry>(capacity: expected)
        // Without a plan, room for a field every other byte (a wide export's one-byte answers), so
        // that the edges are not copied as they grow; with a wide plan, room for its answer bytes.
        var edges = GrowingBuffer<Int>(
            capacity: plan == nil && widePlan == nil ? records.bytes.count / 2 + 2 : records.bytes.count / 30)
        var firstEdge = GrowingBuffer<Int>(capacity: plan == nil ? expected + 1 : expected / 4 + 1)
        var wideValues = GrowingBuffer<UInt8>(capacity: widePlan == nil ? 0 : records.bytes.count / 2 + 2)
        var keyEdges = GrowingBuffer<Int>(capacity: widePlan == nil ? 0 : records.bytes.count / 64)
        firstEdge.append(0)
        while true {
            if let plan, records.readRepeats(plan, &dimensions, &targets, into: &entries) { continue }
            guard records.next() else { break }
            var code = RowCode.none
            if let plan { code = SplitRun.code(of: records, plan, &dimensions, &targets) }
            if let widePlan, records.count >= widePlan.minFields,
                records.appendWide(widePlan, &values, values: &wideValues, keys: &keyEdges)
            {
                code = .wideRow
                mostCodedFields = max(mostCodedFields, records.count)
            }
            if !code.isCoded {
                records.appendEdges(to: &edges)
                firstEdge.append(edges.count)
            }
            entries.append(
                Entry(
                    line: Int32(truncatingIfNeeded: records.line &- firstLine),
                    start: Int32(truncatingIfNeeded: records.start),
                    code: code, repeatsPrefix: records.repeatsPrefix, target: .none))
        }
        storage = Storage(
            entries: entries, edges: edges, firstEdge: firstEdge, wideValues: wideValues, keyEdges: keyEdges)
    }

    /// The code of a record ``PlainRecords/next()`` read: that of a tidy row repeating its tie
    /// with a known dimension and a one-byte value, else 0. The target and dimension of a row
    /// starting a new tie are learnt, for coding the rows that start a tie later.
    private static func code(
        of records: borrowing PlainRecords, _ plan: RepeatPlan,
        _ dimensions: inout Spellings, _ targets: inout Spellings
    ) -> RowCode {
        guard records.count == plan.fields else { return .none }
        guard records.repeatsPrefix else {
            if plan.codesTargets {
                _ = targets.code(of: records.field(plan.fields - 3))
                _ = dimensions.code(of: records.field(plan.fields - 2))
            }
            return .none
        }
        let value = records.field(plan.fields - 1)
        guard value.count == 1 else { return .none }
        let dimension = dimensions.code(of: records.field(plan.fields - 2))
        return dimension == 0 ? .none : RowCode(dimensionCode: dimension, value: value[0])
    }

    /// Calls `body` with a cursor over the records (when there are any).
    func withRecords(_ body: (inout SplitRecords) -> Void) {
        let scratchCount = max(plan?.fields ?? 0, mostCodedFields) + 1
        // The storage's buffers live as long as it does.
        withExtendedLifetime(storage) {
            block.withUnsafeBufferPointer { bytes in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: scratchCount) { scratch in
                    guard let base = bytes.baseAddress, let scratch = scratch.baseAddress else { return }
                    var records = SplitRecords(
                        base: base + offset, edges: UnsafePointer(storage.edges.base),
                        firstEdge: storage.firstEdge.elements,
                        entries: storage.entries.elements, firstLine: firstLine, scratch: scratch, delimiter: delimiter,
                        wideValues: UnsafePointer(storage.wideValues.base),
                        answerCount: widePlan?.answerFields.count ?? 0,
                        keyEdges: UnsafePointer(storage.keyEdges.base), keyCount: widePlan?.keyFields.count ?? 0)
                    body(&records)
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
    private let entries: UnsafeBufferPointer<SplitRun.Entry>
    private let firstLine: Int
    /// Room for the edges of a record with a code, split again when its fields are needed.
    private let scratch: UnsafeMutablePointer<Int>
    let delimiter: UInt8
    /// A wide plan's answer bytes and key field edges (see ``SplitRun/Storage``).
    private let wideValues: UnsafePointer<UInt8>
    private let answerCount: Int
    private let keyEdges: UnsafePointer<Int>
    private let keyCount: Int
    /// The current record (-1 before the first), how many records before it had no code, and
    /// how many were coded ``RowCode/wideRow``.
    private var index = -1
    private var split = 0
    private var wide = 0
    /// The current record's edges; nil for a record with a code until ``splitFields()``.
    private var current: UnsafePointer<Int>?
    /// The number of fields of the current record (with its edges).
    private(set) var count = 0
    /// The current record's code (see ``SplitRun``); ``RowCode/none`` when its fields were split.
    private(set) var code = RowCode.none

    fileprivate init(
        base: UnsafePointer<UInt8>, edges: UnsafePointer<Int>, firstEdge: UnsafeBufferPointer<Int>,
        entries: UnsafeBufferPointer<SplitRun.Entry>, firstLine: Int, scratch: UnsafeMutablePointer<Int>,
        delimiter: UInt8, wideValues: UnsafePointer<UInt8>, answerCount: Int, keyEdges: UnsafePointer<Int>,
        keyCount: Int
    ) {
        self.base = base
        self.edges = edges
        self.firstEdge = firstEdge
        self.entries = entries
        self.firstLine = firstLine
        self.scratch = scratch
        self.delimiter = delimiter
        self.wideValues = wideValues
        self.answerCount = answerCount
        self.keyEdges = keyEdges
        self.keyCount = keyCount
    }

    /// Moves to the next record; false after the last.
    @inline(__always)
    mutating func next() -> Bool {
        guard index + 1 < entries.count else { return false }
        index += 1
        code = entries[index].code
        if !code.isCoded {
            let first = firstEdge[split]
            count = firstEdge[split + 1] - first - 1
            current = edges + first
            split += 1
        } else {
            if code == .wideRow { wide += 1 }
            count = 0
            current = nil
        }
        return true
    }

    /// The answer fields' bytes of the current record, coded ``RowCode/wideRow``: one per
    /// answer column of the wide plan, 0 for an empty field.
    @inline(__always)
    var wideAnswerBytes: UnsafeBufferPointer<UInt8> {
        precondition(code == .wideRow, "a record coded as a wide row")
        return UnsafeBufferPointer(start: wideValues + (wide &- 1) &* answerCount, count: answerCount)
    }

    /// Key field `k` (in the wide plan's `keyFields`) of the current record, coded ``RowCode/wideRow``.
    @inline(__always)
    func keyField(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(code == .wideRow && k >= 0 && k < keyCount, "a key field of a wide row")
        let at = ((wide &- 1) &* keyCount &+ k) &* 2
        return UnsafeBufferPointer(start: base + keyEdges[at], count: keyEdges[at &+ 1])
    }

    /// The code of the record `offset` records after the current one (0 for the current one)
    /// when it repeats the tie of the record before it; ``RowCode/none`` past the last.
    @inline(__always)
    func repeatCode(after offset: Int) -> RowCode {
        guard index + offset < entries.count else { return .none }
        let entry = entries[index + offset]
        return entry.target.isNone ? entry.code : .none
    }

    /// The current record's target code (see ``SplitRun/Entry/target``).
    var target: TargetCode { entries[index].target }

    /// Where the current record starts.
    var start: UnsafePointer<UInt8> { base + Int(entries[index].start) }

    /// Moves on past `count` records with a code, which must follow the current record.
    mutating func skip(_ records: Int) {
        guard records > 0 else { return }
        precondition(index + records < entries.count, "skipping past the last record")
        assert((index + 1...index + records).allSatisfy { entries[$0].code.isCoded }, "skipping a record with fields")
        index += records
        code = entries[index].code
        count = 0
        current = nil
    }

    /// Splits the current record's line into fields, for a record with a code (which has
    /// none split): its line holds no quote, so it splits at each delimiter up to the line
    /// break.
    mutating func splitFields() {
        guard current == nil else { return }
        var i = Int(entries[index].start)
        scratch[0] = i
        count = 0
        while base[i] != UInt8(ascii: "\n") && base[i] != UInt8(ascii: "\r") {
            if base[i] == delimiter {
                count += 1
                scratch[count] = i + 1
            }
            i += 1
        }
        count += 1
        scratch[count] = i + 1
        current = UnsafePointer(scratch)
    }

    /// The line of the current record.
    var line: Int { firstLine + Int(entries[index].line) }

    /// Whether the current record's leading fields are, byte for byte, the record before's
    /// (see ``PlainRecords/repeatsPrefix``).
    var repeatsPrefix: Bool { entries[index].repeatsPrefix }

    /// The bytes of field `index` (`0..<count`) of the current record.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field index out of range")
        let edges = current.unsafelyUnwrapped
        let start = edges[index]
        return UnsafeBufferPointer(start: base + start, count: edges[index + 1] - 1 - start)
    }

    /// The run's bytes and the current record's field edges, for a loop over many of its
    /// fields: field `i` (`0..<count`) is `bytes[edges[i] ..< edges[i + 1] - 1]`. Only for a
    /// record whose fields are split.
    @inline(__always)
    var fieldEdges: (bytes: UnsafePointer<UInt8>, edges: UnsafePointer<Int>) {
        precondition(current != nil, "the record's fields are split")
        return (base, current.unsafelyUnwrapped)
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

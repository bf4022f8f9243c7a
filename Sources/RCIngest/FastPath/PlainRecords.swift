@_spi(FastPath) import RCSurvey

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The records of a plain run (see ``CSVTokenizer/withPlainRun(prefixFields:_:)``), one at a
/// time, split into fields at byte offsets of the run: no copying, no Strings.
///
/// The run holds whole lines with no quote and no NUL, so a record is its line split at the
/// delimiter, exactly as the tokenizer would read it; blank lines are skipped but counted.
/// A record too long or with too many fields to read here stops the run before it, and the
/// tokenizer reads it (and reports the problem).
///
/// This is the innermost loop of reading a large file, so it works on raw pointers: every
/// offset it forms lies inside the run, which is not empty and ends in LF.
struct PlainRecords: ~Copyable {
    struct Progress {
        var bytes: Int
        var lines: Int
        var records: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    /// The block the run lies in, from `blockOffset` on (so the run can be kept without copying).
    let block: [UInt8]
    let blockOffset: Int
    let delimiter: UInt8
    let maxRecordBytes: Int
    let maxFields: Int
    /// The line of the run's first record (or blank line).
    let firstLine: Int
    /// Where the next record (or blank line) starts.
    private var position = 0
    private var nextLine: Int
    private var records = 0
    /// The line of the current record.
    private(set) var line = 0
    /// Field `i` of the current record is `edges[i] ..< edges[i + 1] - 1`; room for
    /// `edgeCapacity` of them, grown as records with more fields come.
    private var edges: UnsafeMutablePointer<Int>
    private var edgeCapacity: Int
    /// How many leading fields ``repeatsPrefix`` is about (0: none).
    let prefixFields: Int
    /// Whether the first ``prefixFields`` fields of the current record are, byte for byte, those
    /// of the record before it in this run (so they mean the same; a tidy file repeats the
    /// respondent, roles and round on every row of a tie).
    private(set) var repeatsPrefix = false
    /// Where the last record ``next()`` split starts (`edges` are its), and the length of its
    /// first `prefixFields` fields with the delimiter after them (0 when it has no more fields
    /// than that).
    private var recordStart = 0
    /// Where the current record starts (after ``readRepeats(_:into:)``, later than `recordStart`).
    private var currentStart = 0
    private var prefixLength = 0

    /// `bytes`, the run, are `block[blockOffset...]` up to a point; they must not be empty and
    /// must end in LF.
    init(
        _ bytes: UnsafeBufferPointer<UInt8>, block: [UInt8], blockOffset: Int, line: Int, delimiter: UInt8,
        maxRecordBytes: Int, maxFields: Int, prefixFields: Int
    ) {
        precondition(bytes.last == UInt8(ascii: "\n"), "a plain run ends in a line break")
        self.bytes = bytes
        self.block = block
        self.blockOffset = blockOffset
        self.base = bytes.baseAddress!
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
        self.maxFields = maxFields
        self.prefixFields = prefixFields
        self.firstLine = line
        self.nextLine = line
        edgeCapacity = max(64, prefixFields + 2)
        edges = .allocate(capacity: edgeCapacity)
    }

    deinit {
        edges.deallocate()
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
        let base = self.base
        var i = position
        // Blank lines.
        while i < n, base[i] == lf || base[i] == cr {
            i += base[i] == cr && i + 1 < n && base[i + 1] == lf ? 2 : 1
            nextLine += 1
            position = i
        }
        guard i < n else { return false }
        let start = i
        // The leading fields this record shares, byte for byte, with the last one split (all
        // of them when it repeats the prefix; in a tidy file, at the first row of a tie, those
        // before the target): their edges are that record's, shifted; the rest is scanned.
        var fields = sharedFields(at: start)
        repeatsPrefix = fields > 0 && fields == prefixFields
        let shift = start &- recordStart
        for k in 0...fields { edges[k] &+= shift }
        edges[0] = start
        i = edges[fields]
        // The run ends in LF, so every record ends in a line break inside it. Eight bytes at a
        // time: a mask flags each delimiter and line break in the word.
        let delimiter = self.delimiter
        scan: while true {
            if i + 8 <= n {
                var mask = PlainRecords.specials(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), delimiter)
                while mask != 0 {
                    let k = i &+ mask.trailingZeroBitCount &>> 3
                    mask &= mask &- 1
                    let b = base[k]
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
                while true {
                    // Stops at the final LF at the latest.
                    let b = base[i]
                    if b == delimiter {
                        fields += 1
                        setEdge(fields, i + 1)
                    } else if b == lf || b == cr {
                        break scan
                    }
                    i += 1
                }
            }
        }
        guard i - start <= maxRecordBytes, fields + 1 < maxFields else { return false }
        fields += 1
        setEdge(fields, i + 1)
        count = fields
        i += base[i] == cr && i + 1 < n && base[i + 1] == lf ? 2 : 1
        line = nextLine
        nextLine += 1
        position = i
        records += 1
        recordStart = start
        currentStart = start
        prefixLength = prefixFields > 0 && fields > prefixFields ? edges[prefixFields] - start : 0
        return true
    }

    /// Counts the records from here on as ``next()`` would read them, without splitting them
    /// (for `rckit inspect`, which counts the rows it does not show): a line break ends each, a
    /// blank line is none. Stops where ``next()`` would stop, before a record too long or with
    /// too many fields for the fast path, which the tokenizer then reads (and reports).
    mutating func countRecords() -> Int {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let n = bytes.count
        let base = self.base
        var i = position
        var line = nextLine
        var counted = 0
        while i < n {
            if base[i] == lf || base[i] == cr {
                i += base[i] == cr && i + 1 < n && base[i + 1] == lf ? 2 : 1
                line += 1
                continue
            }
            // The run ends in LF, so there is one; a CR before it ends the record first.
            guard let found = memchr(base + i, Int32(lf), n - i) else { break }
            var end = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if let early = memchr(base + i, Int32(cr), end - i) {
                end = UnsafeRawPointer(early).assumingMemoryBound(to: UInt8.self) - base
            }
            guard end - i <= maxRecordBytes else { break }
            if end - i + 1 >= maxFields {
                // As many fields as bytes is possible only here: count the delimiters.
                var delimiters = 0
                for k in i..<end where base[k] == delimiter { delimiters += 1 }
                guard delimiters + 1 < maxFields else { break }
            }
            counted += 1
            line += 1
            i = end + (base[end] == cr && end + 1 < n && base[end + 1] == lf ? 2 : 1)
        }
        position = i
        nextLine = line
        records += counted
        return counted
    }

    /// Reads on over the records that are tidy rows of the last split record's tie: the same
    /// ``prefixFields`` leading fields, then a dimension spelling `dimensions` knows, the
    /// delimiter, a one-byte value and the line break — so exactly two fields more, read here
    /// without scanning for delimiters (and not split: ``field(_:)`` is not for them). With
    /// ``SplitRun/RepeatPlan/codesTargets`` a row may also start the next tie of the same
    /// respondent, round and rater: the same fields before the target (the last tie column),
    /// then a target spelling `targets` knows; the rows after it repeat its tie. Appends an entry
    /// for each, with the dimension's code and the value byte (``RowCode``) and the
    /// target's code where it has a new one (see ``SplitRun``). Stops before the first record
    /// that is not such a row (read it with ``next()``); false when there was none.
    ///
    /// The innermost loop of reading a tidy file (nearly every row), so it keeps its state in
    /// locals and stores it once at the end.
    mutating func readRepeats(
        _ plan: SplitRun.RepeatPlan, _ dimensions: inout Spellings, _ targets: inout Spellings,
        into entries: inout GrowingBuffer<SplitRun.Entry>
    ) -> Bool {
        var length = prefixLength
        let n = bytes.count
        guard length > 0, prefixFields + 2 < maxFields else { return false }
        let base = self.base, delimiter = self.delimiter, firstLine = self.firstLine
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // The tie the rows repeat: at first the last split record's, later the last row's with
        // a new target. The bytes before the target are the same in all of them (0: targets
        // are not coded).
        var prefix = base + recordStart
        let shared = plan.codesTargets ? edges[prefixFields &- 1] &- recordStart : 0
        var tieStart = -1
        var start = position
        var lastStart = start
        var lineNumber = nextLine
        while true {
            let dimensionStart: Int
            var target = TargetCode.none
            // ``repeatsPrefix(at:)``, with the prefix's place and length held in locals.
            if start &+ length < n, ByteKeyTable.equal(base + start, prefix, count: length) {
                dimensionStart = start &+ length
            } else if shared > 0, start &+ shared < n, ByteKeyTable.equal(base + start, prefix, count: shared),
                let (spelling, code) = targets.match(
                    base + (start &+ shared), available: n &- start &- shared, delimiter: delimiter)
            {
                target = TargetCode(raw: UInt8(truncatingIfNeeded: code))
                dimensionStart = start &+ shared &+ spelling &+ 1
            } else {
                break
            }
            guard
                let (spelling, code) = dimensions.match(
                    base + dimensionStart, available: n &- dimensionStart, delimiter: delimiter),
                code != 0
            else { break }
            // The value, then a line break (the match leaves room for both).
            let valueAt = dimensionStart &+ spelling &+ 1
            let value = base[valueAt], lineBreak = base[valueAt &+ 1]
            guard value != delimiter, value != lf, value != cr, lineBreak == lf || lineBreak == cr,
                valueAt &+ 1 &- start <= maxRecordBytes
            else { break }
            entries.append(
                SplitRun.Entry(
                    line: Int32(truncatingIfNeeded: lineNumber &- firstLine), start: Int32(truncatingIfNeeded: start),
                    code: RowCode(dimensionCode: code, value: value), repeatsPrefix: target.isNone, target: target))
            if !target.isNone {
                prefix = base + start
                length = dimensionStart &- start
                tieStart = start
            }
            lineNumber &+= 1
            lastStart = start
            start = valueAt &+ (lineBreak == cr && valueAt &+ 2 < n && base[valueAt &+ 2] == lf ? 3 : 2)
        }
        guard lineNumber > nextLine else { return false }
        if tieStart >= 0 {
            // Later records compare with the last row with a new target, so its leading edges
            // become the split record's: those before the target shifted, the target's end new.
            let shift = tieStart &- recordStart
            for k in 0..<prefixFields { edges[k] &+= shift }
            edges[prefixFields] = tieStart &+ length
            recordStart = tieStart
            prefixLength = length
        }
        records += lineNumber - nextLine
        line = lineNumber - 1
        nextLine = lineNumber
        position = start
        currentStart = lastStart
        count = prefixFields + 2
        repeatsPrefix = lastStart != tieStart
        return true
    }

    /// How many of the last split record's leading fields (up to ``prefixFields``), each with
    /// the delimiter after it, the bytes at `start` begin with: all of them when
    /// ``repeatsPrefix(at:)``; otherwise those wholly before the first differing byte.
    @inline(__always)
    private func sharedFields(at start: Int) -> Int {
        let length = prefixLength
        guard length > 0, start &+ length < bytes.count else { return 0 }
        if repeatsPrefix(at: start) { return prefixFields }
        // The first differing byte, a word at a time (a tail shorter than a word counts as
        // differing): the last record's prefix lies before `start`, and this one's first
        // `length` bytes within the run.
        let a = UnsafeRawPointer(base + start), b = UnsafeRawPointer(base + recordStart)
        var same = 0
        while same &+ 8 <= length {
            let difference =
                a.loadUnaligned(fromByteOffset: same, as: UInt64.self)
                ^ b.loadUnaligned(fromByteOffset: same, as: UInt64.self)
            if difference != 0 {
                same &+= UInt64(littleEndian: difference).trailingZeroBitCount &>> 3
                break
            }
            same &+= 8
        }
        var fields = prefixFields &- 1
        while fields > 0, edges[fields] &- recordStart > same { fields &-= 1 }
        return fields
    }

    /// Whether the bytes at `start` begin with the last record's leading fields and their
    /// delimiter (the last record lies wholly before `start`, and the run goes on past
    /// `start + prefixLength`).
    @inline(__always)
    private func repeatsPrefix(at start: Int) -> Bool {
        prefixLength > 0 && start + prefixLength < bytes.count
            && ByteKeyTable.equal(base + start, base + recordStart, count: prefixLength)
    }

    @inline(__always)
    private mutating func setEdge(_ index: Int, _ offset: Int) {
        if index >= edgeCapacity { growEdges() }
        edges[index] = offset
    }

    @inline(never)
    private mutating func growEdges() {
        edges = edges.doubled(capacity: &edgeCapacity, keeping: edgeCapacity)
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

    /// Where the current record starts in the run.
    var start: Int { currentStart }

    /// The bytes of field `index` (`0..<count`) of the current record.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field index out of range")
        return UnsafeBufferPointer(start: base + edges[index], count: edges[index + 1] - 1 - edges[index])
    }

    /// Appends the current record's answer fields' bytes and key fields' edges by a wide plan:
    /// an empty field as 0, a one-byte field (ASCII, not NUL) as its byte, a longer one as
    /// 0x7F + its code in `spellings` (``SplitRun/WidePlan/spelled(_:)``). Appends nothing and
    /// returns false when a field is none of these (a NUL, a spelling too long for the memo or
    /// past its last place). The record has at least the plan's `minFields` fields.
    @inline(__always)
    func appendWide(
        _ plan: SplitRun.WidePlan, _ spellings: inout Spellings, values: inout GrowingBuffer<UInt8>,
        keys: inout GrowingBuffer<Int>
    ) -> Bool {
        assert(count >= plan.minFields, "the record has the plan's fields")
        let n = plan.answerFields.count
        let bytes = values.reserve(n)
        let ok = plan.answerFields.withUnsafeBufferPointer { fields in
            var k = 0
            while k < n {
                let f = fields[k]
                let start = edges[f], length = edges[f &+ 1] &- 1 &- start
                if length == 0 {
                    bytes[k] = 0
                } else if length == 1, base[start] != 0, base[start] < 0x80 {
                    bytes[k] = base[start]
                } else {
                    let code = spellings.code(of: UnsafeBufferPointer(start: base + start, count: length))
                    guard code != 0 else { return false }
                    bytes[k] = SplitRun.WidePlan.spelled(code)
                }
                k &+= 1
            }
            return true
        }
        guard ok else { return false }
        values.commit(n)
        for f in plan.keyFields {
            keys.append(edges[f])
            keys.append(edges[f + 1] - 1 - edges[f])
        }
        return true
    }

    /// Appends the current record's edges (its field count plus one offsets into the run; field
    /// `i` is `edge[i] ..< edge[i + 1] - 1`).
    @inline(__always)
    func appendEdges(to list: inout GrowingBuffer<Int>) {
        // One by one: a handful per record, where a bulk copy would cost a call each time.
        for k in 0...count { list.append(edges[k]) }
    }
}

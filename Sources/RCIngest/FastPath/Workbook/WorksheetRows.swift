/// The rows of a worksheet after its head, as the fast path keeps them until the whole sheet has
/// been read (only then is it known that the general reader would read the same rows: it sorts
/// rows, fills merged ranges and pads rows to the widest, all of which the sheet's end can
/// change): each row reduced to its answers' bytes and key fields by the wide plan, as a CSV
/// file's plain runs are (``SplitRun/WidePlan``), or, when it cannot be, kept as a record.
///
/// An answer's byte is 0 for an empty cell, the byte of a one-byte ASCII text, or 0x7F + the
/// place of a longer text among the first ``SplitRun/WidePlan/spellingPlaces`` (``spellings``),
/// so that each byte stands for one text, which ``WorksheetRowCursor`` gives back.
struct WorksheetRows {
    let plan: SplitRun.WidePlan
    /// For each column up to the plan's last, its answer's index in the plan (-1: none).
    let answerColumns: [Int]
    /// Whether a column is more than one answer's.
    let sharesColumns: Bool
    /// Each row: its number, and the index of its record (-1: reduced).
    private(set) var entries: [(line: Int32, record: Int32)] = []
    /// The reduced rows' answer bytes, one per answer column each.
    private(set) var answers: [UInt8] = []
    /// The reduced rows' key fields' texts back to back, and the length of each.
    private(set) var keyText: [UInt8] = []
    private(set) var keyLengths: [Int32] = []
    /// The rows kept as records (padded to the sheet's width when read).
    private(set) var records: [CSVRecord] = []
    /// The longer answer texts, by place, and the places of shared strings already met.
    private(set) var spellings: [[UInt8]] = []
    private var spellingPlaces: [[UInt8]: Int] = [:]
    private var sharedPlaces: [Int32: UInt8] = [:]
    private var keyScratch: [Int]
    /// Whether each column up to the plan's last is a key field's.
    private let isKey: [Bool]

    init(plan: SplitRun.WidePlan, expectedRows: Int) {
        self.plan = plan
        var answerOf = [Int](repeating: -1, count: plan.minFields)
        for (k, field) in plan.answerFields.enumerated() where answerOf[field] < 0 { answerOf[field] = k }
        answerColumns = answerOf
        sharesColumns = Set(plan.answerFields).count < plan.answerFields.count
        keyScratch = [Int](repeating: -1, count: plan.keyFields.count)
        var isKey = [Bool](repeating: false, count: plan.minFields)
        for field in plan.keyFields { isKey[field] = true }
        self.isKey = isKey
        answers.reserveCapacity(expectedRows * plan.answerFields.count)
        entries.reserveCapacity(expectedRows)
    }

    /// Forgets the rows kept so far (handed to the sink), keeping what the bytes stand for.
    mutating func removeRows() {
        entries.removeAll(keepingCapacity: true)
        answers.removeAll(keepingCapacity: true)
        keyText.removeAll(keepingCapacity: true)
        keyLengths.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }

    /// Keeps a row (the scanner's current one), reduced where it can be.
    mutating func add(_ line: Int, _ row: SheetRow) {
        if !reduce(row) {
            records.append(CSVRecord(fields: row.fields, line: line))
            entries.append((Int32(line), Int32(records.count - 1)))
        } else {
            entries.append((Int32(line), -1))
        }
    }

    /// Appends the row's answer bytes and key fields; false, having appended nothing, when an
    /// answer has a text no byte stands for, or the respondent is not a trimmed text (the
    /// record is then kept whole).
    private mutating func reduce(_ row: SheetRow) -> Bool {
        let n = plan.answerFields.count
        // The cell of each key field (-1: none), in room kept from row to row.
        var keys = keyScratch
        keyScratch = []
        defer { keyScratch = keys }
        for k in keys.indices { keys[k] = -1 }
        let answerOf = answerColumns, isKey = self.isKey
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { bytes -> Bool in
            if row.direct > 0 {
                _ = bytes.initialize(from: row.answers)
            } else {
                bytes.initialize(repeating: 0)
            }
            for c in 0..<row.count {
                let column = Int(row.columns[c])
                if column < answerOf.count, answerOf[column] >= 0 {
                    let text = row.bytes(c)
                    let byte: UInt8
                    if text.count == 1, text[0] != 0, text[0] < 0x80 {
                        byte = text[0]
                    } else if row.shared[c] >= 0, let known = sharedPlaces[row.shared[c]] {
                        byte = known
                    } else {
                        guard let place = place(of: Array(text)) else { return false }
                        byte = SplitRun.WidePlan.spelled(UInt16(place + 1))
                        if row.shared[c] >= 0 { sharedPlaces[row.shared[c]] = byte }
                    }
                    // A later cell of a column replaces an earlier one, as in the general reader.
                    bytes[answerOf[column]] = byte
                    if sharesColumns {
                        for k in answerOf[column]..<n where plan.answerFields[k] == column { bytes[k] = byte }
                    }
                }
                if column < isKey.count, isKey[column] {
                    for (k, field) in plan.keyFields.enumerated() where field == column { keys[k] = c }
                }
            }
            let respondent = keys[0] >= 0 ? row.bytes(keys[0]) : UnsafeBufferPointer(start: nil, count: 0)
            guard FieldMeanings.isTrimmed(respondent) else { return false }
            answers.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<n]))
            for key in keys {
                if key >= 0 {
                    let text = row.bytes(key)
                    keyLengths.append(Int32(text.count))
                    keyText.append(contentsOf: text)
                } else {
                    keyLengths.append(0)
                }
            }
            return true
        }
    }

    /// The place of a longer answer text, learnt when new; nil when the places are all taken.
    private mutating func place(of spelling: [UInt8]) -> Int? {
        if let known = spellingPlaces[spelling] { return known }
        guard spellings.count < SplitRun.WidePlan.spellingPlaces else { return nil }
        spellingPlaces[spelling] = spellings.count
        spellings.append(spelling)
        return spellings.count - 1
    }
}

/// The reduced rows of ``WorksheetRows``, one at a time, as the wide fast path reads a CSV
/// file's (``WideRecordCursor``): each row's key fields and answer bytes, and, split on request,
/// its fields — the key and answer columns' texts given back from their bytes, every other
/// column empty (the wide layout reads no other, and a reduced row has a respondent, so it is
/// never blank).
struct WorksheetRowCursor: WideRecordCursor {
    private let answers: UnsafePointer<UInt8>
    private let keyText: UnsafePointer<UInt8>
    private let keyLengths: UnsafePointer<Int32>
    private let rows: WorksheetRows
    /// Where the current row's key fields start in `keyText`, and the next row's.
    private var keyStarts: [Int]
    private var nextKeys = 0
    private let answerCount: Int
    private let keyCount: Int
    /// The current reduced row (-1 before the first).
    private var index = -1
    private(set) var line = 0
    private(set) var count = 0
    /// The current row's fields, when split: their texts with a byte after each, and their edges.
    private var scratch: [UInt8] = []
    private var edges: [Int] = []

    init(
        _ rows: WorksheetRows, answers: UnsafePointer<UInt8>, keyText: UnsafePointer<UInt8>,
        keyLengths: UnsafePointer<Int32>
    ) {
        self.rows = rows
        self.answers = answers
        self.keyText = keyText
        self.keyLengths = keyLengths
        answerCount = rows.plan.answerFields.count
        keyCount = rows.plan.keyFields.count
        keyStarts = [Int](repeating: 0, count: keyCount + 1)
    }

    /// Moves to the next reduced row, numbered `line`.
    mutating func next(line: Int) {
        index += 1
        self.line = line
        count = 0
        var start = nextKeys
        for k in 0..<keyCount {
            keyStarts[k] = start
            start &+= Int(keyLengths[index &* keyCount &+ k])
        }
        keyStarts[keyCount] = start
        nextKeys = start
    }

    func keyField(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && k >= 0 && k < keyCount, "a key field of a reduced row")
        return UnsafeBufferPointer(start: keyText + keyStarts[k], count: keyStarts[k &+ 1] &- keyStarts[k])
    }

    var wideAnswerBytes: UnsafeBufferPointer<UInt8> {
        precondition(index >= 0, "a reduced row")
        return UnsafeBufferPointer(start: answers + index &* answerCount, count: answerCount)
    }

    mutating func splitFields() {
        guard count == 0 else { return }
        let width = rows.plan.minFields
        var texts = [[UInt8]](repeating: [], count: width)
        let bytes = wideAnswerBytes
        for (k, field) in rows.plan.answerFields.enumerated() {
            let byte = bytes[k]
            texts[field] = byte == 0 ? [] : byte < 0x80 ? [byte] : rows.spellings[Int(byte) - 0x80]
        }
        for (k, field) in rows.plan.keyFields.enumerated() { texts[field] = Array(keyField(k)) }
        scratch.removeAll(keepingCapacity: true)
        edges.removeAll(keepingCapacity: true)
        for text in texts {
            edges.append(scratch.count)
            scratch.append(contentsOf: text)
            scratch.append(0)
        }
        edges.append(scratch.count)
        count = width
    }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field index out of range")
        return scratch.withUnsafeBufferPointer { bytes in
            UnsafeBufferPointer(rebasing: bytes[edges[index]..<edges[index + 1] - 1])
        }
    }

    var fieldEdges: (bytes: UnsafePointer<UInt8>, edges: UnsafePointer<Int>) {
        precondition(count > 0, "the row's fields are split")
        // The arrays are not changed until the next split, which the caller does not reach
        // while it holds these.
        let bytes = scratch.withUnsafeBufferPointer { $0.baseAddress.unsafelyUnwrapped }
        let edges = edges.withUnsafeBufferPointer { $0.baseAddress.unsafelyUnwrapped }
        return (bytes, edges)
    }

    func string(_ index: Int) -> String {
        index < count ? String(decoding: field(index), as: UTF8.self) : ""
    }

    var record: CSVRecord {
        CSVRecord(fields: (0..<count).map(string), line: line)
    }
}

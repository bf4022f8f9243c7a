/// The cells with a value of the row being scanned (``SheetScanner``), in raw memory: the
/// scanner adds one for nearly every cell of a sheet. Each cell has its 0-based column, its
/// shared string's index (-1: none) and its text, the general reader's, back to back with the
/// others'. The storage grows as rows with more cells or text come and is reused row after row.
///
/// Once the sheet's wide plan is known (``plan(answerOf:)``), a one-digit number in an answer
/// column is not added as a cell but stored at once as its answer's byte (``answers``, 0 where
/// none), as ``WorksheetRows`` would reduce it; its cells must then come in column order
/// (``ordered``), so that no later cell of a column can come before an earlier one's byte.
final class SheetRow {
    private(set) var count = 0
    /// One more than the last column with a value (0: none).
    private(set) var width = 0
    /// The row digits of the last cell reference read in full (little-endian, at most 7 digits;
    /// count 0: none yet), which the row's other references most likely repeat.
    private(set) var referenceDigits: UInt64 = 0
    private(set) var referenceDigitCount = 0
    /// How many answers were stored as bytes.
    private(set) var direct = 0
    /// Whether every cell with a value came after the one before, column-wise.
    private(set) var ordered = true
    /// The answer index of each column up to the plan's last (-1: none), and the answers' bytes.
    private(set) var answerOf = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var answers = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private var capacity = 256
    private var textCapacity = 4096
    private(set) var textCount = 0
    private(set) var columns: UnsafeMutablePointer<Int32>
    private(set) var shared: UnsafeMutablePointer<Int32>
    private(set) var starts: UnsafeMutablePointer<Int>
    private(set) var text: UnsafeMutablePointer<UInt8>

    init() {
        columns = .allocate(capacity: capacity)
        shared = .allocate(capacity: capacity)
        starts = .allocate(capacity: capacity + 1)
        text = .allocate(capacity: textCapacity)
        starts[0] = 0
    }

    deinit {
        answerOf.deallocate()
        answers.deallocate()
        columns.deallocate()
        shared.deallocate()
        starts.deallocate()
        text.deallocate()
    }

    /// Empties the row for the next.
    @inline(__always)
    func removeAll() {
        count = 0
        width = 0
        textCount = 0
        if direct > 0 {
            answers.update(repeating: 0)
            direct = 0
        }
        ordered = true
        referenceDigitCount = 0
    }

    /// Remembers the row digits of a cell reference.
    @inline(__always)
    func remember(digits: UInt64, count: Int) {
        referenceDigits = digits
        referenceDigitCount = count
    }

    /// The attributes after the reference of the last cell read in full that had some (little-
    /// endian, at most 16 bytes, such as ` s="1" t="s"`; count 0: none), which most of a
    /// sheet's cells repeat, and what they say: a shared string or a number, and the style.
    /// Kept from row to row.
    private(set) var attributes: (UInt64, UInt64) = (0, 0)
    private(set) var attributeCount = 0
    private(set) var attributeKind = SheetScanner.Tables.Kind.number
    private(set) var attributeStyle = 0

    /// Remembers the `count` bytes of attributes at `bytes` (16 are readable there).
    @inline(__always)
    func remember(
        attributes bytes: UnsafePointer<UInt8>, count: Int, kind: SheetScanner.Tables.Kind, style: Int
    ) {
        guard count > 0, count <= 16 else { return }
        let raw = UnsafeRawPointer(bytes)
        let first = raw.loadUnaligned(as: UInt64.self), second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        attributes = (
            first & SheetScanner.Tables.mask64(count), count > 8 ? second & SheetScanner.Tables.mask64(count &- 8) : 0
        )
        attributeCount = count
        attributeKind = kind
        attributeStyle = style
    }

    /// Stores answer bytes from now on: `answerOf` gives each column's answer index (-1: none),
    /// for `answerCount` answers.
    func plan(answerOf columns: [Int], answerCount: Int) {
        answerOf.deallocate()
        answers.deallocate()
        answerOf = .allocate(capacity: columns.count)
        for (column, k) in columns.enumerated() { answerOf[column] = Int32(k) }
        answers = .allocate(capacity: max(answerCount, 1))
        answers.initialize(repeating: 0)
    }

    /// Stores a one-digit number of `column` as its answer's byte, when the column is an
    /// answer's; false (having done nothing) otherwise.
    @inline(__always)
    func store(column: Int, digit: UInt8) -> Bool {
        guard column < answerOf.count else { return false }
        let k = answerOf[column]
        guard k >= 0 else { return false }
        answers[Int(k)] = digit
        direct &+= 1
        if column >= width { width = column &+ 1 } else { ordered = false }
        return true
    }

    /// Adds a cell of `column` whose text is the `length` bytes at `bytes` (not empty).
    @inline(__always)
    func add(column: Int, shared index: Int32, _ bytes: UnsafePointer<UInt8>, _ length: Int) {
        if count == capacity || textCount &+ length > textCapacity { grow(length) }
        columns[count] = Int32(truncatingIfNeeded: column)
        shared[count] = index
        if length == 1 {
            text[textCount] = bytes[0]
        } else {
            (text + textCount).update(from: bytes, count: length)
        }
        textCount &+= length
        count &+= 1
        starts[count] = textCount
        if column >= width { width = column &+ 1 } else { ordered = false }
    }

    /// The text of cell `k` (`0..<count`).
    @inline(__always)
    func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text + starts[k], count: starts[k &+ 1] &- starts[k])
    }

    /// The row's fields, up to its last cell with a value; a later cell of a column replaces an
    /// earlier one, as in the general reader.
    var fields: [String] {
        var fields = [String](repeating: "", count: width)
        for column in 0..<min(width, answerOf.count) where answerOf[column] >= 0 {
            let byte = answers[Int(answerOf[column])]
            if byte != 0 { fields[column] = String(UnicodeScalar(byte)) }
        }
        for k in 0..<count { fields[Int(columns[k])] = String(decoding: bytes(k), as: UTF8.self) }
        return fields
    }

    @inline(never)
    private func grow(_ length: Int) {
        if count == capacity {
            capacity *= 2
            columns = Self.moved(columns, keeping: count, to: capacity)
            shared = Self.moved(shared, keeping: count, to: capacity)
            starts = Self.moved(starts, keeping: count + 1, to: capacity + 1)
        }
        if textCount + length > textCapacity {
            while textCount + length > textCapacity { textCapacity *= 2 }
            text = Self.moved(text, keeping: textCount, to: textCapacity)
        }
    }

    /// New memory for `capacity` elements holding the first `count` of `old`, which is freed.
    private static func moved<T: BitwiseCopyable>(_ old: UnsafeMutablePointer<T>, keeping count: Int, to capacity: Int)
        -> UnsafeMutablePointer<T>
    {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.initialize(from: old, count: count)
        old.deallocate()
        return new
    }
}

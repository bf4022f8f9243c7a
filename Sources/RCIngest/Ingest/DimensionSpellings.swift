import RCSurvey

/// The reading thread's memo of dimension spellings, for reducing the rows of a tidy file to
/// a code (see ``SplitRun``): each spelling seen in a dimension field, with the dimension it
/// names (by the same rule as the ingestor: ``RCSurvey/Dimension/init(matching:)``), up to a
/// few. A file's rows come in a fixed order of dimensions, so the spelling after the last one
/// found is tried first.
struct DimensionSpellings: ~Copyable {
    private struct Entry {
        /// Where the spelling lies in `bytes`.
        var start: Int
        var length: Int
        /// 1 + the dimension's index, or 0 for a spelling that names none.
        var code: UInt16
        /// The entry found after this one last time (-1: none yet).
        var successor: Int
    }

    private static let maxEntries = 16
    private static let maxLength = 128
    /// Room for `maxEntries` entries and their spellings, back to back: raw memory, because the
    /// reading thread looks here for nearly every row.
    private let entries = UnsafeMutablePointer<Entry>.allocate(capacity: DimensionSpellings.maxEntries)
    private let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: DimensionSpellings.maxEntries * DimensionSpellings.maxLength)
    private var count = 0
    private var used = 0
    /// The entry found last (-1: none yet).
    private var last = -1

    init() {}

    deinit {
        entries.deallocate()
        bytes.deallocate()
    }

    /// The code of the spelling `field`, learnt when new: 1 + the dimension's index, or 0 when
    /// it names none (or the memo is full).
    mutating func code(of field: UnsafeBufferPointer<UInt8>) -> UInt16 {
        for k in 0..<count where entries[k].length == field.count && isEntry(k, at: field.baseAddress) {
            follow(k)
            return entries[k].code
        }
        guard count < DimensionSpellings.maxEntries, field.count <= DimensionSpellings.maxLength else { return 0 }
        let dimension = Dimension(matching: String(decoding: field, as: UTF8.self))
        if let source = field.baseAddress { (bytes + used).initialize(from: source, count: field.count) }
        (entries + count).initialize(to: Entry(start: used, length: field.count, code: dimension.map { UInt16($0.index + 1) } ?? 0,
                                               successor: -1))
        used += field.count
        count += 1
        follow(count - 1)
        return entries[count - 1].code
    }

    /// The known spelling `p` starts with, followed by `delimiter` and at least two more
    /// bytes within `available`: its length and code (0 for a spelling naming no dimension).
    @inline(__always)
    mutating func match(_ p: UnsafePointer<UInt8>, available: Int, delimiter: UInt8) -> (length: Int, code: UInt16)? {
        if last >= 0 {
            let guess = entries[last].successor
            if guess >= 0, matches(guess, p, available, delimiter) {
                last = guess
                return (entries[guess].length, entries[guess].code)
            }
        }
        for k in 0..<count where matches(k, p, available, delimiter) {
            follow(k)
            return (entries[k].length, entries[k].code)
        }
        return nil
    }

    @inline(__always)
    private func matches(_ k: Int, _ p: UnsafePointer<UInt8>, _ available: Int, _ delimiter: UInt8) -> Bool {
        let length = entries[k].length
        return length &+ 2 < available && p[length] == delimiter && isEntry(k, at: p)
    }

    @inline(__always)
    private func isEntry(_ k: Int, at p: UnsafePointer<UInt8>?) -> Bool {
        ByteKeyTable.equal(UnsafePointer(bytes + entries[k].start), p, count: entries[k].length)
    }

    private mutating func follow(_ k: Int) {
        if last >= 0 { entries[last].successor = k }
        last = k
    }
}

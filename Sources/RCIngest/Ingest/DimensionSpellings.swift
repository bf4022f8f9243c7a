import RCSurvey

/// The reading thread's memo of dimension spellings, for reducing the rows of a tidy file to
/// a code (see ``SplitRun``): each spelling seen in a dimension field, with the dimension it
/// names (by the same rule as the ingestor: ``RCSurvey/Dimension/init(matching:)``), up to a
/// few. A file's rows come in a fixed order of dimensions, so the spelling after the last one
/// found is tried first.
struct DimensionSpellings {
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
    /// The spellings, back to back.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// The entry found last (-1: none yet).
    private var last = -1

    /// The code of the spelling `field`, learnt when new: 1 + the dimension's index, or 0 when
    /// it names none (or the memo is full).
    mutating func code(of field: UnsafeBufferPointer<UInt8>) -> UInt16 {
        for k in entries.indices where entries[k].length == field.count && isEntry(entries[k], at: field.baseAddress) {
            follow(k)
            return entries[k].code
        }
        guard entries.count < DimensionSpellings.maxEntries, field.count <= DimensionSpellings.maxLength else { return 0 }
        let dimension = Dimension(matching: String(decoding: field, as: UTF8.self))
        entries.append(Entry(start: bytes.count, length: field.count, code: dimension.map { UInt16($0.index + 1) } ?? 0, successor: -1))
        bytes.append(contentsOf: field)
        follow(entries.count - 1)
        return entries[entries.count - 1].code
    }

    /// The known spelling `p` starts with, followed by `delimiter` and at least two more
    /// bytes within `available`: its length and code (0 for a spelling naming no dimension).
    @inline(__always)
    mutating func match(_ p: UnsafePointer<UInt8>, available: Int, delimiter: UInt8) -> (length: Int, code: UInt16)? {
        if last >= 0 {
            let guess = entries[last].successor
            if guess >= 0, matches(entries[guess], p, available, delimiter) {
                last = guess
                return (entries[guess].length, entries[guess].code)
            }
        }
        for k in entries.indices where matches(entries[k], p, available, delimiter) {
            follow(k)
            return (entries[k].length, entries[k].code)
        }
        return nil
    }

    @inline(__always)
    private func matches(_ entry: Entry, _ p: UnsafePointer<UInt8>, _ available: Int, _ delimiter: UInt8) -> Bool {
        entry.length &+ 2 < available && p[entry.length] == delimiter && isEntry(entry, at: p)
    }

    @inline(__always)
    private func isEntry(_ entry: Entry, at p: UnsafePointer<UInt8>?) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            ByteKeyTable.equal(stored.baseAddress.map { $0 + entry.start }, p, count: entry.length)
        }
    }

    private mutating func follow(_ k: Int) {
        if last >= 0 { entries[last].successor = k }
        last = k
    }
}

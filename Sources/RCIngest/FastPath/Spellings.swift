@_spi(FastPath) import RCSurvey

/// The reading thread's memo of the spellings met in one column of a tidy file, for reducing
/// its rows to a code (see ``SplitRun``): each spelling with its code, up to a fixed number of
/// them. A file's rows come in a fixed order (of dimensions within a tie, of targets within a
/// rater's ties), so the spelling after the last one found is tried first.
struct Spellings: ~Copyable {
    /// What a spelling's code says.
    enum Codes {
        /// The dimension it names, by the same rule as the ingestor
        /// (``RCSurvey/Dimension/init(matching:)``): 1 + the dimension's index, or 0 for none.
        case dimensions
        /// Only which spelling it is: 1 + its place in the memo, for the reader to look up once.
        case places
    }

    private struct Entry {
        /// Where the spelling lies in `bytes`.
        var start: Int
        var length: Int
        var code: UInt16
        /// The entry found after this one last time (-1: none yet).
        var successor: Int
    }

    private static let maxLength = 128
    private let codes: Codes
    private let capacity: Int
    /// Room for `capacity` entries and their spellings, back to back: raw memory, because the
    /// reading thread looks here for nearly every row.
    private let entries: UnsafeMutablePointer<Entry>
    private let bytes: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var used = 0
    /// The entry found last (-1: none yet).
    private var last = -1

    /// A memo of at most `capacity` spellings (at most 255 for ``Codes/places``).
    init(_ codes: Codes, capacity: Int) {
        precondition(capacity > 0 && (codes == .dimensions || capacity < 256), "too many spellings for a code")
        self.codes = codes
        self.capacity = capacity
        entries = .allocate(capacity: capacity)
        bytes = .allocate(capacity: capacity * Spellings.maxLength)
    }

    deinit {
        entries.deallocate()
        bytes.deallocate()
    }

    /// The code of the spelling `field`, learnt when new; 0 when it is new and the memo is
    /// full, or (for dimensions) when it names none.
    mutating func code(of field: UnsafeBufferPointer<UInt8>) -> UInt16 {
        for k in 0..<count where entries[k].length == field.count && isEntry(k, at: field.baseAddress) {
            follow(k)
            return entries[k].code
        }
        guard count < capacity, field.count <= Spellings.maxLength else { return 0 }
        let code: UInt16 =
            switch codes {
            case .dimensions:
                Dimension(matching: String(decoding: field, as: UTF8.self)).map { UInt16($0.index + 1) } ?? 0
            case .places: UInt16(count + 1)
            }
        if let source = field.baseAddress { (bytes + used).initialize(from: source, count: field.count) }
        (entries + count).initialize(to: Entry(start: used, length: field.count, code: code, successor: -1))
        used += field.count
        count += 1
        follow(count - 1)
        return code
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
        return search(p, available: available, delimiter: delimiter)
    }

    /// ``match(_:available:delimiter:)`` when the guess is wrong: every spelling in turn.
    @inline(never)
    private mutating func search(_ p: UnsafePointer<UInt8>, available: Int, delimiter: UInt8) -> (
        length: Int, code: UInt16
    )? {
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

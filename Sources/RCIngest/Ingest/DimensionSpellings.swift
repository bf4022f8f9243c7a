import RCSurvey

/// The reading thread's memo of dimension spellings, for reducing the rows of a tidy file to
/// a code (see ``SplitRun``): each spelling seen in a dimension field, with the dimension it
/// names (by the same rule as the ingestor: ``RCSurvey/Dimension/init(matching:)``), up to a
/// few. A file's rows come in a fixed order of dimensions, so the spelling after the last one
/// found is tried first.
struct DimensionSpellings {
    private static let maxEntries = 16
    private static let maxLength = 128
    /// The spellings, back to back; entry `k` is `bytes[starts[k] ..< starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// 1 + the dimension's index, or 0 for a spelling that names none.
    private var codes: [UInt16] = []
    /// The entry found after entry `k` last time (-1: none yet), and the last found.
    private var successors: [Int] = []
    private var last = -1

    private var count: Int { codes.count }

    /// The code of the spelling `field`, learnt when new: 1 + the dimension's index, or 0 when
    /// it names none (or the memo is full).
    mutating func code(of field: UnsafeBufferPointer<UInt8>) -> UInt16 {
        for k in 0..<count where starts[k + 1] - starts[k] == field.count && isEntry(k, at: field.baseAddress) {
            follow(k)
            return codes[k]
        }
        guard count < DimensionSpellings.maxEntries, field.count <= DimensionSpellings.maxLength else { return 0 }
        let dimension = Dimension(matching: String(decoding: field, as: UTF8.self))
        bytes.append(contentsOf: field)
        starts.append(bytes.count)
        codes.append(dimension.map { UInt16($0.index + 1) } ?? 0)
        successors.append(-1)
        follow(count - 1)
        return codes[count - 1]
    }

    /// The known spelling `p` starts with, followed by `delimiter` and at least two more
    /// bytes within `available`: its length and code (0 for a spelling naming no dimension).
    @inline(__always)
    mutating func match(_ p: UnsafePointer<UInt8>, available: Int, delimiter: UInt8) -> (length: Int, code: UInt16)? {
        if last >= 0 {
            let guess = successors[last]
            if guess >= 0, let length = matches(guess, p, available, delimiter) {
                last = guess
                return (length, codes[guess])
            }
        }
        for k in 0..<count {
            if let length = matches(k, p, available, delimiter) {
                follow(k)
                return (length, codes[k])
            }
        }
        return nil
    }

    @inline(__always)
    private func matches(_ k: Int, _ p: UnsafePointer<UInt8>, _ available: Int, _ delimiter: UInt8) -> Int? {
        let length = starts[k + 1] - starts[k]
        guard length + 2 < available, p[length] == delimiter, isEntry(k, at: p) else { return nil }
        return length
    }

    @inline(__always)
    private func isEntry(_ k: Int, at p: UnsafePointer<UInt8>?) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            ByteKeyTable.equal(stored.baseAddress.map { $0 + starts[k] }, p, count: starts[k + 1] - starts[k])
        }
    }

    private mutating func follow(_ k: Int) {
        if last >= 0 { successors[last] = k }
        last = k
    }
}

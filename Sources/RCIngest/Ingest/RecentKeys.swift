import RCSurvey

/// A small direct-mapped memo in front of a ``ByteKeyTable``: the keys of a file's few role
/// and dimension spellings are found again by a cheap slot (length and end bytes) and one
/// comparison, without hashing.
struct RecentKeys {
    private var entries = [Int](repeating: -1, count: 64)

    @inline(__always)
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (bytes.count &* 31 &+ Int(first) &* 7 &+ Int(last)) & 63
    }

    /// The key number of `bytes` in `table`.
    @inline(__always)
    mutating func find(_ bytes: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable) -> Int? {
        let slot = RecentKeys.slot(bytes)
        let entry = entries[slot]
        if entry >= 0, table.key(entry, equals: bytes) { return entry }
        guard let found = table.find(bytes) else { return nil }
        entries[slot] = found
        return found
    }
}

@_spi(FastPath) import RCSurvey

/// A small memo in front of a ``ByteKeyTable``: the keys of a file's few role and dimension
/// spellings are found again by a cheap slot (length and last bytes, probing on) and one
/// comparison with a copy of the spelling kept here, without hashing the whole spelling or a
/// call into the table. It remembers the first spellings it is asked about, up to a limit;
/// others are looked up in the table every time.
struct RecentKeys {
    private struct Entry {
        /// Where the spelling's copy starts in `spellings`; its length (-1: empty slot).
        var start: Int32 = 0
        var count: Int32 = -1
        var key: Int32 = 0
    }

    private static let slotCount = 256
    private static let maxEntries = 128
    private static let maxSpellingBytes = 1 << 16
    private var entries = [Entry](repeating: Entry(), count: RecentKeys.slotCount)
    private var remembered = 0
    /// Copies of the remembered spellings, back to back.
    private var spellings: [UInt8] = []

    /// The first slot to try for a spelling: from its length and last eight bytes (or all of a
    /// shorter one), mixed so that names differing in one character ("Rolle 01", "Rolle 11") part.
    @inline(__always)
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var word: UInt64 = 0
        if n >= 8 {
            word = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)
        } else {
            for i in 0..<n { word |= UInt64(base[i]) << UInt64(8 * i) }
        }
        let mixed = (word ^ UInt64(truncatingIfNeeded: n)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 56) & (slotCount - 1)
    }

    /// The key number of `bytes` in `table`.
    @inline(__always)
    mutating func find(_ bytes: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable) -> Int? {
        var slot = RecentKeys.slot(bytes)
        while true {
            let entry = entries[slot]
            if entry.count < 0 { break }
            if Int(entry.count) == bytes.count,
                spellings.withUnsafeBufferPointer({ stored in
                    ByteKeyTable.equal(
                        stored.baseAddress.map { $0 + Int(entry.start) }, bytes.baseAddress, count: bytes.count)
                })
            {
                return Int(entry.key)
            }
            slot = (slot + 1) & (RecentKeys.slotCount - 1)
        }
        guard let found = table.find(bytes) else { return nil }
        remember(bytes, key: found, at: slot)
        return found
    }

    /// Keeps a spelling in the empty slot its probe ended at, while there is room.
    private mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, key: Int, at slot: Int) {
        guard remembered < RecentKeys.maxEntries, spellings.count + bytes.count <= RecentKeys.maxSpellingBytes,
            key <= Int(Int32.max)
        else { return }
        entries[slot] = Entry(start: Int32(spellings.count), count: Int32(bytes.count), key: Int32(key))
        spellings.append(contentsOf: bytes)
        remembered += 1
    }
}

import Foundation

/// The fast path's own types (this one, ``NameNumber``, ``RepeatedAnswers``) are SPI types with
/// `package` members only: nothing in them is public. They are declared `@_spi(FastPath) public`
/// rather than `package` because the compiler inlines an `@inlinable` member into another module
/// only when its type is public; RCIngest's and RCStats' innermost loops call them for every row.
///
/// A set of byte strings, each numbered in order of insertion (0, 1, 2, …): the fast way to
/// turn ids, role names and answer codes read as UTF-8 bytes into small integers without
/// making a String for each.
///
/// Keys live back to back in one buffer; the hash index is open addressing, kept at most
/// half full. Callers keep the value of key `k` at index `k` of an array of their own.
@_spi(FastPath) public struct ByteKeyTable: Sendable {
    /// The keys, back to back.
    @usableFromInline var storage: [UInt8] = []
    /// Key `k` is `storage[starts[k]..<starts[k + 1]]`.
    @usableFromInline var starts: [Int] = [0]
    /// Key numbers, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    /// Each key's hash, so that growing the index never rehashes.
    private var hashes: [UInt64] = []

    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// How many keys the table holds.
    package var count: Int { hashes.count }

    /// The number of `key`, or nil when it is not in the table.
    package func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ByteKeyTable.hash(key)
        return storage.withUnsafeBufferPointer { stored in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                if hashes[entry] == hash, ByteKeyTable.equal(stored, starts[entry]..<starts[entry + 1], key) {
                    return entry
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds `key` (which must not be in the table yet) and returns its number.
    @discardableResult
    package mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let number = count
        let hash = ByteKeyTable.hash(key)
        storage.append(contentsOf: key)
        starts.append(storage.count)
        hashes.append(hash)
        if number * 2 >= slots.count { grow() } else { place(number, hash: hash) }
        return number
    }

    /// The number of `key`, adding it when it is new.
    package mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        find(key) ?? insert(key)
    }

    /// Whether key `number` is exactly `bytes`.
    @inlinable
    package func key(_ number: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.withUnsafeBufferPointer { ByteKeyTable.equal($0, starts[number]..<starts[number + 1], bytes) }
    }

    /// Key numbers in the byte order of their keys (shorter first where one is a prefix of
    /// the other): an order that does not depend on the order the keys were inserted in.
    package func sortedNumbers() -> [Int] {
        storage.withUnsafeBufferPointer { stored in
            starts.withUnsafeBufferPointer { starts in
                guard let base = stored.baseAddress else { return Array(0..<count) }
                return (0..<count).sorted { a, b in
                    let (sa, la) = (starts[a], starts[a + 1] - starts[a])
                    let (sb, lb) = (starts[b], starts[b + 1] - starts[b])
                    let order = memcmp(base + sa, base + sb, min(la, lb))
                    return order != 0 ? order < 0 : la < lb
                }
            }
        }
    }

    /// The bytes of key `number`.
    package func key(_ number: Int) -> ArraySlice<UInt8> {
        storage[starts[number]..<starts[number + 1]]
    }

    private mutating func place(_ number: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: number)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for number in 0..<count { place(number, hash: hashes[number]) }
    }

    @inlinable @inline(__always)
    static func equal(_ stored: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard range.count == key.count else { return false }
        return ByteKeyTable.equal(stored.baseAddress.map { $0 + range.lowerBound }, key.baseAddress, count: key.count)
    }

    /// Whether `count` bytes at `a` and at `b` are the same, compared eight at a time (nil
    /// pointers only with a count of 0).
    @inlinable @inline(__always)
    package static func equal(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, count n: Int) -> Bool {
        guard let a, let b else { return n == 0 }
        if n < 8 {
            for i in 0..<n where a[i] != b[i] { return false }
            return true
        }
        let left = UnsafeRawPointer(a), right = UnsafeRawPointer(b)
        @inline(__always) func difference(_ offset: Int) -> UInt64 {
            left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                ^ right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        if n <= 16 { return difference(0) | difference(n &- 8) == 0 }
        // Up to 32 bytes (the usual tie columns of a row, a dimension's name): four words,
        // overlapping as needed, without a branch between them.
        if n <= 32 { return difference(0) | difference(8) | difference(n &- 16) | difference(n &- 8) == 0 }
        // Whole words, then the last (overlapping) word.
        var i = 0
        while i + 8 < n {
            if left.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        return left.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    /// A fast, well-mixed hash of a short byte string (8 bytes at a time).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: key.count)
        let n = key.count
        var i = 0
        if let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            if n >= 8 {
                // Whole words, then the last (overlapping) word.
                while i + 8 < n {
                    h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                    h ^= h >> 31
                    i += 8
                }
                h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
            } else {
                var tail: UInt64 = 0
                while i < n {
                    tail |= UInt64(base[i]) << UInt64(8 * i)
                    i += 1
                }
                h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            }
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

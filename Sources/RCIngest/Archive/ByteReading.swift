/// Little-endian integers read out of a byte array at offsets that are checked first, with
/// arithmetic that cannot overflow: the ZIP reader's only way into the bytes.
///
/// The bytes may be a stretch of a larger file (its end, where a ZIP archive keeps its
/// directory): offsets are then the file's, and `base` is the offset of the first byte held.
package struct ByteReading: Sendable {
    /// The bytes read.
    package let bytes: [UInt8]
    /// The offset in the file of `bytes[0]`.
    package let base: Int

    /// A reader over `bytes`, the file's bytes from offset `base` on.
    package init(_ bytes: [UInt8], base: Int = 0) {
        self.bytes = bytes
        self.base = base
    }

    /// The offset just past the last byte held.
    package var end: Int { base + bytes.count }

    /// The byte at `offset`, which ``contains(_:_:)``.
    package func byte(at offset: Int) -> UInt8 { bytes[offset - base] }

    /// Whether `count` bytes from `offset` lie inside the bytes.
    package func contains(_ offset: Int, _ count: Int) -> Bool {
        guard offset >= base, count >= 0 else { return false }
        let (end, overflow) = offset.addingReportingOverflow(count)
        return !overflow && end <= self.end
    }

    /// The `count`-byte little-endian unsigned integer at `offset`, or nil outside the bytes.
    package func uint(at offset: Int, _ count: Int) -> UInt64? {
        guard count <= 8, contains(offset, count) else { return nil }
        var value: UInt64 = 0
        for index in stride(from: offset + count - 1, through: offset, by: -1) {
            value = value << 8 | UInt64(bytes[index - base])
        }
        return value
    }

    /// The 2-byte little-endian integer at `offset`, or nil outside the bytes.
    package func u16(_ offset: Int) -> Int? { uint(at: offset, 2).map { Int($0) } }

    /// The 4-byte little-endian integer at `offset`, or nil outside the bytes.
    package func u32(_ offset: Int) -> UInt32? { uint(at: offset, 4).map { UInt32($0) } }

    /// The 8-byte little-endian integer at `offset` as an `Int`, or nil outside the bytes or
    /// past `Int.max`.
    package func u64(_ offset: Int) -> Int? {
        guard let value = uint(at: offset, 8), value <= UInt64(Int.max) else { return nil }
        return Int(value)
    }

    /// The bytes from `offset`, `count` long, or nil outside the bytes.
    package func slice(_ offset: Int, _ count: Int) -> ArraySlice<UInt8>? {
        contains(offset, count) ? bytes[offset - base..<offset - base + count] : nil
    }
}

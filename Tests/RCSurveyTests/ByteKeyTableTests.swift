@_spi(FastPath) import RCSurvey
import Testing

/// The byte comparison under every reader's look-ups: words and overlapping words must not
/// miss a difference at any position, whatever the length.
@Suite struct ByteKeyTableTests {
    @Test func equalFindsEveryDifference() {
        for count in 0...70 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            bytes.withUnsafeBufferPointer { a in
                var copy = bytes
                copy.withUnsafeMutableBufferPointer { b in
                    #expect(
                        ByteKeyTable.equal(a.baseAddress, UnsafePointer(b.baseAddress), count: count), "\(count) bytes")
                    for position in 0..<count {
                        b[position] ^= 0x20
                        #expect(
                            !ByteKeyTable.equal(a.baseAddress, UnsafePointer(b.baseAddress), count: count),
                            "\(count) bytes, differing at \(position)")
                        b[position] ^= 0x20
                    }
                }
            }
        }
    }

    @Test func tableFindsItsKeys() {
        var table = ByteKeyTable()
        let keys = (0..<300).map {
            Array("key \($0) " + String(repeating: "x", count: $0 % 40)).map { UInt8($0.asciiValue ?? 0) }
        }
        for key in keys { key.withUnsafeBufferPointer { _ = table.insert($0) } }
        for (k, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.find($0) } == k)
        }
        #expect(Array("absent".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
    }
}

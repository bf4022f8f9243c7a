/// Decoding tables for DEFLATE's canonical Huffman codes (RFC 1951 §3.2.2), looked up by the
/// next `root` bits of the input, least significant first.
///
/// An entry is a `UInt32`: bits 0–5 the bits it uses (the code and the extra bits after it, so
/// that both are dropped at once; `root` for a pointer to a subtable), bits 8–11 the code's own
/// length (where the extra bits start; a subtable's index bits), bits 12–15 what the entry is
/// (``literal``, ``endOfBlock``, ``subtable``, ``invalid``; none: a length or distance), bits
/// 16–31 its value (the byte, the base length or distance, or where the subtable starts). Codes
/// longer than `root` bits look their remaining bits up in a subtable after the root table, as
/// zlib's `inflate_table` lays them out.
enum HuffmanTable {
    static let literal: UInt32 = 0x1000
    static let endOfBlock: UInt32 = 0x2000
    static let subtable: UInt32 = 0x4000
    static let invalid: UInt32 = 0x8000
    /// Any of the flags that end the fast loop's usual case (a literal or a length).
    static let exceptional: UInt32 = endOfBlock | subtable | invalid

    /// The entry of a symbol before its code is known: its extra bits in bits 0–5, to which
    /// ``build(_:room:root:lengths:symbols:complete:)`` adds the code's length.
    static func entry(value: Int, extra: Int = 0, flags: UInt32 = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: value) << 16 | UInt32(truncatingIfNeeded: extra) | flags
    }

    /// A symbol's entry (from ``entry(value:extra:flags:)``) for a code of `length` bits.
    @inline(__always)
    static func coded(_ symbol: UInt32, length: Int) -> UInt32 {
        symbol + UInt32(truncatingIfNeeded: length) | UInt32(truncatingIfNeeded: length) << 8
    }

    /// The literal/length alphabet's entries: 0–255 bytes, 256 the end of the block, 257–285
    /// lengths (base and extra bits), 286 and 287 invalid (the fixed code has them).
    static let literalLengthSymbols: [UInt32] = {
        var symbols = (0..<256).map { entry(value: $0, flags: literal) }
        symbols.append(entry(value: 0, flags: endOfBlock))
        let bases = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258
        ]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        for k in bases.indices { symbols.append(entry(value: bases[k], extra: extras[k])) }
        symbols += [entry(value: 0, flags: invalid), entry(value: 0, flags: invalid)]
        return symbols
    }()

    /// The distance alphabet's entries: 0–29 distances (base and extra bits), 30 and 31 invalid.
    static let distanceSymbols: [UInt32] = {
        var symbols: [UInt32] = []
        var base = 1
        for code in 0..<30 {
            let extra = code < 4 ? 0 : code / 2 - 1
            symbols.append(entry(value: base, extra: extra))
            base += 1 << extra
        }
        symbols += [entry(value: 0, flags: invalid), entry(value: 0, flags: invalid)]
        return symbols
    }()

    /// The code-length alphabet's entries: the symbol itself.
    static let codeLengthSymbols: [UInt32] = (0..<19).map { entry(value: $0) }

    /// Room for the literal/length table (11 root bits) and its subtables: 2,342 entries are
    /// the most any complete code of 288 symbols of at most 15 bits needs (zlib's `enough`).
    static let literalLengthRoom = 2342
    /// Room for the distance table (8 root bits): 402 entries for 32 symbols.
    static let distanceRoom = 402
    /// Room for the code-length table (7 root bits: no subtables).
    static let codeLengthRoom = 128

    /// Fills `table` (`room` entries) for the code lengths `lengths` of the symbols whose
    /// entries are `symbols`. False when the lengths make no code: over-subscribed, or
    /// incomplete other than one code of one bit (which zlib also accepts, for a distance
    /// code of one symbol) unless `complete` is asked for. A code of no symbols at all fills
    /// the table with invalid entries (a block without distances).
    static func build(
        _ table: UnsafeMutablePointer<UInt32>, room: Int, root: Int, lengths: UnsafeBufferPointer<UInt8>,
        symbols: UnsafeBufferPointer<UInt32>, complete: Bool = false
    ) -> Bool {
        var count = (
            UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0),
            UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0), UInt16(0)
        )
        return withUnsafeMutableBytes(of: &count) { raw in
            let count = raw.bindMemory(to: UInt16.self)
            var longest = 0
            for length in lengths where length > 0 {
                guard length <= 15 else { return false }
                count[Int(length)] += 1
                longest = max(longest, Int(length))
            }
            let rootSize = 1 << root
            if longest == 0 {
                if complete { return false }
                table.update(repeating: coded(entry(value: 0, flags: invalid), length: root), count: rootSize)
                return true
            }
            // Over-subscribed or incomplete?
            var left = 1
            for length in 1...15 {
                left = left << 1 - Int(count[length])
                if left < 0 { return false }
            }
            if left > 0 {
                if complete || longest != 1 { return false }
                table.update(repeating: coded(entry(value: 0, flags: invalid), length: 1), count: rootSize)
            }
            // The symbols in canonical order: by length, then by symbol (scratch on the stack:
            // a table is built for every block).
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 16 + lengths.count) { scratch in
                let offsets = UnsafeMutableBufferPointer(rebasing: scratch[..<16])
                let sorted = UnsafeMutableBufferPointer(rebasing: scratch[16...])
                offsets[0] = 0
                offsets[1] = 0
                for length in 1..<15 { offsets[length + 1] = offsets[length] + Int(count[length]) }
                let symbolCount = offsets[15] + Int(count[15])
                for symbol in lengths.indices where lengths[symbol] > 0 {
                    sorted[offsets[Int(lengths[symbol])]] = symbol
                    offsets[Int(lengths[symbol])] += 1
                }
                // `code` is the current code with its bits reversed, as it is read from the input.
                var code = 0
                var next = rootSize
                var subtableStart = 0
                var subtableBits = 0
                var prefix = -1
                var position = 0
                var length = Int(lengths[sorted[0]])
                while true {
                    let symbol = sorted[position]
                    if length <= root {
                        let value = coded(symbols[symbol], length: length)
                        var k = code
                        while k < rootSize {
                            table[k] = value
                            k += 1 << length
                        }
                    } else {
                        if code & (rootSize - 1) != prefix {
                            // A new subtable, as wide as the codes sharing this prefix need.
                            prefix = code & (rootSize - 1)
                            subtableBits = length - root
                            var space = 1 << subtableBits
                            while subtableBits + root < longest {
                                space -= Int(count[subtableBits + root])
                                if space <= 0 { break }
                                subtableBits += 1
                                space <<= 1
                            }
                            subtableStart = next
                            next += 1 << subtableBits
                            guard next <= room else { return false }
                            table[prefix] =
                                entry(value: subtableStart, flags: subtable) | UInt32(root) | UInt32(subtableBits) << 8
                        }
                        let value = coded(symbols[symbol], length: length - root)
                        var k = code >> root
                        while k < 1 << subtableBits {
                            table[subtableStart + k] = value
                            k += 1 << (length - root)
                        }
                    }
                    // The next code, counted up with its bits reversed.
                    var increment = 1 << (length - 1)
                    while code & increment != 0 { increment >>= 1 }
                    code = increment != 0 ? (code & (increment - 1)) + increment : 0
                    position += 1
                    count[length] -= 1
                    if count[length] == 0 {
                        if position == symbolCount { break }
                        length = Int(lengths[sorted[position]])
                    }
                }
                return true
            }
        }
    }
}

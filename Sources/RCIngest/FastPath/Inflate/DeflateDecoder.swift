/// A raw DEFLATE stream (RFC 1951) decoded into the caller's memory, a buffer at a time.
///
/// rckit's own decoder, written for the worksheet of a large workbook: zlib's `inflate` copies a
/// match a few bytes at a time and stops at every buffer's end, and a sheet of a gigabyte of
/// XML is almost all short matches. This one reads the input 64 bits at a time, looks a code up
/// in one step for codes of up to 11 bits (then a subtable), and copies matches 8 bytes at a time,
/// writing up to 15 bytes past a match's end where there is room (the fast loop keeps 274 bytes
/// of room). Near the end of the input or of the buffer it goes symbol by symbol, exactly.
///
/// The caller owns the output: each call writes after the bytes it was given as history (the
/// last 32 KiB decoded, or all of them at first), which a match may refer back into. Damaged or
/// cut-off input is an error, never a read or write outside the buffers: every distance is
/// checked against the history, every table against its room, every read against the input's
/// end (past it, zeros are read and counted, and using one is the error "cut off").
package final class DeflateDecoder {
    /// Fills the buffer with the next compressed bytes and returns how many; 0 at the end.
    package typealias Source = (UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int

    /// How far back a match may reach.
    package static let window = 32 << 10
    /// The room a call must be given to make progress: the longest match.
    package static let longestMatch = 258
    /// The room the fast loop keeps before the end of the buffer: a match and its overcopy.
    static let fastRoom = 258 + 16

    private enum State: Equatable {
        case header
        case stored(Int)
        case huffman
        case done
    }

    private let file: String
    private let member: String
    private let source: Source
    private let input: UnsafeMutablePointer<UInt8>
    private let inputRoom: Int
    /// The next byte not yet taken into `bits`, and the end of the bytes read.
    private var inputStart = 0
    private var inputEnd = 0
    private var sourceDone = false
    /// Compressed bytes read from the source.
    private var fed = 0
    /// Input bits not yet used, least significant first: `bitCount` of them (bits above may
    /// hold the next bytes' low bits, which the next refill puts there again).
    private var bits: UInt64 = 0
    private var bitCount = 0
    /// Zero bytes taken into `bits` after the input's end.
    private var phantom = 0
    private var state = State.header
    private var lastBlock = false
    /// Whether the tables hold the fixed codes (built once for a run of fixed blocks: an empty
    /// fixed block is 10 bits, so rebuilding them each time would make a megabyte of input
    /// cost seconds).
    private var fixedTables = false
    /// The error that stopped the stream, thrown again by every later call.
    private var failure: ArchiveError?
    /// The literal/length, distance and code-length tables, one after the other.
    private let tables: UnsafeMutablePointer<UInt32>
    private static let distanceOffset = HuffmanTable.literalLengthRoom
    private static let codeLengthOffset = distanceOffset + HuffmanTable.distanceRoom

    /// A decoder of the stream `source` gives, `inputRoom` compressed bytes at a time; `file`
    /// and `member` name it in errors.
    package init(file: String, member: String, inputRoom: Int = 1 << 20, source: @escaping Source) {
        self.file = file
        self.member = member
        self.source = source
        self.inputRoom = max(inputRoom, 64)
        // 8 bytes after the room, never read (a refill loads only from 8 bytes before the
        // input's end), kept in case that ever changes.
        input = .allocate(capacity: self.inputRoom + 8)
        input.initialize(repeating: 0, count: self.inputRoom + 8)
        let room = Self.codeLengthOffset + HuffmanTable.codeLengthRoom
        tables = .allocate(capacity: room)
        tables.initialize(repeating: HuffmanTable.invalid, count: room)
    }

    deinit {
        input.deallocate()
        tables.deallocate()
    }

    /// Whether the stream's last block has been decoded.
    package var isFinished: Bool { state == .done }

    /// How many compressed bytes the stream has used so far.
    package var consumed: Int {
        fed - (inputEnd - inputStart) - max(0, bitCount / 8 - phantom)
    }

    /// Decodes into `buffer[start..<end]` and returns how many bytes it wrote there: as many as
    /// fit, stopping fewer than ``longestMatch`` bytes before `end`, or fewer at the stream's
    /// end. `buffer[start - history..<start]` must hold the last `history` bytes decoded (at
    /// least ``window`` of them once there are that many).
    package func decode(
        into buffer: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, history: Int
    ) throws(ArchiveError) -> Int {
        if let failure { throw failure }
        do {
            return try decodeBlocks(into: buffer, from: start, to: end, history: history)
        } catch {
            failure = error
            throw error
        }
    }

    private func decodeBlocks(
        into buffer: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, history: Int
    ) throws(ArchiveError) -> Int {
        var out = buffer + start
        let limit = buffer + end
        let oldest = buffer + start - history
        while true {
            switch state {
            case .done:
                return out - (buffer + start)
            case .header:
                try readHeader()
            case .stored(let remaining):
                let copied = try copyStored(remaining, to: out, room: limit - out)
                out += copied
                state = copied == remaining ? (lastBlock ? .done : .header) : .stored(remaining - copied)
                if state != .done, state != .header { return out - (buffer + start) }
            case .huffman:
                guard limit - out >= Self.longestMatch else { return out - (buffer + start) }
                out = try decodeSymbols(from: out, limit: limit, oldest: oldest)
            }
        }
    }

    // MARK: - Input

    /// Moves the unread bytes to the front and reads more, once fewer than 64 are left.
    private func refillInput() throws(ArchiveError) {
        guard !sourceDone, inputEnd - inputStart < 64 else { return }
        let left = inputEnd - inputStart
        if inputStart > 0 { input.update(from: input + inputStart, count: left) }
        inputStart = 0
        inputEnd = left
        while inputEnd < inputRoom {
            let read = try source(UnsafeMutableRawBufferPointer(start: input + inputEnd, count: inputRoom - inputEnd))
            guard read > 0 else {
                sourceDone = true
                break
            }
            inputEnd += read
            fed += read
        }
    }

    /// Takes bytes into `bits` until it holds at least `count` (at most 32); past the input's
    /// end, zeros.
    private func need(_ count: Int) throws(ArchiveError) {
        while bitCount < count {
            if inputStart == inputEnd { try refillInput() }
            if inputStart < inputEnd {
                bits |= UInt64(input[inputStart]) &<< UInt64(bitCount)
                inputStart += 1
            } else {
                bits &= (1 &<< UInt64(bitCount)) &- 1
                phantom += 1
            }
            bitCount += 8
        }
    }

    /// Drops `count` bits; an error when they were past the input's end.
    private func drop(_ count: Int) throws(ArchiveError) {
        bits &>>= UInt64(count)
        bitCount -= count
        if bitCount < phantom * 8 { throw .truncated(file, member) }
    }

    /// The next `count` bits (at most 32), used.
    private func take(_ count: Int) throws(ArchiveError) -> Int {
        try need(count)
        let value = Int(truncatingIfNeeded: bits & ((1 &<< UInt64(count)) &- 1))
        try drop(count)
        return value
    }

    private func damaged(_ why: String) -> ArchiveError {
        .corrupt(file, member, "the compressed data is damaged (\(why))")
    }

    // MARK: - Block headers

    private func readHeader() throws(ArchiveError) {
        lastBlock = try take(1) == 1
        switch try take(2) {
        case 0:
            try drop(bitCount & 7)
            let length = try take(16)
            let complement = try take(16)
            guard length == ~complement & 0xFFFF else { throw damaged("a stored block's length") }
            state = .stored(length)
        case 1:
            if !fixedTables { try buildFixedTables() }
            fixedTables = true
            state = .huffman
        case 2:
            try readDynamicTables()
            state = .huffman
        default:
            throw damaged("a block of type 3")
        }
    }

    private func buildFixedTables() throws(ArchiveError) {
        var lengths = [UInt8](repeating: 8, count: 288)
        for k in 144..<256 { lengths[k] = 9 }
        for k in 256..<280 { lengths[k] = 7 }
        let distances = [UInt8](repeating: 5, count: 32)
        try buildTables(lengths[...], distances[...])
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private func readDynamicTables() throws(ArchiveError) {
        fixedTables = false
        let literalCount = try take(5) + 257
        let distanceCount = try take(5) + 1
        let codeCount = try take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw damaged("too many length or distance symbols") }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for k in 0..<codeCount { codeLengths[Self.codeLengthOrder[k]] = UInt8(try take(3)) }
        let codeTable = tables + Self.codeLengthOffset
        let built = codeLengths.withUnsafeBufferPointer { lengths in
            HuffmanTable.codeLengthSymbols.withUnsafeBufferPointer { symbols in
                HuffmanTable.build(
                    codeTable, room: HuffmanTable.codeLengthRoom, root: 7, lengths: lengths, symbols: symbols,
                    complete: true)
            }
        }
        guard built else { throw damaged("the code lengths' code") }
        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var k = 0
        while k < total {
            try need(7)
            let entry = codeTable[Int(truncatingIfNeeded: bits & 0x7F)]
            try drop(Int(entry & 63))
            let symbol = Int(entry >> 16)
            var repeated: UInt8 = 0
            let times: Int
            switch symbol {
            case 0..<16:
                lengths[k] = UInt8(symbol)
                k += 1
                continue
            case 16:
                guard k > 0 else { throw damaged("a repeated length with none before") }
                repeated = lengths[k - 1]
                times = 3 + (try take(2))
            case 17:
                times = 3 + (try take(3))
            default:
                times = 11 + (try take(7))
            }
            guard k + times <= total else { throw damaged("too many code lengths") }
            for j in k..<k + times { lengths[j] = repeated }
            k += times
        }
        guard lengths[256] != 0 else { throw damaged("no end-of-block code") }
        try buildTables(lengths[..<literalCount], lengths[literalCount...])
    }

    private func buildTables(_ literals: ArraySlice<UInt8>, _ distances: ArraySlice<UInt8>) throws(ArchiveError) {
        let tables = self.tables
        let literalsBuilt = literals.withUnsafeBufferPointer { lengths in
            HuffmanTable.literalLengthSymbols.withUnsafeBufferPointer { symbols in
                HuffmanTable.build(
                    tables, room: HuffmanTable.literalLengthRoom, root: 11, lengths: lengths, symbols: symbols)
            }
        }
        guard literalsBuilt else { throw damaged("the literal/length code") }
        let distancesBuilt = distances.withUnsafeBufferPointer { lengths in
            HuffmanTable.distanceSymbols.withUnsafeBufferPointer { symbols in
                HuffmanTable.build(
                    tables + Self.distanceOffset, room: HuffmanTable.distanceRoom, root: 8, lengths: lengths,
                    symbols: symbols)
            }
        }
        guard distancesBuilt else { throw damaged("the distance code") }
    }

    // MARK: - Stored blocks

    /// Copies up to `remaining` bytes of a stored block (at most `room`) and returns how many.
    private func copyStored(
        _ remaining: Int, to out: UnsafeMutablePointer<UInt8>, room: Int
    ) throws(ArchiveError) -> Int {
        var copied = 0
        let wanted = min(remaining, room)
        // First the whole bytes already taken into `bits`.
        while copied < wanted, bitCount >= 8 {
            out[copied] = UInt8(truncatingIfNeeded: bits)
            try drop(8)
            copied += 1
        }
        if bitCount == 0 { bits = 0 }
        while copied < wanted {
            if inputStart == inputEnd { try refillInput() }
            let count = min(wanted - copied, inputEnd - inputStart)
            guard count > 0 else { throw .truncated(file, member) }
            (out + copied).update(from: input + inputStart, count: count)
            inputStart += count
            copied += count
        }
        return copied
    }

    // MARK: - Compressed blocks

    /// Decodes symbols until the block ends or fewer than ``longestMatch`` bytes of room are
    /// left before `limit`; returns where the output got to.
    private func decodeSymbols(
        from start: UnsafeMutablePointer<UInt8>, limit: UnsafeMutablePointer<UInt8>,
        oldest: UnsafeMutablePointer<UInt8>
    ) throws(ArchiveError) -> UnsafeMutablePointer<UInt8> {
        let literals = UnsafePointer(tables)
        let distances = UnsafePointer(tables + Self.distanceOffset)
        let fastLimit = limit - Self.fastRoom
        var out = start
        while true {
            // The fast loop, while there are at least 16 input bytes (for two refills of at
            // most 8: the one before the loop or the last iteration's, and this iteration's) and
            // `fastRoom` bytes of room. A refill leaves at least 56 bits, enough for a length
            // and a distance with their extra bits (48); the next entry is looked up before a
            // match is copied.
            var bits = self.bits
            var bitCount = UInt64(truncatingIfNeeded: self.bitCount)
            var next = input + inputStart
            let inputLimit = input + inputEnd - 16
            if next <= inputLimit, out <= fastLimit {
                assert(next + 8 <= input + inputEnd, "a refill past the input")
                bits |= UnsafeRawPointer(next).loadUnaligned(as: UInt64.self).littleEndian &<< bitCount
                next += Int(truncatingIfNeeded: (63 &- bitCount) &>> 3)
                bitCount |= 56
                var entry = literals[Int(truncatingIfNeeded: bits & 0x7FF)]
                repeat {
                    if entry & HuffmanTable.subtable != 0 {
                        bits &>>= 11
                        bitCount &-= 11
                        let mask = (UInt64(1) &<< UInt64((entry >> 8) & 15)) &- 1
                        entry = literals[Int(truncatingIfNeeded: entry >> 16) &+ Int(truncatingIfNeeded: bits & mask)]
                    }
                    var saved = bits
                    bits &>>= UInt64(entry & 63)
                    bitCount &-= UInt64(entry & 63)
                    if entry & HuffmanTable.literal != 0 {
                        out.pointee = UInt8(truncatingIfNeeded: entry >> 16)
                        out += 1
                        assert(next + 8 <= input + inputEnd, "a refill past the input")
                        bits |= UnsafeRawPointer(next).loadUnaligned(as: UInt64.self).littleEndian &<< bitCount
                        next += Int(truncatingIfNeeded: (63 &- bitCount) &>> 3)
                        bitCount |= 56
                        entry = literals[Int(truncatingIfNeeded: bits & 0x7FF)]
                        continue
                    }
                    if entry & HuffmanTable.exceptional != 0 {
                        self.bits = bits
                        self.bitCount = Int(bitCount)
                        inputStart = next - input
                        if entry & HuffmanTable.endOfBlock != 0 {
                            state = lastBlock ? .done : .header
                            return out
                        }
                        throw damaged("a literal/length code")
                    }
                    let length = Int(truncatingIfNeeded: entry >> 16) &+ Self.extra(saved, entry)
                    var code = distances[Int(truncatingIfNeeded: bits & 0xFF)]
                    if code & HuffmanTable.subtable != 0 {
                        bits &>>= 8
                        bitCount &-= 8
                        let mask = (UInt64(1) &<< UInt64((code >> 8) & 15)) &- 1
                        code = distances[Int(truncatingIfNeeded: code >> 16) &+ Int(truncatingIfNeeded: bits & mask)]
                    }
                    saved = bits
                    bits &>>= UInt64(code & 63)
                    bitCount &-= UInt64(code & 63)
                    let distance = Int(truncatingIfNeeded: code >> 16) &+ Self.extra(saved, code)
                    guard code & HuffmanTable.invalid == 0, distance <= out - oldest else {
                        self.bits = bits
                        self.bitCount = Int(bitCount)
                        inputStart = next - input
                        throw damaged(code & HuffmanTable.invalid != 0 ? "a distance code" : "a distance too far back")
                    }
                    assert(next + 8 <= input + inputEnd, "a refill past the input")
                    bits |= UnsafeRawPointer(next).loadUnaligned(as: UInt64.self).littleEndian &<< bitCount
                    next += Int(truncatingIfNeeded: (63 &- bitCount) &>> 3)
                    bitCount |= 56
                    entry = literals[Int(truncatingIfNeeded: bits & 0x7FF)]
                    assert(out + length + 16 <= limit, "a match copied past the room")
                    Self.copyMatch(to: out, distance: distance, length: length)
                    out += length
                } while next <= inputLimit && out <= fastLimit
            }
            self.bits = bits
            self.bitCount = Int(bitCount)
            inputStart = next - input
            // Near the end of the input or of the room: one symbol at a time.
            try refillInput()
            if inputEnd - inputStart >= 16, out <= fastLimit { continue }
            guard limit - out >= Self.longestMatch else { return out }
            if try decodeOneSymbol(at: &out, oldest: oldest) { return out }
        }
    }

    /// The extra bits of a length or distance whose code `entry` was read from `bits`.
    @inline(__always)
    private static func extra(_ bits: UInt64, _ entry: UInt32) -> Int {
        let used = bits & ((UInt64(1) &<< UInt64(entry & 63)) &- 1)
        return Int(truncatingIfNeeded: used &>> UInt64((entry >> 8) & 15))
    }

    /// Copies a match of `length` bytes from `distance` back, 16 or 8 bytes at a time where
    /// they do not overlap, writing up to 15 bytes past its end.
    @inline(__always)
    private static func copyMatch(to out: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        var to = UnsafeMutableRawPointer(out)
        let end = to + length
        if distance >= 16 {
            // Most matches are short and far enough back for two words at once.
            var from = UnsafeRawPointer(out - distance)
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            to.storeBytes(of: (from + 8).loadUnaligned(as: UInt64.self), toByteOffset: 8, as: UInt64.self)
            while to + 16 < end {
                to += 16
                from += 16
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                to.storeBytes(of: (from + 8).loadUnaligned(as: UInt64.self), toByteOffset: 8, as: UInt64.self)
            }
        } else if distance >= 8 {
            var from = UnsafeRawPointer(out - distance)
            repeat {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                to += 8
                from += 8
            } while to < end
        } else if distance == 1 {
            let word = UInt64((out - 1).pointee) &* 0x0101_0101_0101_0101
            repeat {
                to.storeBytes(of: word, as: UInt64.self)
                to += 8
            } while to < end
        } else {
            var from = out - distance
            var target = out
            for _ in 0..<length {
                target.pointee = from.pointee
                target += 1
                from += 1
            }
        }
    }

    /// The entry of the code at the front of `bits` in `table` (`root` bits looked up at once),
    /// its root bits dropped when it is found in a subtable.
    private func lookUp(_ table: UnsafeMutablePointer<UInt32>, root: Int) throws(ArchiveError) -> UInt32 {
        let entry = table[Int(truncatingIfNeeded: bits & ((1 &<< UInt64(root)) &- 1))]
        guard entry & HuffmanTable.subtable != 0 else { return entry }
        try drop(root)
        let mask = (UInt64(1) &<< UInt64((entry >> 8) & 15)) &- 1
        return table[Int(entry >> 16) + Int(truncatingIfNeeded: bits & mask)]
    }

    /// Decodes one symbol exactly, reading byte by byte; true when it ended the block.
    private func decodeOneSymbol(
        at out: inout UnsafeMutablePointer<UInt8>, oldest: UnsafeMutablePointer<UInt8>
    ) throws(ArchiveError) -> Bool {
        try need(20)
        let entry = try lookUp(tables, root: 11)
        let lengthBits = bits
        try drop(Int(entry & 63))
        if entry & HuffmanTable.literal != 0 {
            out.pointee = UInt8(truncatingIfNeeded: entry >> 16)
            out += 1
            return false
        }
        if entry & HuffmanTable.endOfBlock != 0 {
            state = lastBlock ? .done : .header
            return true
        }
        guard entry & HuffmanTable.invalid == 0 else { throw damaged("a literal/length code") }
        let length = Int(entry >> 16) + Self.extra(lengthBits, entry)
        let distances = tables + Self.distanceOffset
        try need(28)
        let code = try lookUp(distances, root: 8)
        let distanceBits = bits
        try drop(Int(code & 63))
        guard code & HuffmanTable.invalid == 0 else { throw damaged("a distance code") }
        let distance = Int(code >> 16) + Self.extra(distanceBits, code)
        guard distance <= out - oldest else { throw damaged("a distance too far back") }
        var from = out - distance
        for _ in 0..<length {
            out.pointee = from.pointee
            out += 1
            from += 1
        }
        return false
    }
}

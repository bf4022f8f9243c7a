import CZlib
@_spi(Testing) import RCIngest
import RCTestSupport
import Testing

/// rckit's DEFLATE decoder against zlib, the reference: every stream zlib's `deflate` makes —
/// each level, strategy, window and memory size, flushed into many blocks — decodes to the
/// bytes it was made from, whatever the sizes of the output buffers and input reads; and on
/// damaged streams it fails where zlib fails and gives zlib's bytes where zlib succeeds.
@Suite struct DeflateDecoderTests {
    /// Raw DEFLATE from zlib with the given settings, flushed every `flushEvery` bytes with
    /// `flush` (a sync or full flush, or a block end).
    static func deflate(
        _ bytes: [UInt8], level: Int32 = 6, strategy: Int32 = Z_DEFAULT_STRATEGY, windowBits: Int32 = 15,
        memLevel: Int32 = 8, flushEvery: Int? = nil, flush: Int32 = Z_SYNC_FLUSH
    ) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, -windowBits, memLevel, strategy, zlibVersion(),
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let step = flushEvery ?? max(bytes.count, 1)
        var offset = 0
        input.withUnsafeMutableBufferPointer { source in
            repeat {
                let count = min(step, bytes.count - offset)
                let last = offset + count == bytes.count
                stream.next_in = source.baseAddress.map { $0 + offset }
                stream.avail_in = uInt(count)
                offset += count
                repeat {
                    chunk.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        _ = CZlib.deflate(&stream, last ? Z_FINISH : flush)
                        output += out[..<(out.count - Int(stream.avail_out))]
                    }
                } while stream.avail_out == 0
            } while offset < bytes.count
        }
        return output
    }

    /// Inputs of the kinds DEFLATE treats differently: nothing, one byte, random bytes (stored
    /// blocks), runs (distance 1), short periods that overlap their copies, worksheet XML (long
    /// matches near and far), a mixture, and skewed bytes (long codes, read through subtables).
    static let inputs: [(String, [UInt8])] = {
        var rng = SplitMix64(seed: 2024)
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        var xml: [UInt8] = []
        for row in 1...1500 {
            xml += Array("<row r=\"\(row)\">".utf8)
            for column in ["A", "B", "C", "D", "E", "F", "G"] {
                let value = Int.random(in: 1...5, using: &rng)
                xml += Array("<c r=\"\(column)\(row)\" s=\"1\"><v>\(value)</v></c>".utf8)
            }
            xml += Array("</row>".utf8)
        }
        var mixed: [UInt8] = []
        for k in 0..<40 {
            mixed +=
                k % 3 == 0 ? Array(random[(k * 997)..<(k * 997 + 900)]) : Array(xml[(k * 1301)..<(k * 1301 + 4000)])
            mixed += Array(repeating: UInt8(k), count: k * 7)
        }
        // Bytes whose frequencies halve from one to the next: codes of up to 15 bits, which are
        // looked up through subtables.
        let skewed = (0..<60_000).map { _ in
            UInt8(
                truncatingIfNeeded: min(UInt64.random(in: 1...UInt64.max, using: &rng).trailingZeroBitCount, 40) &* 37)
        }
        var cases: [(String, [UInt8])] = [
            ("empty", []), ("one byte", [42]), ("random", random), ("zeros", Array(repeating: 0, count: 300_000)),
            ("xml", xml), ("mixed", mixed), ("skewed", skewed)
        ]
        for period in [2, 3, 5, 7, 8, 9, 15, 16, 17, 31] {
            let pattern = (0..<period).map { _ in UInt8.random(in: 0...255, using: &rng) }
            cases.append(("period \(period)", (0..<20_000).map { pattern[$0 % period] }))
        }
        return cases
    }()

    @Test func everyLevelAndStrategyReadsBack() throws {
        let strategies = [Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED]
        for (name, bytes) in Self.inputs {
            for level: Int32 in [0, 1, 6, 9] {
                for strategy in strategies {
                    let packed = Self.deflate(bytes, level: level, strategy: strategy)
                    #expect(try DeflateBlocks.decode(packed) == bytes, "\(name), level \(level), strategy \(strategy)")
                }
            }
        }
    }

    @Test func smallWindowsAndMemoryAndFlushedBlocksReadBack() throws {
        for (name, bytes) in Self.inputs where bytes.count > 1000 {
            for windowBits: Int32 in [9, 12] {
                #expect(
                    try DeflateBlocks.decode(Self.deflate(bytes, windowBits: windowBits)) == bytes,
                    "\(name), \(windowBits)")
            }
            #expect(
                try DeflateBlocks.decode(Self.deflate(bytes, level: 9, memLevel: 1)) == bytes, "\(name), memLevel 1")
            for flush in [Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH] {
                let packed = Self.deflate(bytes, flushEvery: 3001, flush: flush)
                #expect(try DeflateBlocks.decode(packed) == bytes, "\(name), flush \(flush)")
            }
        }
    }

    /// Output buffers from the smallest allowed (a match) up, and input read from 64 bytes at a
    /// time up: every stop and resumption, in a stored block or between symbols.
    @Test(arguments: [DeflateDecoder.longestMatch, 259, 1000, 4096, 1 << 20])
    func anyBufferAndReadSizeReadsBack(block: Int) throws {
        for (name, bytes) in Self.inputs {
            for level: Int32 in [0, 6] {
                let packed = Self.deflate(bytes, level: level, flushEvery: 7777)
                for inputRoom in [64, 65, 1000, 1 << 20] {
                    let decoded = try DeflateBlocks.decode(packed, block: block, inputRoom: inputRoom)
                    #expect(decoded == bytes, "\(name), level \(level), input \(inputRoom)")
                }
            }
        }
    }

    /// Every cut of a stream is an error ("cut off" or damaged), never a shorter file.
    @Test func everyCutIsAnError() throws {
        let xml = Self.inputs.first { $0.0 == "xml" }!.1
        for packed in [Self.deflate(Array(xml.prefix(3000))), Self.deflate(Array(xml.prefix(3000)), level: 0)] {
            for length in 0..<packed.count {
                #expect(throws: ArchiveError.self, "cut at \(length)") {
                    try DeflateBlocks.decode(Array(packed.prefix(length)), block: 300, inputRoom: 64)
                }
            }
        }
    }

    /// Damaged streams — bytes changed at random in real ones, and random bytes — read as zlib
    /// reads them: the same bytes where zlib reads them, an error where zlib finds damage.
    @Test func damagedStreamsReadAsZlibReadsThem() throws {
        var rng = SplitMix64(seed: 99)
        let sources = Self.inputs.filter { ["xml", "mixed", "random", "period 3"].contains($0.0) }.map {
            Array($0.1.prefix(6000))
        }
        var disagreements: [String] = []
        for trial in 0..<3000 {
            var stream: [UInt8]
            if trial % 10 == 9 {
                stream = (0..<Int.random(in: 1...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            } else {
                let source = sources[trial % sources.count]
                stream = Self.deflate(source, level: trial % 3 == 0 ? 1 : 6, strategy: trial % 7 == 0 ? Z_FIXED : 0)
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let at = Int.random(in: 0..<stream.count, using: &rng)
                    stream[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
                }
            }
            let expected = ZlibReference.inflate(stream, limit: 1 << 20)
            let decoded = try? DeflateBlocks.decode(stream, block: 4096, inputRoom: 64, limit: 1 << 20)
            if expected != decoded {
                disagreements.append("trial \(trial): zlib \(expected?.count ?? -1), rckit \(decoded?.count ?? -1)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// 100,000 empty fixed blocks (10 bits each) before the one that says something, as zlib
    /// reads them. (Their fixed tables are built once for the run, not for each block, which
    /// would make a megabyte of such input cost seconds: that shows in the suite's time.)
    @Test func manyEmptyFixedBlocksReadAsZlibReadsThem() throws {
        var writer = BitWriter()
        for _ in 0..<100_000 {
            writer.write(0, 1)
            writer.write(1, 2)
            writer.writeCode(0, 7)  // 256: end of block
        }
        writer.write(1, 1)
        writer.write(1, 2)
        writer.writeCode(0x30 + 65, 8)  // 'A'
        writer.writeCode(0, 7)
        #expect(ZlibReference.inflate(writer.bytes) == [65])
        #expect(try DeflateBlocks.decode(writer.bytes) == [65])
        #expect(try DeflateBlocks.decode(writer.bytes, block: 300, inputRoom: 64) == [65])
    }

    /// A match reaching back before the first byte is damage, in the fast loop and near the end.
    @Test func aDistanceBeforeTheStartIsDamage() throws {
        // Fixed Huffman: literal 'a', then length 3 at distance 2 (one byte too far back), end.
        var writer = BitWriter()
        writer.write(1, 1)
        writer.write(1, 2)
        writer.writeCode(0x30 + 97, 8)  // 'a'
        writer.writeCode(0b000_0001, 7)  // 257: length 3
        writer.writeCode(1, 5)  // distance code 1: distance 2
        writer.writeCode(0, 7)  // 256: end of block
        let stream = writer.bytes
        #expect(ZlibReference.inflate(stream) == nil)
        let error = #expect(throws: ArchiveError.self) { try DeflateBlocks.decode(stream) }
        #expect(error?.kind == .corrupt)
        #expect(error?.description.contains("too far back") == true)
        // With bytes after it, the same match is read by the fast loop: the same error.
        let fast = #expect(throws: ArchiveError.self) {
            try DeflateBlocks.decode(stream + Array(repeating: 0, count: 40))
        }
        #expect(fast?.description.contains("too far back") == true)
    }
}

/// Bits written least significant first, as DEFLATE reads them; Huffman codes most significant
/// bit first.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var used = 0

    mutating func write(_ value: Int, _ count: Int) {
        for k in 0..<count { put(value >> k & 1) }
    }

    mutating func writeCode(_ code: Int, _ length: Int) {
        for k in stride(from: length - 1, through: 0, by: -1) { put(code >> k & 1) }
    }

    private mutating func put(_ bit: Int) {
        if used == 0 { bytes.append(0) }
        bytes[bytes.count - 1] |= UInt8(bit) << UInt8(used)
        used = (used + 1) & 7
    }
}

import RCIngest
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Raw DEFLATE through zlib: round trips, damaged and cut streams, and ZIP bombs refused having
/// used a few megabytes.
@Suite struct InflaterTests {
    static func inflater(_ maxOutput: Int = 1 << 20) -> Inflater {
        Inflater(file: "svar.zip", member: "svar.csv", maxOutput: maxOutput)
    }

    @Test func roundTrip() throws {
        let text = Array((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) })
        let packed = ZipWriter.deflate(text)
        #expect(try Self.inflater().inflate(packed[...], expectedSize: text.count) == text)
        #expect(try Self.inflater().inflate(ZipWriter.deflate([])[...]) == [])
        #expect(Inflater.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func damagedStreams() throws {
        let packed = ZipWriter.deflate(Array(repeating: UInt8(ascii: "a"), count: 5000) + Array("slut".utf8))
        #expect(throws: ArchiveError.truncated("svar.zip", "svar.csv")) {
            try Self.inflater().inflate(packed.dropLast(3))
        }
        let error = #expect(throws: ArchiveError.self) { try Self.inflater().inflate([0xFF, 0x00, 0x12][...]) }
        #expect(error?.kind == .corrupt)
        #expect(throws: ArchiveError.self) { try Self.inflater().inflate(packed[...], expectedSize: 10) }
        #expect(throws: ArchiveError.self) { try Self.inflater().inflate(packed[...], expectedSize: 10_000) }
        #expect(throws: ArchiveError.self) { try Self.inflater(100).inflate(packed[...]) }
    }

    /// A raw DEFLATE stream of `mebibytes` MiB of zeros, about a thousandth of that: one MiB
    /// compressed with a sync flush, repeated (its matches reach back only into zeros), and a
    /// final empty block.
    static func zeros(mebibytes: Int) -> [UInt8] {
        let block = ZipWriter.deflate(Array(repeating: 0, count: 1 << 20), finish: false)
        var stream: [UInt8] = []
        stream.reserveCapacity(block.count * mebibytes + 2)
        for _ in 0..<mebibytes { stream += block }
        return stream + [0x03, 0x00]
    }

    @Test func zerosStreamIsValid() throws {
        let stream = Self.zeros(mebibytes: 3)
        let output = try Inflater(
            file: "z", member: "z", maxOutput: 4 << 20,
            limits: ArchiveLimits(maxRatio: 2000)
        ).inflate(stream[...], expectedSize: 3 << 20)
        #expect(output.count == 3 << 20 && output.allSatisfy { $0 == 0 })
    }

    /// A 2 GiB bomb in a ZIP: refused with tooLarge whether it declares its size (refused before
    /// unpacking) or lies (refused by the ratio after a megabyte), the process staying small.
    @Test func zipBombIsRefused() throws {
        let stream = Self.zeros(mebibytes: 2048)
        #expect(stream.count < 3 << 20)
        var zip = ZipWriter()
        zip.add("bomb.csv", compressed: stream, method: 8, size: 2048 << 20, crc: 0)
        zip.add("liar.csv", compressed: stream, method: 8, size: 200 << 20, crc: 0)
        let archive = try ZipArchive(bytes: zip.bytes, file: "bomb.zip")
        for member in archive.members {
            let error = #expect(throws: ArchiveError.self) { try archive.contents(of: member) }
            #expect(error?.kind == .tooLarge)
            #expect(error?.location == member.name)
            #expect(error?.description.hasPrefix("bomb.zip:\(member.name): ") == true)
        }
        let unbounded = #expect(throws: ArchiveError.self) { try Self.inflater(Int.max).inflate(stream[...]) }
        #expect(unbounded?.kind == .tooLarge)
        #expect(Self.peakResidentMebibytes() < 500)
    }

    static func peakResidentMebibytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss) >> 20
        #else
            guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss) >> 10
        #endif
    }
}

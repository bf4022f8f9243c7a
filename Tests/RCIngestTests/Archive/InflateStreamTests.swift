import Foundation
import RCIngest
import RCSurvey
import RCTestSupport
import Testing

/// A ZIP member unpacked as a stream (``InflateStream``), as a worksheet is on the fast path:
/// the same bytes as unpacking it whole, its size and checksum checked at the end, and a bomb
/// judged by its ratio — in all and within every window of output, so that real data in front
/// of a bomb does not hide it — having used a few megabytes, while a real sheet larger than any
/// member unpacked whole is read.
@Suite struct InflateStreamTests {
    /// Every byte of `member`, a block of (up to) `block` bytes at a time.
    static func streamed(_ archive: ZipArchive, _ member: ZipMember, block: Int = 1 << 16) throws -> [UInt8] {
        let stream = try InflateStream(archive, member: member)
        var output: [UInt8] = []
        let window = DeflateDecoder.window
        var buffer = [UInt8](repeating: 0, count: window + block)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { try stream.read(into: $0, from: window) }
            if count == 0 { return output }
            output += buffer[window..<window + count]
        }
    }

    @Test(arguments: [DeflateDecoder.longestMatch, 300, 4096, 1 << 16])
    func streamsAsTheWholeMember(block: Int) throws {
        let text = Array((0..<70_000).map { UInt8(truncatingIfNeeded: $0 * 13 % 241) })
        var zip = ZipWriter()
        zip.add("deflated.xml", text, deflated: true)
        zip.add("stored.xml", text)
        zip.add("empty.xml", [], deflated: true)
        let archive = try ZipArchive(bytes: zip.bytes, file: "svar.xlsx")
        for member in archive.members {
            #expect(try Self.streamed(archive, member, block: block) == archive.contents(of: member))
        }
    }

    @Test func aWrongChecksumOrSizeIsRefusedAtTheEnd() throws {
        let text = Array(repeating: UInt8(ascii: "x"), count: 10_000)
        var zip = ZipWriter()
        zip.add("crc.xml", compressed: ZipWriter.deflate(text), method: 8, size: text.count, crc: 42)
        zip.add("size.xml", compressed: ZipWriter.deflate(text), method: 8, size: 9_999, crc: 0)
        let archive = try ZipArchive(bytes: zip.bytes, file: "svar.xlsx")
        for member in archive.members {
            let error = #expect(throws: ArchiveError.self) { try Self.streamed(archive, member) }
            #expect(error?.kind == .corrupt)
        }
    }

    /// A 2 GiB bomb (zeros at about 1,000:1) is refused after its first megabytes, whatever
    /// size it declares; behind 3 MiB of real data (random bytes) a small window catches it.
    @Test func aBombIsRefusedByItsRatio() throws {
        let bomb = InflaterTests.zeros(mebibytes: 2048)
        var rng = SplitMix64(seed: 7)
        let noise = (0..<(3 << 20)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let hidden = ZipWriter.deflate(noise, finish: false) + InflaterTests.zeros(mebibytes: 256)
        var zip = ZipWriter()
        zip.add("xl/worksheets/sheet1.xml", compressed: bomb, method: 8, size: Int(UInt32.max) - 1, crc: 0)
        zip.add("xl/worksheets/sheet2.xml", compressed: hidden, method: 8, size: Int(UInt32.max) - 1, crc: 0)
        let archive = try ZipArchive(
            bytes: zip.bytes, file: "bomb.xlsx", limits: ArchiveLimits(ratioWindow: 8 << 20))
        for member in archive.members {
            let stream = try InflateStream(archive, member: member)
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            let error = #expect(throws: ArchiveError.self) {
                while try buffer.withUnsafeMutableBufferPointer({
                    try stream.read(into: $0, from: DeflateDecoder.window)
                }) > 0 {}
            }
            #expect(error?.kind == .tooLarge)
            #expect(error?.description.contains("ZIP bomb") == true)
            // The window with the noise passes; the next, all zeros, is judged once it is full:
            // two windows, each overrun by up to a block, at most.
            #expect(stream.produced <= 2 * (8 << 20) + 2 * (1 << 20), "refused after \(stream.produced) bytes")
        }
        #expect(InflaterTests.peakResidentMebibytes() < 500)
    }

    /// A workbook whose sheet unpacks past the limit for a member unpacked whole (here 256 KiB
    /// instead of 256 MiB) at a real sheet's ratio is read on the fast path — where the general
    /// reader, which holds the sheet in memory, refuses it.
    @Test func aLargeRealSheetIsRead() throws {
        var rows = [["respondent", "role"] + RCSurvey.Dimension.allCases.map { "\($0.id) - Læge" }]
        for k in 0..<6_000 {
            rows.append(["P\(k)", k % 3 == 0 ? "Sygeplejerske" : "Læge"] + (0..<7).map { "\(1 + (k + $0 * 3) % 5)" })
        }
        let bytes = WorkbookWriter().bytes(rows)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-\(UUID().uuidString).xlsx").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = IngestOptions(instrument: ShapeFixtures.rolesInstrument)
        options.archiveLimits = ArchiveLimits(maxMemberSize: 256 << 10, maxTotalSize: 512 << 10)
        var fast = Ingestor(options: options)
        let report = try fast.read(path: path, consume: { _ in nil }, reject: { _ in })
        #expect(fast.sheetsReadFast == 1)
        #expect(report.counts.answers == 6_000 * 7)
        options.plainRuns = false
        var general = Ingestor(options: options)
        let error = #expect(throws: ArchiveError.self) {
            try general.read(path: path, consume: { _ in nil }, reject: { _ in })
        }
        #expect(error?.kind == .tooLarge)
    }
}

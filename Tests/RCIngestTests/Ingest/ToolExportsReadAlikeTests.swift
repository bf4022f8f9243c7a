import Foundation
@testable import RCIngest
import RCSurvey
import Testing

/// Every tool's export, as the fixtures have it (header rows, metadata columns, encodings,
/// delimiters, line endings, labels, "Ved ikke", codes with a values file), reads to the same
/// answers, rejections and counts on the fast path — on one thread or two, in blocks of any
/// size — as on the general path. The fixtures have 5 respondents, fewer than the records read
/// the general way to detect the shape, so the detection reads fewer here
/// (``IngestOptions/sampleRecords``): the rows after them reach the fast path.
@Suite struct ToolExportsReadAlikeTests {
    /// The shapes of `ExportShapeTests` and the files it does not read there (the original and
    /// the files with a problem per line).
    static let cases: [ShapeCase] = ShapeCase.all.filter { !$0.file.hasSuffix(".xlsx") } + [
        ShapeCase(file: "tidy-original.csv", format: .long),
        ShapeCase(file: "rejects-long.csv", format: .long),
        ShapeCase(file: "rejects-wide.csv", format: .wide),
    ]

    struct Outcome: Equatable, CustomStringConvertible {
        var answers: [Answer] = []
        var rejections: [Rejection] = []
        var counts = IngestCounts()
        var format: ExportFormat?
        var error: String?

        var description: String {
            error ?? "\(format.map { "\($0)" } ?? "?"): \(counts), \(rejections.count) rejections"
        }
    }

    static func read(_ shape: ShapeCase, sample: Int, plain: Bool, concurrent: Bool, blockSize: Int) throws -> Outcome {
        var options = try shape.options(ShapeFixtures.rolesInstrument)
        options.sampleRecords = sample
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.checkInvariants = true
        options.csv.blockSize = blockSize
        do {
            let result = try ShapeFixtures.read(try ShapeFixtures.path(shape.file), options: options)
            return Outcome(answers: result.answers, rejections: result.rejections, counts: result.counts,
                           format: result.report?.shape.format)
        } catch {
            return Outcome(error: "\(error)")
        }
    }

    @Test(arguments: cases)
    func fastPathReadsEveryExportAlike(shape: ShapeCase) throws {
        // The fixtures have one to three header rows and five data rows: a sample of 4 or 5
        // records leaves the last one to four rows to the fast path.
        for sample in [4, 5] {
            let general = try Self.read(shape, sample: sample, plain: false, concurrent: false, blockSize: 1 << 18)
            #expect(general.error == nil, "sample \(sample): \(general)")
            for (concurrent, blockSize) in [(true, 1 << 18), (false, 1 << 18), (true, 97), (false, 13)] {
                let fast = try Self.read(shape, sample: sample, plain: true, concurrent: concurrent, blockSize: blockSize)
                #expect(fast == general, "sample \(sample), concurrent \(concurrent), blocks of \(blockSize): \(fast) against \(general)")
            }
        }
    }

    /// With the default sample the same files read to what a sample of a few rows reads them to:
    /// the detection does not depend on the rows the fast path then reads.
    @Test(arguments: cases)
    func aSmallSampleDetectsTheSame(shape: ShapeCase) throws {
        let whole = try Self.read(shape, sample: Ingestor.sampleSize, plain: false, concurrent: false, blockSize: 1 << 18)
        let small = try Self.read(shape, sample: 4, plain: true, concurrent: true, blockSize: 1 << 18)
        #expect(small == whole, "\(small) against \(whole)")
    }
}

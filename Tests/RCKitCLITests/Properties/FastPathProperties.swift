import Foundation
import RCIngest
@testable import RCStats
import RCSurvey
import Testing

/// The fast path with the survey builder as its sink — the way the commands read — builds the
/// same survey as the general path: the builder takes a tie's further answers by dimension
/// and score alone (``SurveyBuilder/acceptRepeats(dimensions:scores:)``), and every refusal,
/// duplicate and broken tie must still come out as the general path has it.
@Suite struct FastPathProperties {
    struct Built {
        var data: SurveyData
        var rejections: [Rejection]
        var counts: IngestCounts
    }

    static func build(_ bytes: [UInt8], instrument: Instrument, plain: Bool, concurrent: Bool) throws -> Built {
        var options = IngestOptions(instrument: instrument, csv: CSVOptions(blockSize: 4096))
        options.plainRuns = plain
        options.concurrentReading = concurrent
        var builder = SurveyBuilder(roleOrder: instrument.roles.map(\.name))
        var reader = try CSVReader(bytes: bytes, name: "export.csv", options: options.csv)
        var ingestor = Ingestor(options: options)
        var rejections: [Rejection] = []
        try ingestor.read(&reader, into: &builder) { rejections.append($0) }
        return Built(data: builder.build(), rejections: rejections, counts: ingestor.counts)
    }

    /// A random survey in tidy rows, with bad rows, duplicated rows and rows of another rater
    /// role dropped in, so that ties are broken and refused in the middle.
    static func rows(seed: UInt64) -> [[String]] {
        let survey = RandomSurvey.random(seed: seed)
        var rng = SplitMix64(seed: seed ^ 0xFA57)
        var rows = Array(ExportShape.longRows(survey).dropFirst())
        for _ in 0..<Int.random(in: 4...20, using: &rng) {
            let at = Int.random(in: 0..<rows.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: rows.insert(IngestProperties.garbage(survey, &rng), at: at)
            case 1: rows.insert(rows[at], at: at + 1)
            default:
                var other = rows[at]
                other[2] = survey.roles.randomElement(using: &rng) ?? other[2]
                rows.insert(other, at: at + 1)
            }
        }
        return [ExportShape.longRows(survey)[0]] + rows
    }

    @Test(arguments: IngestProperties.seeds)
    func fastPathBuildsTheSameSurvey(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let bytes = Array(ExportShape.csv(FastPathProperties.rows(seed: seed)).utf8)
        let general = try FastPathProperties.build(bytes, instrument: survey.instrument, plain: false, concurrent: false)
        for concurrent in [true, false] {
            let fast = try FastPathProperties.build(bytes, instrument: survey.instrument, plain: true, concurrent: concurrent)
            #expect(fast.rejections == general.rejections, "concurrent \(concurrent)")
            #expect(fast.counts == general.counts, "concurrent \(concurrent)")
            #expect(fast.data.storageRoles == general.data.storageRoles)
            #expect(fast.data.rounds.count == general.data.rounds.count)
            for (x, y) in zip(fast.data.rounds, general.data.rounds) {
                #expect(x.label == y.label)
                #expect(x.respondentIDs == y.respondentIDs)
                #expect(x.raterRoles == y.raterRoles)
                #expect(x.compact == y.compact)
                #expect(x.wide?.map(\.bitPattern) == y.wide?.map(\.bitPattern))
            }
        }
        #expect(general.counts.rejected > 0 && general.counts.answers > 0)
    }
}

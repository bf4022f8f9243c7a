import Foundation
import RCSurvey
import Testing

@_spi(Testing) @testable import RCIngest
@_spi(Testing) @testable import RCStats

/// Every export in the shape fixtures (`Tests/RCIngestTests/Fixtures/shapes`, one per tool and
/// convention), read into the survey builder the way the commands read it, builds the same
/// survey on the fast path as on the general path: the builder takes whole wide rows and a
/// tie's further answers at once there, so its storage must still end up as the answers taken
/// one by one leave it; and with background variables collected (`--by`, `import`), the same
/// values and conflict must be noted. The fixtures have 5 respondents, fewer than the rows read
/// the general way to detect the shape, so the detection reads only the header rows and a data
/// row or two here (``IngestOptions/sampleRecords``). The segment fixtures, with a background
/// variable each, are read too.
extension FastPathProperties {
    static let shapesFolder = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes")

    /// The exports, with the mapping or values file beside them; not the companions (a values
    /// file, a mapping, SurveyXact's structure and labels, REDCap's dictionary) or the generator.
    static let exports: [String] = {
        let files = FileManager.default.enumerator(atPath: shapesFolder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { file in
            let name = (file as NSString).lastPathComponent
            return (name.hasSuffix(".csv") || name.hasSuffix(".txt")) && !name.hasSuffix(".values.csv")
                && !name.contains("DataDictionary") && name != "structure.csv" && name != "labels.csv"
        }.sorted() + segmentFiles
    }()

    /// From the repository's root.
    static let segmentFiles = [
        "Tests/RCStatsTests/Fixtures/segments/units.csv", "Tests/RCStatsTests/Fixtures/segments/units-export.csv"
    ]

    /// A survey built, or the error that stopped reading.
    enum Reading {
        case built(Built)
        case failed(String)
    }

    static func buildExport(_ file: String, sample: Int, plain: Bool, concurrent: Bool, background: Bool) throws
        -> Reading
    {
        let path =
            segmentFiles.contains(file)
            ? repositoryRoot.appendingPathComponent(file).path
            : shapesFolder.appendingPathComponent(file).path
        let stem = (path as NSString).deletingPathExtension
        var options = IngestOptions(instrument: .standard(language: .da))
        if FileManager.default.fileExists(atPath: stem + ".mapping.json") {
            options.mapping = try ColumnMapping.load(path: stem + ".mapping.json")
        }
        if FileManager.default.fileExists(atPath: stem + ".values.csv") {
            options.valueLabels = try ValueLabels.load(path: stem + ".values.csv")
        }
        options.sampleRecords = sample
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.checkInvariants = true
        options.collectsBackground = background
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var ingestor = Ingestor(options: options)
        var rejections: [Rejection] = []
        do {
            try ingestor.read(path: path, into: &builder) { rejections.append($0) }
        } catch {
            return .failed("\(error)")
        }
        return .built(
            Built(
                data: builder.build(), rejections: rejections, counts: ingestor.counts,
                background: ingestor.background.byName,
                backgroundConflict: ingestor.background.conflict.map { "\($0)" }))
    }

    @Test func theExportsAreFound() {
        #expect(FastPathProperties.exports.count >= 20, "\(FastPathProperties.exports)")
        #expect(FastPathProperties.exports.contains("qualtrics-choice-text.csv"))
    }

    @Test(arguments: FastPathProperties.exports)
    func fastPathBuildsTheSameSurveyFromEveryExport(file: String) throws {
        for sample in [4, 5] {
            for (concurrent, background) in [(true, false), (false, false), (true, true)] {
                let general = try FastPathProperties.buildExport(
                    file, sample: sample, plain: false, concurrent: false, background: background)
                let fast = try FastPathProperties.buildExport(
                    file, sample: sample, plain: true, concurrent: concurrent, background: background)
                let comment = "\(file), sample \(sample), concurrent \(concurrent), background \(background)"
                switch (fast, general) {
                case let (.built(fast), .built(general)):
                    FastPathProperties.expectSame(fast, general, displayOrder: true, comment)
                case let (.failed(fast), .failed(general)):
                    #expect(fast == general, "\(comment)")
                default:
                    Issue.record("\(comment): fast \(fast), general \(general)")
                }
            }
        }
    }
}

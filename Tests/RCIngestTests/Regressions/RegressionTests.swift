import Foundation
import RCIngest
import RCSurvey
import Testing

/// Every input in `Fixtures/regressions` (fuzzer findings and known broken exports), read in every
/// export shape: no crash, and either an error that names a line or every record accounted for.
@Suite struct RegressionTests {
    static let folder = Bundle.module.url(forResource: "regressions", withExtension: nil, subdirectory: "Fixtures")

    static let inputs: [String] = {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted()
    }()

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs)
    func readsWithoutCrashing(name: String) throws {
        let path = try #require(Self.folder).appendingPathComponent(name).path
        for format in [nil] + ExportFormat.allCases.filter({ $0 != .mapping }) {
            var ingestor = Ingestor(options: IngestOptions(format: format))
            var rejections = 0
            do {
                let report = try ingestor.read(
                    path: path, consume: { _ in nil },
                    reject: { rejection in
                        rejections += 1
                        #expect(rejection.line >= 1)
                    })
                #expect(report.counts.isBalanced, "\(name) as \(format?.rawValue ?? "auto"): \(report.counts)")
                #expect(report.counts.rejected == rejections)
            } catch let error as IngestError {
                #expect((error.line ?? 0) >= 1, "\(name) as \(format?.rawValue ?? "auto"): \(error)")
            } catch let error as CSVError {
                #expect((error.line ?? 0) >= 1, "\(name) as \(format?.rawValue ?? "auto"): \(error)")
            }
        }
    }
}

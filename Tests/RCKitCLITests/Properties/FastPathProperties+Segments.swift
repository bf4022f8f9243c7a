import Foundation
import RCSurvey
import Testing

@testable import RCIngest
@testable import RCKitCLI
@testable import RCStats

/// `--by` and `--where` read the files again into one builder per segment; on the fast path the
/// segments take coded answers, a tie's further answers and wide rows at once, and must build
/// exactly what the general path builds (one answer at a time), with the same counts.
extension FastPathProperties {
    static func segments(_ path: String, by name: String, plain: Bool, sample: Int) throws -> [[Built]] {
        var options = IngestOptions(instrument: .standard(language: .da))
        options.plainRuns = plain
        options.sampleRecords = sample
        options.collectsBackground = true
        options.checkInvariants = true
        let input = try SurveyFiles.read([path], options: options)
        let plan = try SegmentPlan(name, in: input.background, option: "--by")
        // Every segment at once, and each alone (`--where`).
        let readings =
            [try input.segmentData(plan)] + (try plan.values.indices.map { try input.segmentData(plan, only: $0) })
        return readings.map { parts in parts.map { Built(data: $0.data, rejections: [], counts: $0.counts) } }
    }

    /// A tidy file and a wide one with a background variable, answers given twice, rows of
    /// unknown roles and answers given as missing.
    static func segmentTestFiles() throws -> [(path: String, variable: String)] {
        let folder = try temporaryDirectory()
        var tidy = "respondent,round,rater_role,target_role,dimension,value,Afdeling\n"
        var wide =
            "respondent,role,Afdeling,shared_goals - Læge,mutual_respect - Læge,shared_goals - Sygeplejerske,mutual_respect - Sygeplejerske\n"
        for r in 0..<90 {
            let unit = r % 11 == 0 ? "" : "Afd \(r % 3)"
            let rater = r % 13 == 0 ? "Ukendt" : ["Læge", "Sygeplejerske"][r % 2]
            for target in ["Læge", "Sygeplejerske"] {
                for (d, dimension) in ["shared_goals", "mutual_respect", "timely_communication"].enumerated() {
                    let value = (r + d) % 9 == 0 ? "Ved ikke" : "\((r + d) % 5 + 1)"
                    tidy += "P\(r),\(r % 4 == 0 ? "før" : "efter"),\(rater),\(target),\(dimension),\(value),\(unit)\n"
                    if r % 17 == 0 {
                        tidy += "P\(r),\(r % 4 == 0 ? "før" : "efter"),\(rater),\(target),\(dimension),3,\(unit)\n"
                    }
                }
            }
            // Respondents R0–R9 come twice (their answers refused the second time), with the same unit.
            let wideUnit = (r % 80) % 11 == 0 ? "" : "Afd \((r % 80) % 3)"
            wide +=
                "R\(r % 80),\(rater),\(wideUnit),\(r % 5 + 1),\(r % 7 == 0 ? "Ved ikke" : "4"),\((r + 2) % 5 + 1),\(r % 3 + 1)\n"
        }
        let tidyFile = folder.appendingPathComponent("tidy.csv"), wideFile = folder.appendingPathComponent("wide.csv")
        try tidy.write(to: tidyFile, atomically: true, encoding: .utf8)
        try wide.write(to: wideFile, atomically: true, encoding: .utf8)
        let fixtures = zip(segmentFiles, ["unit", "Afdeling"]).map {
            (repositoryRoot.appendingPathComponent($0.0).path, $0.1)
        }
        return [(tidyFile.path, "Afdeling"), (wideFile.path, "Afdeling")] + fixtures
    }

    @Test func segmentsReadAlike() throws {
        for (path, variable) in try FastPathProperties.segmentTestFiles() {
            for sample in [2, Ingestor.sampleSize] {
                let general = try FastPathProperties.segments(path, by: variable, plain: false, sample: sample)
                let fast = try FastPathProperties.segments(path, by: variable, plain: true, sample: sample)
                #expect(fast.count == general.count && general.count > 2, "\(path)")
                for (reading, (fastParts, generalParts)) in zip(fast, general).enumerated() {
                    #expect(fastParts.count == generalParts.count, "\(path)")
                    for (segment, (x, y)) in zip(fastParts, generalParts).enumerated() {
                        FastPathProperties.expectSame(
                            x, y, displayOrder: true,
                            "\((path as NSString).lastPathComponent), sample \(sample), reading \(reading), segment \(segment)"
                        )
                    }
                }
            }
        }
    }
}

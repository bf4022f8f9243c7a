import Foundation
import RCIngest
import RCStats
import RCSurvey
import Testing

/// Properties of reading random surveys: every record is accounted for, and answers survive a
/// round trip through every export shape.
@Suite struct IngestProperties {
    static let seeds: [UInt64] = (1...16).map { 0x5EED_0000 + $0 }

    struct Read {
        var answers: [Answer] = []
        var rejections: [Rejection] = []
        var report: FileReport?
    }

    /// Reads `bytes` as the CLI does: through the survey builder, which refuses repeated answers.
    static func read(_ bytes: [UInt8], instrument: Instrument, name: String = "export.csv") throws -> Read {
        var result = Read()
        var builder = SurveyBuilder(roleOrder: instrument.roles.map(\.name))
        var reader = try CSVReader(bytes: bytes, name: name, options: IngestOptions.defaultCSV)
        var ingestor = Ingestor(options: IngestOptions(instrument: instrument))
        result.report = try ingestor.read(
            &reader,
            consume: { answer in
                if case let .rejected(reason) = builder.add(answer) { return reason }
                result.answers.append(answer)
                return nil
            }, reject: { result.rejections.append($0) })
        return result
    }

    /// A row that must be rejected, and why.
    static func garbage(_ survey: RandomSurvey, _ rng: inout SplitMix64) -> [String] {
        let respondent = survey.respondents[Int.random(in: 0..<survey.respondents.count, using: &rng)]
        let role = survey.roles[respondent.role]
        let target = survey.roles.randomElement(using: &rng) ?? role
        let dimension = RandomSurvey.dimensions.randomElement(using: &rng)?.id ?? "shared_goals"
        let id = RandomSurvey.distinctiveID(&rng)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: return [id, "", role, target, "Tillid", "3"]
        case 1:
            return [
                id, "", role, target, dimension, ["7", "0", "-1", "3,5", "2.5", "1e9"].randomElement(using: &rng) ?? "7"
            ]
        case 2: return [id, "", role, target, dimension, "Måske"]
        case 3: return [id, "", "", target, dimension, "3"]
        case 4: return [id, "", "Direktør", target, dimension, "3"]
        case 5: return ["", "", role, target, dimension, "3"]
        case 6: return [id, "", role, "", dimension, "4"]
        default: return [id, ""]
        }
    }

    /// (a) Every record read is accepted or rejected, the counts add up, each rejection has a
    /// reason, and exactly the bad rows are rejected — at their lines.
    @Test(arguments: seeds)
    func everyRecordIsAccountedFor(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        var rng = SplitMix64(seed: seed ^ 0xBAD)
        var rows = Array(ExportShape.longRows(survey).dropFirst())
        var isGarbage = [Bool](repeating: false, count: rows.count)
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let at = Int.random(in: 0...rows.count, using: &rng)
            rows.insert(Self.garbage(survey, &rng), at: at)
            isGarbage.insert(true, at: at)
        }
        // Repeats and role conflicts are refused when they come after the answer they contradict.
        let scored = rows.indices.filter { !isGarbage[$0] && !rows[$0][5].isEmpty && rows[$0][5] != "Ved ikke" }
        if let original = scored.randomElement(using: &rng) {
            rows.append(rows[original])
            isGarbage.append(true)
            var conflict = rows[original]
            conflict[2] = survey.roles.first { $0 != conflict[2] } ?? conflict[2]
            rows.append(conflict)
            isGarbage.append(true)
        }
        let writer = CSVWriter()
        var text = writer.line(["respondent", "round", "rater_role", "target_role", "dimension", "value"])
        var garbageLines: [Int] = []
        for (row, garbage) in zip(rows, isGarbage) {
            let line = 1 + text.utf8.count(where: { $0 == 10 })
            if garbage { garbageLines.append(line) }
            text += writer.line(row)
        }
        let result = try Self.read(Array(text.utf8), instrument: survey.instrument)
        let counts = try #require(result.report?.counts)
        #expect(counts.records == rows.count)
        #expect(counts.isBalanced, "\(counts)")
        #expect(counts.rejected == result.rejections.count)
        #expect(counts.answers + counts.missing == result.answers.count)
        #expect(result.rejections.map(\.line) == garbageLines, "\(survey)")
        #expect(result.rejections.allSatisfy { !$0.reason.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(RandomSurvey.multiset(result.answers, respondents: true) == survey.expected(respondents: true))
    }

    /// (b) Answers survive a round trip through each export shape: the same multiset of
    /// (respondent where the shape carries ids, rater, target, dimension, score), nothing rejected.
    @Test(arguments: ExportShape.allCases)
    func answersSurviveEachExportShape(shape: ExportShape) throws {
        for seed in Self.seeds {
            let survey = RandomSurvey.random(seed: seed)
            let result = try Self.read(shape.bytes(survey), instrument: survey.instrument)
            #expect(result.report?.shape.format == shape.format, "\(survey)")
            #expect(result.rejections.isEmpty, "\(survey): \(result.rejections.prefix(3))")
            let read = RandomSurvey.multiset(result.answers, respondents: shape.carriesIDs)
            let expected = survey.expected(respondents: shape.carriesIDs)
            #expect(read == expected, "\(survey): \(read.count) distinct answers read, \(expected.count) written")
            if read != expected { return }
        }
    }
}

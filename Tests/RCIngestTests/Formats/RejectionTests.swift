import Foundation
import RCIngest
import RCSurvey
import Testing

/// Every record read is accepted or rejected with its line, column and reason; nothing is lost.
@Suite struct RejectionTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var line: Int
        var column: Int
        var reason: String
        var testDescription: String { "line \(line): \(reason)" }
    }

    @Test func tidyFileRejectsEachProblemAtItsLine() throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("rejects-long.csv"),
            options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        let expected = [
            Expected(line: 3, column: 6, reason: "score 6 is outside the scale 1–5"),
            Expected(line: 4, column: 5, reason: "unknown dimension 'Tillid'"),
            Expected(line: 5, column: 3, reason: "no rater role"),
            Expected(line: 6, column: 3, reason: "unknown role 'Portør'")
        ]
        #expect(result.rejections.map(\.line) == expected.map(\.line))
        for (rejection, want) in zip(result.rejections, expected) {
            #expect(rejection.column == want.column, "\(rejection.location)")
            #expect(rejection.reason.contains(want.reason), "\(rejection.reason)")
            #expect(rejection.file.hasSuffix("rejects-long.csv"))
            #expect(!rejection.record.isEmpty)
        }
        #expect(result.counts == IngestCounts(rows: 6, records: 6, answers: 1, missing: 1, rejected: 4))
        #expect(result.counts.isBalanced)
    }

    /// Without defined roles any role name is a role: only the three data problems are rejected.
    @Test func unknownRolesPassWhenTheInstrumentDefinesNone() throws {
        let result = try ShapeFixtures.read(try ShapeFixtures.path("rejects-long.csv"), options: IngestOptions())
        #expect(result.rejections.map(\.line) == [3, 4, 5])
        #expect(result.answers.contains { $0.raterRole == "Portør" })
        #expect(result.counts == IngestCounts(rows: 6, records: 6, answers: 2, missing: 1, rejected: 3))
    }

    @Test func wideFileRejectsRowsAndCells() throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("rejects-wide.csv"),
            options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        let byLine = Dictionary(grouping: result.rejections, by: \.line)
        #expect(byLine.keys.sorted() == [3, 4, 5])
        // Line 3 has no rater role: each of its 28 answers is rejected, pointing at the role column.
        #expect(byLine[3]?.count == 28)
        #expect(byLine[3]?.allSatisfy { $0.column == 2 && $0.reason.hasSuffix("no rater role") } == true)
        // Line 4 has one score out of range, in column 8.
        let cell = try #require(byLine[4]?.first)
        #expect(byLine[4]?.count == 1)
        #expect(cell.column == 8)
        #expect(cell.reason.contains("score 7 is outside the scale 1–5"))
        #expect(cell.reason.hasPrefix("Rettidig kommunikation - Læge: "))
        // Line 5's rater is not one of the instrument's roles.
        #expect(byLine[5]?.count == 28)
        #expect(byLine[5]?.allSatisfy { $0.reason.contains("unknown role 'Portør'") } == true)
        let counts = result.counts
        #expect(counts.records == 4 * 28)
        #expect(counts.rejected == 57)
        #expect(counts.isBalanced)
        #expect(result.answers.count == counts.answers + counts.missing)
    }

    @Test func aRecordRefusedByTheConsumerIsRejectedToo() throws {
        var ingestor = Ingestor(options: IngestOptions())
        var rejections: [Rejection] = []
        let report = try ingestor.read(
            path: try ShapeFixtures.path("tidy-original.csv"),
            consume: { $0.respondent == "R02" ? .refused(reason: "duplicate answer") : nil },
            reject: { rejections.append($0) })
        #expect(rejections.count == 28)
        #expect(rejections.allSatisfy { $0.reason == "duplicate answer" })
        #expect(report.counts.isBalanced)
        #expect(report.counts.answers + report.counts.missing == 112)
    }
}

/// A value one tool writes in its own way means that only in that tool's files, even when one
/// ingestor reads several files.
@Suite struct FormatValueTests {
    @Test func qualtricsMinus99IsMissingOnlyInQualtricsFiles() throws {
        var ingestor = Ingestor(options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        var missing = 0
        try ingestor.read(
            path: try ShapeFixtures.path("qualtrics-numeric.csv"),
            consume: { answer in
                if answer.score == nil { missing += 1 }
                return nil
            }, reject: { _ in })
        #expect(missing >= 3)
        // Every dimension, so that whichever columns held -99 in the Qualtrics file are met again.
        let tidy =
            "respondent,round,rater_role,target_role,dimension,value\n"
            + Dimension.allCases.map { "R9,,Læge,Sygeplejerske,\($0.id),-99\n" }.joined()
        var reader = try CSVReader(bytes: Array(tidy.utf8), name: "tidy.csv")
        var rejections: [Rejection] = []
        try ingestor.read(&reader, consume: { _ in nil }, reject: { rejections.append($0) })
        #expect(rejections.count == Dimension.allCases.count)
        #expect(rejections.allSatisfy { $0.column == 6 })
    }
}

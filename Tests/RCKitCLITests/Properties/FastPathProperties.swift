import Foundation
import RCIngest
import RCSurvey
import Testing

@testable import RCStats

/// The fast path with the survey builder as its sink — the way the commands read — builds the
/// same survey as the general path: the builder takes a tie's further answers by dimension
/// and score alone (``SurveyBuilder/acceptRepeats(dimensions:scores:)``), and every refusal,
/// duplicate and broken tie must still come out as the general path has it.
@Suite struct FastPathProperties {
    struct Built {
        var data: SurveyData
        var rejections: [Rejection]
        var counts: IngestCounts
        /// The background variables noted, when they were collected: by name, round and id.
        var background: [String: [String: [String: String?]]] = [:]
        var backgroundConflict: String?
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

    /// A random survey in tidy rows, with bad rows, duplicated rows (some of them with a blank,
    /// missing value before or after the answer) and rows of another rater role dropped in, so
    /// that ties are broken and refused in the middle.
    static func rows(seed: UInt64) -> [[String]] {
        let survey = RandomSurvey.random(seed: seed)
        var rng = SplitMix64(seed: seed ^ 0xFA57)
        var rows = Array(ExportShape.longRows(survey).dropFirst())
        for _ in 0..<Int.random(in: 4...20, using: &rng) {
            let at = Int.random(in: 0..<rows.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: rows.insert(IngestProperties.garbage(survey, &rng), at: at)
            case 1: rows.insert(rows[at], at: at + 1)
            case 2, 3:
                // The same answer given as missing, after the row (a score then a blank) or before it.
                var missing = rows[at]
                missing[missing.count - 1] = ""
                rows.insert(missing, at: at + (Bool.random(using: &rng) ? 1 : 0))
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
        let general = try FastPathProperties.expectSameSurvey(bytes, instrument: survey.instrument, displayOrder: false)
        #expect(general.counts.rejected > 0 && general.counts.answers > 0)
    }

    /// Reads `bytes` the general way and the fast way (on one thread and on two) and expects the
    /// same survey: rejections, counts, roles (and their display order when `displayOrder`) and
    /// every round's data. Returns the general reading.
    static func expectSameSurvey(_ bytes: [UInt8], instrument: Instrument, displayOrder: Bool) throws
        -> Built
    {
        let general = try build(bytes, instrument: instrument, plain: false, concurrent: false)
        for concurrent in [true, false] {
            let fast = try build(bytes, instrument: instrument, plain: true, concurrent: concurrent)
            expectSame(fast, general, displayOrder: displayOrder, "concurrent \(concurrent)")
        }
        return general
    }

    /// Expects two readings of the same file to have built the same survey, storage and all.
    static func expectSame(_ fast: Built, _ general: Built, displayOrder: Bool, _ comment: String) {
        #expect(fast.rejections == general.rejections, "\(comment)")
        #expect(fast.counts == general.counts, "\(comment)")
        #expect(fast.background == general.background, "\(comment)")
        #expect(fast.backgroundConflict == general.backgroundConflict, "\(comment)")
        #expect(fast.data.storageRoles == general.data.storageRoles, "\(comment)")
        if displayOrder { #expect(fast.data.roles == general.data.roles, "\(comment)") }
        #expect(fast.data.rounds.count == general.data.rounds.count, "\(comment)")
        for (x, y) in zip(fast.data.rounds, general.data.rounds) {
            #expect(x.label == y.label, "\(comment)")
            #expect(x.respondentIDs == y.respondentIDs, "\(comment)")
            #expect(x.raterRoles == y.raterRoles, "\(comment)")
            #expect(x.compact == y.compact, "\(comment)")
            #expect(x.wide?.map(\.bitPattern) == y.wide?.map(\.bitPattern), "\(comment)")
        }
    }

    /// A random survey in wide rows (one per respondent), after 200 rows of padding, with rows repeated (every answer a
    /// duplicate), a known respondent under another rater role, an unknown role, a value no
    /// scale has, a blank respondent id and a row cut short dropped in.
    static func wideRows(seed: UInt64) -> [[String]] {
        let random = RandomSurvey.random(seed: seed)
        var rng = SplitMix64(seed: seed ^ 0x91DE)
        let all = ExportShape.wideRows(
            random, header: ["respondent", "role"], headerFor: { "\($0.id) - \($1)" },
            leading: { r, _ in [r.id] }, cell: { ExportShape.number($1) })
        // The first 200 records are read the general way (to detect the shape): padding first,
        // each a respondent of the survey again under a new id.
        let survey = all.dropFirst()
        var rows =
            (0..<Ingestor.sampleSize).map { i in
                var row = survey[survey.startIndex + i % survey.count]
                row[0] = "pad-\(i)"
                return row
            } + survey
        for _ in 0..<Int.random(in: 8...24, using: &rng) {
            let at = Int.random(in: Ingestor.sampleSize..<rows.count, using: &rng)
            var row = rows[at]
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: break
            case 1: row[1] = random.roles.randomElement(using: &rng) ?? row[1]
            case 2: row[1] = "Direktør"
            case 3: row[2 + Int.random(in: 0..<(row.count - 2), using: &rng)] = "Måske"
            case 4: row[0] = ""
            case 5:
                // Longer spellings the reading thread tells apart by place: a missing answer,
                // scores written otherwise, a fraction.
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    row[2 + Int.random(in: 0..<(row.count - 2), using: &rng)] =
                        ["Ved ikke", "Don't know", "3.0", "04", "2.5", "10"].randomElement(using: &rng) ?? ""
                }
            case 6:
                // More spellings than the reading thread keeps apart.
                for k in 2..<row.count { row[k] = "v\(at)-\(k)" }
            default: row = Array(row.prefix(2 + Int.random(in: 0..<(row.count - 2), using: &rng)))
            }
            rows.insert(row, at: at + Int.random(in: 0...1, using: &rng))
        }
        return [all[0]] + rows
    }

    /// The wide rows' fast path (a row at a time into the builder, ``SurveyBuilder/acceptRow(_:names:)``)
    /// builds the same survey as the general path: data, display order, rejections and counts.
    @Test(arguments: IngestProperties.seeds)
    func wideFastPathBuildsTheSameSurvey(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let bytes = Array(ExportShape.csv(FastPathProperties.wideRows(seed: seed)).utf8)
        let general = try FastPathProperties.expectSameSurvey(bytes, instrument: survey.instrument, displayOrder: true)
        #expect(general.counts.answers > 0 && general.counts.rejected > 0)
    }

    /// "Ved ikke" then a score for the same respondent, target and dimension, a score then
    /// "Ved ikke", and a blank twice: the first record wins, the second is refused as a repeated
    /// answer, and each answer is counted once — on the general path and the fast path alike
    /// (the rows of one tie go through ``SurveyBuilder/acceptRepeats(_:)`` there).
    @Test func aRepeatedAnswerWithAMissingValueIsRefusedOnce() throws {
        let text = """
            respondent,round,rater_role,target_role,dimension,value
            P1,,Læge,Sygeplejerske,shared_goals,Ved ikke
            P1,,Læge,Sygeplejerske,shared_goals,4
            P1,,Læge,Sygeplejerske,shared_knowledge,3
            P1,,Læge,Sygeplejerske,shared_knowledge,Ved ikke
            P1,,Læge,Sygeplejerske,mutual_respect,
            P1,,Læge,Sygeplejerske,mutual_respect,
            P1,,Læge,Sygeplejerske,frequent_communication,5
            P2,,Læge,Læge,frequent_communication,5
            P1,,Læge,Sygeplejerske,frequent_communication,Ved ikke
            P1,,Læge,Sygeplejerske,timely_communication,Ved ikke
            P2,,Læge,Læge,frequent_communication,4
            P1,,Læge,Sygeplejerske,timely_communication,2

            """
        let instrument = try #require(Instrument.builtIn(named: "rc7-da"))
        let bytes = Array(text.utf8)
        let general = try Self.build(bytes, instrument: instrument, plain: false, concurrent: false)
        #expect(
            general.counts.answers == 3 && general.counts.missing == 3 && general.counts.rejected == 6,
            "\(general.counts)")
        #expect(general.rejections.map(\.line) == [3, 5, 7, 10, 12, 13])
        #expect(general.rejections.allSatisfy { $0.reason.contains("the first answer is kept") })
        let round = try #require(general.data.rounds.first)
        let p1 = try #require(round.respondentIDs.firstIndex(of: "P1"))
        let nurse = try #require(general.data.storageRoles.firstIndex(of: "Sygeplejerske"))
        #expect(round.score(respondent: p1, target: nurse, dimension: Dimension.sharedGoals.index) == nil)
        #expect(round.score(respondent: p1, target: nurse, dimension: Dimension.sharedKnowledge.index) == 3)
        #expect(round.score(respondent: p1, target: nurse, dimension: Dimension.timelyCommunication.index) == nil)
        #expect(round.score(respondent: p1, target: nurse, dimension: Dimension.frequentCommunication.index) == 5)
        for concurrent in [true, false] {
            let fast = try Self.build(bytes, instrument: instrument, plain: true, concurrent: concurrent)
            #expect(fast.rejections == general.rejections && fast.counts == general.counts)
            #expect(fast.data.rounds.map(\.compact) == general.data.rounds.map(\.compact))
        }
    }
}

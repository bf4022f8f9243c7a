import Foundation
import RCIngest
import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

/// `rckit import` of wide exports whose answers are given as missing labels ("Ved ikke",
/// "Ikke relevant"): the fast path keeps each label by a code of its own
/// (``RCSurvey/WideLabels``) and writes the same bytes as the general path — labels trimmed
/// and as written, in every spelling, in every column or in one — with the same rejections and
/// counts, from CSV and from a workbook; and the tidy file reads back to the export's figures.
@Suite struct TidyImportLabelProperties {
    /// What an import wrote and found.
    struct Imported: Equatable {
        var tidy: String
        var rejections: [Rejection]
        var counts: IngestCounts
    }

    /// The bytes an import hands over, gathered.
    final class Gathered: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// Imports `path` as `rckit import` does, on the fast path or the general one.
    static func imported(_ path: String, instrument: Instrument, plain: Bool, concurrent: Bool) throws -> Imported {
        var options = IngestOptions(instrument: instrument, csv: CSVOptions(blockSize: 4096))
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.checkInvariants = true
        options.collectsBackground = true  // as `rckit import` reads
        let gathered = Gathered()
        var rejections: [Rejection] = []
        let result = try TidyImport(options: options).write(
            [path], rows: { gathered.bytes += $0 }, reject: { rejections.append($0) })
        return Imported(
            tidy: String(decoding: gathered.bytes, as: UTF8.self), rejections: rejections, counts: result.counts)
    }

    /// Writes `bytes` to a temporary file named `…name` for the duration of `body`.
    static func withFile<T>(_ bytes: [UInt8], _ name: String, _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-\(UUID().uuidString)-\(name)")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Imports `bytes` (a file named `…name`) the general way and the fast way (on one thread
    /// and two) and expects the same bytes, rejections and counts. Returns the general import.
    @discardableResult
    static func expectSameImport(_ bytes: [UInt8], _ name: String, instrument: Instrument, _ comment: String) throws
        -> Imported
    {
        try withFile(bytes, name) { path in
            let general = try imported(path, instrument: instrument, plain: false, concurrent: false)
            for concurrent in [true, false] {
                let fast = try imported(path, instrument: instrument, plain: true, concurrent: concurrent)
                #expect(fast.tidy == general.tidy, "\(comment), concurrent \(concurrent)")
                #expect(fast.rejections == general.rejections, "\(comment), concurrent \(concurrent)")
                #expect(fast.counts == general.counts, "\(comment), concurrent \(concurrent)")
            }
            return general
        }
    }

    /// Spellings of the rc7 scales' missing labels: as printed, in other cases and languages,
    /// with white space around them (a no-break space, a tab), and with a comma to quote.
    static let labelSpellings = [
        "Ved ikke", "Ikke relevant", "ved ikke", "VED IKKE", " Ved ikke", "Ikke relevant ", "\u{A0}Ved ikke\u{A0}",
        "\tIkke relevant", "Don't know", "Not applicable", "don't know"
    ]

    /// The random wide survey of ``FastPathProperties/wideRows(seed:)`` (repeated rows, unknown
    /// roles and values, blank ids, rows cut short …) with missing labels dropped in: random
    /// cells of random spellings, a row of a label in every column, and one column of labels
    /// only (after the rows the shape is detected from).
    static func rowsWithLabels(seed: UInt64) -> [[String]] {
        var rng = SplitMix64(seed: seed ^ 0x1ABE1)
        var rows = FastPathProperties.wideRows(seed: seed)
        let width = rows[0].count
        for r in 1..<rows.count where rows[r].count == width && Int.random(in: 0..<4, using: &rng) == 0 {
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                rows[r][Int.random(in: 2..<width, using: &rng)] = labelSpellings.randomElement(using: &rng) ?? ""
            }
        }
        // A row of labels only, then its respondent again with labels only in one column.
        if var every = rows.last, every.count == width {
            every[0] += "-every"
            for k in 2..<width { every[k] = labelSpellings.randomElement(using: &rng) ?? "" }
            rows.append(every)
        }
        let column = Int.random(in: 2..<width, using: &rng)
        let label = labelSpellings.randomElement(using: &rng) ?? ""
        for r in (1 + Ingestor.sampleSize)..<rows.count where rows[r].count == width { rows[r][column] = label }
        return rows
    }

    /// Wide exports with missing labels import to the same bytes on the fast path as on the
    /// general path, from CSV and from a workbook.
    @Test(arguments: IngestProperties.seeds)
    func labelsImportAlikeOnBothPaths(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let rows = Self.rowsWithLabels(seed: seed)
        let general = try Self.expectSameImport(
            Array(ExportShape.csv(rows).utf8), "export.csv", instrument: survey.instrument, "seed \(seed), CSV")
        #expect(general.counts.answers > 0 && general.counts.missing > 0)
        #expect(general.tidy.contains(",Ved ikke\n") || general.tidy.contains(",Ikke relevant\n"))
        let (writer, _) = WorkbookFastPathProperties.writer(seed: seed)
        try Self.expectSameImport(
            writer.bytes(rows), "export.xlsx", instrument: survey.instrument, "seed \(seed), workbook")
    }

    /// More label spellings than there are codes for them: the rest go the general way, and
    /// the bytes are still the general path's.
    @Test func moreLabelsThanCodesImportAlike() throws {
        let survey = RandomSurvey.random(seed: 7)
        var rows = FastPathProperties.wideRows(seed: 7)
        // "Ved ikke" in 32 spellings: each of its first five letters in upper or lower case.
        let spellings = (0..<32).map { bits in
            String(
                "ved ikke".enumerated().map { k, c in
                    let bit = [0, 1, 2, 4, 5].firstIndex(of: k)
                    return bit.map { bits & (1 << $0) != 0 } == true ? Character(c.uppercased()) : c
                })
        }
        for r in 1..<rows.count where rows[r].count > 2 {
            rows[r][2 + r % (rows[r].count - 2)] = spellings[r % spellings.count]
        }
        let general = try Self.expectSameImport(
            Array(ExportShape.csv(rows).utf8), "export.csv", instrument: survey.instrument, "32 spellings")
        #expect(Set(spellings.filter { general.tidy.contains(",\($0)\n") }).count > 20)
    }

    /// The tidy file of a wide export with missing labels in many spellings reads back
    /// (`rckit analyze`) to the export's figures, missing counts included.
    @Test func theTidyFileReadsBackAsTheExport() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rng = SplitMix64(seed: 0x7AB1E)
        let roles = ["Læge", "Sygeplejerske", "Fysioterapeut", "Sekretær"]
        var rows = [["respondent", "role"] + Dimension.allCases.flatMap { d in roles.map { "\(d.id) - \($0)" } }]
        for r in 0..<600 {
            rows.append(
                ["R\(r)", roles[r % roles.count]]
                    + (0..<(7 * roles.count)).map { _ in
                        Int.random(in: 0..<10, using: &rng) == 0
                            ? Self.labelSpellings.randomElement(using: &rng) ?? ""
                            : String(Int.random(in: 1...5, using: &rng))
                    })
        }
        let export = folder.appendingPathComponent("export.csv")
        try Data(ExportShape.csv(rows).utf8).write(to: export)
        let tidy = folder.appendingPathComponent("tidy.csv")
        let imported = rckit("import", export.path, "--out", tidy.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let text = try String(contentsOf: tidy, encoding: .utf8)
        #expect(text.contains(",Ved ikke\n") && text.contains(",Ikke relevant\n") && text.contains(",Don't know\n"))
        func figures(_ file: String) throws -> NSDictionary {
            let result = rckit("analyze", file, "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            var json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            var ingest = json["ingest"] as? [String: Any] ?? [:]
            ingest["rows"] = nil  // rows of a wide export differ from a tidy file's, by design
            json["ingest"] = ingest
            return NSDictionary(dictionary: json)
        }
        #expect(try figures(export.path) == figures(tidy.path))
    }
}

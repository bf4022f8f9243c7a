import Foundation
import RCIngest
import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

/// Workbooks on the fast path (`RCIngest/FastPath/Workbook/`) build the same survey as the
/// general path — data, display order, rejections, counts — and read the same as the survey in
/// CSV: the random wide surveys of ``FastPathProperties/wideRows(seed:)`` (repeated rows,
/// unknown roles, values no scale has, blank ids, "Ved ikke", fractions, more spellings than
/// the fast path keeps apart, rows cut short) written as each spreadsheet program writes them
/// (shared or inline strings, numbers as numbers or text, with or without references, row
/// numbers and styles),
/// and with what makes the fast path hand a sheet to the general reader (merged ranges, rows
/// out of order, a row wider than the head).
@Suite struct WorkbookFastPathProperties {
    /// How a seed's workbook is laid out, and whether the fast path must read it.
    static func writer(seed: UInt64) -> (WorkbookWriter, fast: Bool) {
        var writer = WorkbookWriter()
        writer.sharedStrings = seed % 3 != 0
        writer.numbers = seed % 4 != 1
        writer.references = seed % 5 != 2
        writer.rowNumbers = seed % 7 != 3
        writer.styled = seed % 2 == 0
        return (writer, true)
    }

    static func build(_ path: String, instrument: Instrument, plain: Bool, concurrent: Bool, sample: Int) throws
        -> (FastPathProperties.Built, fastSheets: Int)
    {
        var options = IngestOptions(instrument: instrument)
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.sampleRecords = sample
        options.checkInvariants = true
        var builder = SurveyBuilder(roleOrder: instrument.roles.map(\.name))
        var ingestor = Ingestor(options: options)
        var rejections: [Rejection] = []
        try ingestor.read(path: path, into: &builder) { rejections.append($0) }
        return (
            FastPathProperties.Built(data: builder.build(), rejections: rejections, counts: ingestor.counts),
            ingestor.sheetsReadFast
        )
    }

    /// Writes `bytes` to a temporary `.xlsx` file for the duration of `body`.
    static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-\(UUID().uuidString).xlsx").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Reads the workbook the general way and the fast way (on one thread and two, the head of
    /// 200 rows and of 3) and expects the same survey; `fast` says whether the fast path must
    /// have read it. Returns the general reading.
    @discardableResult
    static func expectSameSurvey(_ bytes: [UInt8], instrument: Instrument, fast: Bool) throws
        -> FastPathProperties.Built
    {
        try withFile(bytes) { path in
            let (general, none) = try build(path, instrument: instrument, plain: false, concurrent: false, sample: 200)
            #expect(none == 0)
            for (concurrent, sample) in [(true, 200), (false, 3)] {
                let (read, sheets) = try build(
                    path, instrument: instrument, plain: true, concurrent: concurrent, sample: sample)
                FastPathProperties.expectSame(
                    read, general, displayOrder: true, "concurrent \(concurrent), head \(sample)")
                #expect(sheets == (fast ? 1 : 0), "concurrent \(concurrent), head \(sample)")
            }
            return general
        }
    }

    @Test(arguments: IngestProperties.seeds)
    func workbookFastPathBuildsTheSameSurvey(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let rows = FastPathProperties.wideRows(seed: seed)
        let (writer, fast) = Self.writer(seed: seed)
        let general = try Self.expectSameSurvey(writer.bytes(rows), instrument: survey.instrument, fast: fast)
        #expect(general.counts.answers > 0 && general.counts.rejected > 0)
    }

    /// The same survey as CSV and as a workbook (text as shared strings, plain numbers as
    /// numbers) reads to the same survey, on the fast path: the same answers and rejections
    /// (a CSV file's lines can differ from the sheet's rows, where a role name has a line break,
    /// and an id made for a blank one names the file).
    @Test(arguments: IngestProperties.seeds.prefix(6))
    func workbookReadsAsTheCSV(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let rows = FastPathProperties.wideRows(seed: seed)
        let csv = try FastPathProperties.build(
            Array(ExportShape.csv(rows).utf8), instrument: survey.instrument, plain: true, concurrent: true)
        try Self.withFile(WorkbookWriter().bytes(rows)) { path in
            let (workbook, sheets) = try Self.build(
                path, instrument: survey.instrument, plain: true, concurrent: true, sample: 200)
            #expect(sheets == 1)
            #expect(workbook.counts == csv.counts)
            #expect(workbook.data.roles == csv.data.roles)
            for (x, y) in zip(workbook.data.rounds, csv.data.rounds) {
                let given = { (ids: [String]) in ids.map { $0.hasPrefix("/") || $0.hasPrefix("export.csv") ? "" : $0 } }
                #expect(given(x.respondentIDs) == given(y.respondentIDs))
                #expect(x.raterRoles == y.raterRoles && x.compact == y.compact)
            }
            #expect(workbook.rejections.map(\.column) == csv.rejections.map(\.column))
            #expect(workbook.rejections.map(\.reason) == csv.rejections.map(\.reason))
            #expect(workbook.rejections.allSatisfy { $0.sheet == "Ark1" })
        }
    }

    /// What the general reader reads differently from a stream — merged ranges (known only at
    /// the sheet's end), rows out of order, a row wider than the head — makes the fast path hand
    /// the whole sheet to it, before anything reached the sink.
    @Test(arguments: [0, 1, 2, 3])
    func unusualSheetsAreReadTheGeneralWay(kind: Int) throws {
        let seed = IngestProperties.seeds[kind]
        let survey = RandomSurvey.random(seed: seed)
        var rows = FastPathProperties.wideRows(seed: seed)
        var writer = WorkbookWriter()
        let last = rows.count
        switch kind {
        case 0: writer.afterData = "<mergeCells count=\"1\"><mergeCell ref=\"C\(last - 2):D\(last - 1)\"/></mergeCells>"
        case 1: writer.numbering = Array(1...last).map { $0 == last - 2 ? last - 1 : $0 == last - 1 ? last - 2 : $0 }
        case 2: rows[last - 1].append(contentsOf: Array(repeating: "", count: 40) + ["a note"])
        default: writer.numbering = Array(1...last).map { $0 >= last - 10 ? $0 + 5 : $0 }
        }
        // Gaps in the row numbers are usual.
        try Self.expectSameSurvey(writer.bytes(rows), instrument: survey.instrument, fast: kind == 3)
    }

    /// A sheet whose checksum does not match is refused alike: the fast path, which learns it
    /// at the sheet's end, hands it to the general reader, which says so.
    @Test func aDamagedSheetIsRefusedAlike() throws {
        let seed = IngestProperties.seeds[5]
        let survey = RandomSurvey.random(seed: seed)
        var writer = WorkbookWriter()
        writer.sheetCRC = 0x1234_5678
        let bytes = writer.bytes(FastPathProperties.wideRows(seed: seed))
        try Self.withFile(bytes) { path in
            var messages: [String] = []
            for plain in [true, false] {
                let error = #expect(throws: ArchiveError.self) {
                    try Self.build(path, instrument: survey.instrument, plain: plain, concurrent: true, sample: 3)
                }
                #expect(error?.kind == .corrupt)
                messages.append(error?.description ?? "")
            }
            #expect(messages[0] == messages[1] && messages[0].contains("checksum"))
        }
    }
}

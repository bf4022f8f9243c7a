import Foundation
import FuzzSupport
import RCSurvey

@testable import RCIngest

/// Mode 5 of fuzz-workbook: the rest is a worksheet's XML, in a workbook whose shared strings are
/// a wide survey's header, roles, ids and "Ved ikke" (so that `<c t="s"><v>3</v></c>` means
/// something). The Ingestor reads it on the fast path (`FastPath/Workbook/`: the head of 2 rows
/// read to detect the shape, the rest streamed and reduced, or the sheet handed to the general
/// reader) and the general way: the same answers, rejections, counts and error, or a violation.
enum FuzzWorkbookFastPath {
    static let strings = [
        "respondent", "role", "shared_goals - Læge", "shared_goals - Sygeplejerske", "mutual_respect - Læge",
        "Læge", "Sygeplejerske", "Ved ikke", "P1", "P2", "P3", "Direktør", "2.5", " P4"
    ]

    static let instrument: Instrument = {
        var instrument = Instrument.standard(language: .da)
        instrument.roles = [
            RoleDefinition(name: "Læge", aliases: []), RoleDefinition(name: "Sygeplejerske", aliases: [])
        ]
        return instrument
    }()

    struct Outcome: Equatable {
        var answers: [Answer] = []
        var rejections: [Rejection] = []
        var counts = IngestCounts()
        var error: String?
    }

    static func run(_ sheet: [UInt8]) {
        var parts = FuzzWorkbookParts(replacing: 1, with: sheet)
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let items = strings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        for index in parts.parts.indices where parts.parts[index].0 == "xl/sharedStrings.xml" {
            parts.parts[index].1 = Array("<sst \(ns)>\(items)</sst>".utf8)
        }
        let path = NSTemporaryDirectory() + "fuzz-workbook-\(getpid()).xlsx"
        guard (try? Data(parts.archive).write(to: URL(fileURLWithPath: path))) != nil else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fast = read(path, plain: true, concurrent: sheet.count % 2 == 0)
        let general = read(path, plain: false, concurrent: false)
        if fast != general {
            violated(
                "the fast path read \(fast.counts) (\(fast.error ?? "no error")), the general \(general.counts) (\(general.error ?? "no error"))"
            )
        }
    }

    static func read(_ path: String, plain: Bool, concurrent: Bool) -> Outcome {
        var options = IngestOptions(instrument: instrument)
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.sampleRecords = 2
        options.checkInvariants = true
        options.archiveLimits = ArchiveLimits(
            maxMemberSize: 1 << 20, maxTotalSize: 4 << 20, ratioThreshold: 64 << 10, maxMembers: 4096,
            maxCells: 100_000)
        var outcome = Outcome()
        var ingestor = Ingestor(options: options)
        do {
            let report = try ingestor.read(
                path: path,
                consume: {
                    outcome.answers.append($0); return nil
                },
                reject: { outcome.rejections.append($0) })
            outcome.counts = report.counts
        } catch {
            outcome.error = "\(error)"
        }
        return outcome
    }
}

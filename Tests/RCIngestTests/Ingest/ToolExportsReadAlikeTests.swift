import Foundation
import RCSurvey
import Testing

@_spi(Testing) @testable import RCIngest

/// Every tool's export, as the fixtures have it (header rows, metadata columns, encodings,
/// delimiters, line endings, labels, "Ved ikke", codes with a values file), reads to the same
/// answers, rejections and counts on the fast path — on one thread or two, in blocks of any
/// size — as on the general path. The fixtures have 5 respondents, fewer than the records read
/// the general way to detect the shape, so the detection reads fewer here
/// (``IngestOptions/sampleRecords``): the rows after them reach the fast path.
@Suite struct ToolExportsReadAlikeTests {
    /// The shapes of `ExportShapeTests` and the files it does not read there (the original, the
    /// files with a problem per line, and the exports of issue 27: REDCap events and repeating
    /// instruments, Qualtrics' legacy export and Loop & Merge, LimeSurvey's abbreviated headings
    /// and "Other", SurveyXact rounds in folders).
    static let cases: [ShapeCase] =
        ShapeCase.all.filter { !$0.file.hasSuffix(".xlsx") } + [
            ShapeCase(file: "tidy-original.csv", format: .long),
            ShapeCase(file: "rejects-long.csv", format: .long),
            ShapeCase(file: "rejects-wide.csv", format: .wide)
        ] + secondRound

    static let secondRound: [ShapeCase] = [
        ShapeCase(file: "second-round/redcap-longitudinal/raw/RCsamarbejde_DATA_2024-10-01_0915.csv", format: .redcap),
        ShapeCase(
            file: "second-round/redcap-longitudinal/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv",
            format: .redcap),
        ShapeCase(
            file: "second-round/redcap-longitudinal-repeated/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv",
            format: .redcap),
        ShapeCase(
            file: "second-round/redcap-longitudinal-armlabels/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv",
            format: .redcap),
        ShapeCase(file: "second-round/redcap-repeating/raw/RCsamarbejde_DATA_2024-10-02_1130.csv", format: .redcap),
        ShapeCase(
            file: "second-round/redcap-repeating/labels/RCsamarbejde_DATA_LABELS_2024-10-02_1130.csv", format: .redcap),
        ShapeCase(
            file: "second-round/qualtrics-legacy/Relationel_koordinering.csv", format: .qualtrics,
            values: "second-round/qualtrics-legacy/Relationel_koordinering.values.csv"),
        ShapeCase(
            file: "second-round/qualtrics-loop-piped/Relationel_koordinering_loop.csv", format: .qualtrics,
            structure: "second-round/qualtrics-loop-piped/Relationel_koordinering_loop.qsf"),
        ShapeCase(
            file: "second-round/qualtrics-loop-matrix/Relationel_koordinering_loop.csv", format: .qualtrics,
            values: "second-round/qualtrics-loop-matrix/Relationel_koordinering_loop.values.csv",
            structure: "second-round/qualtrics-loop-matrix/Relationel_koordinering_loop.qsf"),
        ShapeCase(file: "second-round/limesurvey-codetext-abbreviated/results-survey482913.csv", format: .limesurvey),
        ShapeCase(
            file: "second-round/limesurvey-codes-other/results-survey482913.csv", format: .limesurvey,
            mapping: "limesurvey-codes-other.mapping.json",
            values: "second-round/limesurvey-codes-other/results-survey482913.values.csv"),
        ShapeCase(file: "second-round/surveyxact-rounds/før/dataset.csv", format: .surveyxact),
        ShapeCase(file: "second-round/surveyxact-rounds/efter/dataset.csv", format: .surveyxact)
    ]

    struct Outcome: Equatable, CustomStringConvertible {
        var answers: [Answer] = []
        var rejections: [Rejection] = []
        var counts = IngestCounts()
        var format: ExportFormat?
        /// The background variables noted (with `--by` and `import`): names, every value, the conflict.
        var background = ""
        var error: String?

        var description: String {
            error ?? "\(format.map { "\($0)" } ?? "?"): \(counts), \(rejections.count) rejections"
        }
    }

    static func read(
        _ shape: ShapeCase, sample: Int, plain: Bool, concurrent: Bool, blockSize: Int,
        background: Bool = false, keepsMissingLabels: Bool = false
    ) throws -> Outcome {
        var options = try shape.options(ShapeFixtures.rolesInstrument)
        options.keepsMissingLabels = keepsMissingLabels
        options.sampleRecords = sample
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.checkInvariants = true
        options.collectsBackground = background
        options.csv.blockSize = blockSize
        var outcome = Outcome()
        var ingestor = Ingestor(options: options)
        do {
            let report = try ingestor.read(
                path: try ShapeFixtures.path(shape.file),
                consume: {
                    outcome.answers.append($0); return nil
                },
                reject: { outcome.rejections.append($0) })
            outcome.counts = report.counts
            outcome.format = report.shape.format
        } catch {
            return Outcome(error: "\(error)")
        }
        outcome.background = summary(of: ingestor.background)
        return outcome
    }

    /// Background variables as two readings compare them.
    static func summary(of background: BackgroundVariables) -> String {
        background.byName.sorted { $0.key < $1.key }.map { name, rounds in
            let values = rounds.sorted { $0.key < $1.key }.map { round, ids in
                "\(round): "
                    + ids.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value ?? "-")" }.joined(separator: " ")
            }
            return "\(name) [\(values.joined(separator: "; "))]"
        }.joined(separator: "\n") + (background.conflict.map { "\nconflict: \($0)" } ?? "")
    }

    @Test(arguments: cases)
    func fastPathReadsEveryExportAlike(shape: ShapeCase) throws {
        // The fixtures have one to three header rows and five data rows: a sample of 4 or 5
        // records leaves the last one to four rows to the fast path.
        // `import` keeps the missing labels ("Ved ikke"): those records go the general way, and
        // the fast path must still read the rest alike.
        for sample in [4, 5] {
            for (background, keepsLabels) in [(false, false), (true, false), (true, true)] {
                let general = try Self.read(
                    shape, sample: sample, plain: false, concurrent: false, blockSize: 1 << 18,
                    background: background, keepsMissingLabels: keepsLabels)
                #expect(general.error == nil, "sample \(sample): \(general)")
                for (concurrent, blockSize) in [(true, 1 << 18), (false, 1 << 18), (true, 97), (false, 13)] {
                    let fast = try Self.read(
                        shape, sample: sample, plain: true, concurrent: concurrent, blockSize: blockSize,
                        background: background, keepsMissingLabels: keepsLabels)
                    #expect(
                        fast == general,
                        "sample \(sample), background \(background), labels \(keepsLabels), concurrent \(concurrent), blocks of \(blockSize): \(fast) against \(general)"
                    )
                }
                // A label kept is a label of the scale, never a blank; without keeping, none.
                for answer in general.answers {
                    if let label = answer.missingLabel {
                        #expect(keepsLabels && answer.score == nil && !label.isEmpty)
                    }
                }
            }
        }
    }

    /// With the default sample the same files read to what a sample of a few rows reads them to:
    /// the detection does not depend on the rows the fast path then reads.
    @Test(arguments: cases)
    func aSmallSampleDetectsTheSame(shape: ShapeCase) throws {
        let whole = try Self.read(
            shape, sample: Ingestor.sampleSize, plain: false, concurrent: false, blockSize: 1 << 18)
        let small = try Self.read(shape, sample: 4, plain: true, concurrent: true, blockSize: 1 << 18)
        #expect(small == whole, "\(small) against \(whole)")
    }
}

/// Files with background columns (`--by`, `import`) are read on the fast path too, their values
/// noted from each record's fields: the same values, and the same first conflict, as the general
/// path notes — with blanks, values differing only in case, a respondent coming back with
/// another value, quoted records in between, and wide files with and without respondent ids.
@Suite struct BackgroundReadAlikeTests {
    static let tidy: String = {
        var text = "respondent,round,rater_role,target_role,dimension,value,unit,shift\n"
        let dimensions = ["shared_goals", "mutual_respect", "timely_communication"]
        for r in 0..<60 {
            for (t, target) in ["Læge", "Sygeplejerske"].enumerated() {
                for (d, dimension) in dimensions.enumerated() {
                    var unit = "Afd \(r % 3)"
                    if (r + t + d) % 7 == 0 { unit = "" }
                    if r == 17, t == 1 { unit = "afd  2" }
                    let shift = r == 31 && t == 1 && d == 2 ? "Nat" : "Dag \(r % 2)"
                    let line = "P\(r),,Sygeplejerske,\(target),\(dimension),\((r + d) % 5 + 1),\(unit),\(shift)"
                    text +=
                        r == 40 && d == 1
                        ? "\"P\(r)\",,Sygeplejerske,\(target),\(dimension),3,\"\(unit)\",Dag 0\n" : line + "\n"
                }
            }
        }
        text += "P5,,Sygeplejerske,Læge,shared_knowledge,4,Afd 9,Dag 1\n"
        return text
    }()

    static func wide(ids: Bool) -> String {
        var text =
            (ids ? "respondent," : "")
            + "role,unit,shared_goals - Læge,mutual_respect - Læge,shared_goals - Sygeplejerske\n"
        for r in 0..<80 {
            let unit = r % 9 == 0 ? "" : r == 50 ? "AFD 1" : "Afd \(r % 4)"
            // Some rows without an id (blank or spaces): each is its own respondent.
            let id = r % 10 == 5 ? "" : r % 10 == 7 ? "  " : "R\(r % 70)"
            text += (ids ? "\(id)," : "") + "Læge,\(unit),\(r % 5 + 1),\((r + 1) % 5 + 1),\(r == 33 ? "\"4\"" : "2")\n"
        }
        return text
    }

    static func read(_ text: String, sample: Int, plain: Bool, concurrent: Bool, blockSize: Int) throws
        -> ToolExportsReadAlikeTests.Outcome
    {
        var options = IngestOptions(csv: CSVOptions(blockSize: blockSize, maxFieldBytes: 1 << 20))
        options.sampleRecords = sample
        options.plainRuns = plain
        options.concurrentReading = concurrent
        options.checkInvariants = true
        options.collectsBackground = true
        var outcome = ToolExportsReadAlikeTests.Outcome()
        var reader = try CSVReader(bytes: Array(text.utf8), name: "background.csv", options: options.csv)
        var ingestor = Ingestor(options: options)
        let report = try ingestor.read(
            &reader,
            consume: {
                outcome.answers.append($0); return nil
            }, reject: { outcome.rejections.append($0) })
        outcome.counts = report.counts
        outcome.format = report.shape.format
        outcome.background = ToolExportsReadAlikeTests.summary(of: ingestor.background)
        return outcome
    }

    @Test(arguments: ["tidy", "wide", "wide without ids"])
    func backgroundValuesReadAlike(name: String) throws {
        let text = name == "tidy" ? Self.tidy : Self.wide(ids: name == "wide")
        for sample in [2, Ingestor.sampleSize] {
            let general = try Self.read(text, sample: sample, plain: false, concurrent: false, blockSize: 1 << 18)
            #expect(!general.background.isEmpty, "\(name): no background variables")
            for (concurrent, blockSize) in [(true, 1 << 18), (false, 64), (true, 7)] {
                let fast = try Self.read(
                    text, sample: sample, plain: true, concurrent: concurrent, blockSize: blockSize)
                #expect(
                    fast == general,
                    "\(name), sample \(sample), concurrent \(concurrent), blocks of \(blockSize): \(fast.background) against \(general.background)"
                )
            }
        }
    }

    /// On the fast path too, a respondent's values are compared as the general path compares
    /// them: `afd  2` is `Afd 2` (case and spaces aside), P5's `Afd 9` on the last line is a
    /// conflict, reported before P31's shift (the first variable's conflict comes first).
    @Test func theConflictIsFound() throws {
        let fast = try Self.read(Self.tidy, sample: 2, plain: true, concurrent: true, blockSize: 1 << 18)
        #expect(
            fast.background.contains(
                "conflict: background.csv:362:7: respondent P5 has unit 'Afd 2' on an earlier line and 'Afd 9' here"),
            "\(fast.background)")
        #expect(!fast.background.contains("P17 has"), "\(fast.background)")
    }
}

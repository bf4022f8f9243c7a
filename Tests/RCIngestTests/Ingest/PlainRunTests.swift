import Foundation
@_spi(Testing) import RCIngest
import RCSurvey
import RCTestSupport
import Testing

/// The fast path (plain runs read from field bytes) and the general path read every record
/// alike: the same answers in the same order, the same rejections with the same lines,
/// columns, reasons and records, the same counts — whatever the encoding, line endings,
/// quoting or block size.
@Suite struct PlainRunTests {
    struct Outcome: Equatable {
        var answers: [Answer]
        var rejections: [Rejection]
        var counts: IngestCounts
    }

    static func read(
        _ bytes: [UInt8], plain: Bool, concurrent: Bool = true, blockSize: Int,
        instrument: Instrument = .standard(language: .da), unlabelledRound: String? = nil
    ) throws -> Outcome {
        var options = IngestOptions(
            instrument: instrument, csv: CSVOptions(blockSize: blockSize, maxFieldBytes: 1 << 20))
        options.plainRuns = plain
        options.concurrentReading = concurrent
        var ingestor = Ingestor(options: options)
        var reader = try CSVReader(bytes: bytes, name: "test.csv", options: options.csv)
        var sink = RecordingSink()
        var rejections: [Rejection] = []
        try ingestor.read(&reader, into: &sink, unlabelledRound: unlabelledRound) { rejections.append($0) }
        return Outcome(answers: sink.answers, rejections: rejections, counts: ingestor.counts)
    }

    static let tidy = """
        respondent,round,rater_role,target_role,dimension,value
        P1,,Læge,Sygeplejerske,frequent_communication,4
        P1,,Læge,Sygeplejerske,timely_communication,Ofte
        P1,,Læge,Sygeplejerske,timely_communication,3
        P1,,Læge,Sygeplejerske,Fælles mål,Ved ikke

        P2, ,læge ,Sygeplejerske,shared_goals,5
         P3,,Læge,Sygeplejerske,shared_goals,2
        P4,,Sygeplejerske,Læge,mutual_respect,6
        P4,,Sygeplejerske,Læge,tillid,3
        ,,Sygeplejerske,Læge,mutual_respect,3
        P5,,,Læge,mutual_respect,3
        P5,,Portør,Læge,mutual_respect,1
        P6,,Sygeplejerske,"Læge",shared_knowledge,2
        P6,,Sygeplejerske,Læge,"shared
        knowledge",2
        P7,,Sygeplejerske,Læge,accurate_communication,4.0
        P7,,Sygeplejerske,Læge
        P7,,Sygeplejerske,Læge,problem_solving_communication,5,extra
        ,,,,,
        P8,før,Læge,Læge,shared_goals,5
        P8,efter,Læge,Læge,shared_goals,4
        P9,,Læge,Sygeplejerske,frequent_communication,  2
        Pø,,Læge,Sygeplejerske,frequent_communication,2
        P10,,Læge,Sygeplejerske,frequent_communication,1
        """

    static let wide = """
        respondent,role,Fælles mål - Læge,Gensidig respekt - Læge,Fælles mål - Sygeplejerske
        R1,Læge,4,5,3
        R2,Sygeplejerske,Ved ikke,,2
        ,Sygeplejerske,1,2,3
        R4,Portør,1,2,3
        R5,Læge,9,2,3
        R5,Læge,1,2,3
        "R6",Sygeplejerske,1,2,3
         R7 ,Læge,1,Altid,3
        R8,Læge,1,2,3
        """

    static func encodings(_ text: String) -> [(String, [UInt8])] {
        let lf = text
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = text.replacingOccurrences(of: "\n", with: "\r")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in crlf.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let latin1 = Array(crlf.data(using: .windowsCP1252) ?? Data())
        return [
            ("LF", Array(lf.utf8)), ("CRLF", Array(crlf.utf8)), ("CR", Array(cr.utf8)),
            ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array(lf.utf8)), ("UTF-16LE", utf16), ("Windows-1252", latin1),
            ("no final line break", Array((lf + "\n\n").utf8)),
            ("blank lines", Array(lf.replacingOccurrences(of: "\n", with: "\n\n").utf8))
        ]
    }

    @Test(arguments: [1 << 20, 64, 7, 1])
    func tidyFilesReadAlike(blockSize: Int) throws {
        for (name, bytes) in PlainRunTests.encodings(PlainRunTests.tidy) {
            let fast = try PlainRunTests.read(bytes, plain: true, blockSize: blockSize, unlabelledRound: "runde")
            let oneThread = try PlainRunTests.read(
                bytes, plain: true, concurrent: false, blockSize: blockSize, unlabelledRound: "runde")
            let general = try PlainRunTests.read(bytes, plain: false, blockSize: blockSize, unlabelledRound: "runde")
            #expect(fast == general, "\(name), blocks of \(blockSize)")
            #expect(oneThread == general, "\(name), blocks of \(blockSize), one thread")
            #expect(fast.counts.isBalanced)
            #expect(fast.counts.rejected > 5 && fast.answers.count > 8, "\(name)")
        }
    }

    @Test(arguments: [1 << 20, 64, 7])
    func wideFilesReadAlike(blockSize: Int) throws {
        for (name, bytes) in PlainRunTests.encodings(PlainRunTests.wide) {
            let fast = try PlainRunTests.read(bytes, plain: true, blockSize: blockSize)
            let general = try PlainRunTests.read(bytes, plain: false, blockSize: blockSize)
            #expect(fast == general, "\(name), blocks of \(blockSize)")
            #expect(fast.counts.rejected > 3 && fast.answers.count > 10, "\(name)")
        }
    }

    /// With roles defined by the instrument, unknown spellings are rejected the same way too.
    @Test func definedRolesReadAlike() throws {
        let instrument = try Instrument.resolve("rc7-en")
        var roles = instrument
        roles.roles = [RoleDefinition(name: "Læge"), RoleDefinition(name: "Sygeplejerske")]
        let bytes = Array(PlainRunTests.tidy.utf8)
        let fast = try PlainRunTests.read(bytes, plain: true, blockSize: 1 << 20, instrument: roles)
        let general = try PlainRunTests.read(bytes, plain: false, blockSize: 1 << 20, instrument: roles)
        #expect(fast == general)
        #expect(fast.rejections.contains { $0.reason.contains("unknown role 'Portør'") })
    }

    /// Control characters below CR that are not line breaks (tab, vertical tab, form feed, SOH)
    /// are text in a field, wherever they fall in the eight-byte words the fast path scans.
    @Test func controlCharactersReadAlike() throws {
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        for (k, control) in ["\t", "\u{0B}", "\u{0C}", "\u{01}"].enumerated() {
            for pad in 0..<9 {
                let id = "P\(k)" + String(repeating: "x", count: pad) + control + "y"
                text += "\(id),,Læge,Sygeplejerske,shared_goals,4\n"
                text += "Q\(k)x\(pad),,Læge\(control),Sygeplejerske,shared_goals,4\n"
                text += "R\(k)x\(pad),,Læge,Sygeplejerske,shared_goals,\(control)4\n"
            }
        }
        for (name, bytes) in [
            ("LF", Array(text.utf8)), ("CR", Array(text.replacingOccurrences(of: "\n", with: "\r").utf8))
        ] {
            let fast = try PlainRunTests.read(bytes, plain: true, blockSize: 1 << 20)
            let general = try PlainRunTests.read(bytes, plain: false, blockSize: 1 << 20)
            #expect(fast == general, "\(name)")
            #expect(fast.answers.count >= 36, "\(name)")
        }
    }

    /// A large plain file goes through many runs and block boundaries.
    @Test func manyRunsReadAlike() throws {
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        for r in 0..<300 {
            for (t, role) in ["A", "B", "C"].enumerated() {
                for dimension in Dimension.allCases {
                    let value = (r + t + dimension.index) % 9 == 0 ? "" : (r % 50 == 0 ? "7" : "\((r + t) % 5 + 1)")
                    text += "id\(r),,\(["A", "B", "C"][r % 3]),\(role),\(dimension.id),\(value)\n"
                }
            }
        }
        for blockSize in [1 << 20, 4096, 100] {
            let fast = try PlainRunTests.read(Array(text.utf8), plain: true, blockSize: blockSize)
            let oneThread = try PlainRunTests.read(
                Array(text.utf8), plain: true, concurrent: false, blockSize: blockSize)
            let general = try PlainRunTests.read(Array(text.utf8), plain: false, blockSize: blockSize)
            #expect(fast == general, "blocks of \(blockSize)")
            #expect(oneThread == general, "blocks of \(blockSize), one thread")
            #expect(fast.counts.records == 300 * 3 * 7)
        }
    }

    /// A tidy file whose rows repeat their tie columns, broken in every way a tie can be:
    /// a changed id, role or round inside a tie, padding, a blank line, a quoted row, an
    /// invalid value, a duplicate. The rows after each break must be read afresh, not as
    /// repeats of the tie before.
    static let ties = """
        respondent,round,rater_role,target_role,dimension,value
        P1,før,Læge,Sygeplejerske,shared_goals,4
        P1,før,Læge,Sygeplejerske,shared_knowledge,3
        P1,før,Læge,Sygeplejerske,shared_knowledge,5
        P1,før,Læge,Sygeplejerske,mutual_respect,9
        P1,før,Læge,Sygeplejerske,frequent_communication,2
        P1,efter,Læge,Sygeplejerske,frequent_communication,2
        P1,før,Sygeplejerske,Sygeplejerske,timely_communication,1
        P1,før,Læge,Sygeplejerske,timely_communication,1

        P1,før,Læge,Sygeplejerske,accurate_communication,
        P1,før,Læge,"Sygeplejerske",problem_solving_communication,3
        P1,før,Læge,Sygeplejerske,problem_solving_communication,3
        P1,før,Læge,Sygeplejerske ,shared_goals,4
        P2,før,Læge,Sygeplejerske,shared_goals,4
        P2,før,Læge,Sygeplejerske,Fælles mål,1
        P2,før,Læge,Sygeplejerske
        P2,før,Læge,Sygeplejerske,mutual_respect,2,extra
        P2,før,Læge,Sygeplejerske,mutual_respect,2
        P22,før,Læge,Sygeplejerske,mutual_respect,2
        """

    @Test(arguments: [1 << 20, 64, 7])
    func brokenTiesReadAlike(blockSize: Int) throws {
        for (name, general) in try PlainRunTests.readAlike(PlainRunTests.ties, blockSize: blockSize) {
            #expect(general.counts.rejected >= 4 && general.answers.count >= 10, "\(name)")
        }
    }

    /// Rows of a tie reduced to a code on the reading thread: every way such a row can differ
    /// from the one before it or fail to be one — dimension spellings in other cases and
    /// languages, unknown and empty dimensions, longer and empty values, an invalid value, a
    /// duplicate, an extra field, more spellings than the reader remembers — reads as the
    /// general path reads it, under every limit on record length.
    static var codedTies: String {
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        let variants = [
            "Shared_Goals", "FÆLLES VIDEN", "gensidig respekt", " frequent_communication", "Rettidig kommunikation",
            "accurate_communication ", "Problemløsende kommunikation"
        ]
        let odd = ["10", "", "NA", "Ved ikke", "x", "9", "4.0", "0"]
        for r in 0..<24 {
            for t in 0..<3 {
                // A duplicate row at the end of some ties.
                for k in 0..<(r % 4 == 0 ? 8 : 7) {
                    let d = k % 7
                    var spelling = (r + d) % 5 == 0 ? variants[d] : Dimension.allCases[d].id
                    if (r + t + d) % 11 == 0 { spelling = "unknown" }
                    if (r + t + d) % 13 == 0 { spelling = "" }
                    let value = (r + t + k) % 6 == 0 ? odd[(r + k) % odd.count] : "\((r + t + k) % 5 + 1)"
                    let extra = r % 7 == 6 && k == 5 ? ",extra" : ""
                    text += "R\(r),,Læge,\(["Læge", "Sygeplejerske", "Portør"][t]),\(spelling),\(value)\(extra)\n"
                }
            }
        }
        return text
    }

    /// Reads `text` in every encoding the general way and the fast way (on two threads and on
    /// one), expects the same, and gives the general outcome by encoding.
    static func readAlike(_ text: String, blockSize: Int) throws -> [(name: String, outcome: Outcome)] {
        try encodings(text).map { name, bytes in
            let general = try read(bytes, plain: false, blockSize: blockSize)
            for concurrent in [true, false] {
                let fast = try read(bytes, plain: true, concurrent: concurrent, blockSize: blockSize)
                #expect(fast == general, "\(name), blocks of \(blockSize), concurrent \(concurrent)")
            }
            return (name, general)
        }
    }

    @Test(arguments: [1 << 20, 97])
    func codedTiesReadAlike(blockSize: Int) throws {
        for (name, general) in try PlainRunTests.readAlike(PlainRunTests.codedTies, blockSize: blockSize) {
            #expect(general.counts.rejected > 20 && general.answers.count > 200, "\(name): \(general.counts)")
        }
    }

    /// Respondents going from tie to tie, so that the first row of most ties changes only the
    /// target: target spellings in other cases and with padding, empty and unknown ones, names
    /// that begin with other names, more spellings than the reading thread's memo holds,
    /// respondents coming back (duplicates), labelled rounds and odd values; next to each other,
    /// respondents whose ids, rounds or raters differ in a byte or two.
    static var nextTies: String {
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        let targets =
            ["Læge", "læge", " Sygeplejerske", "Sygeplejerske", "Portør", "Portør2", "Ukendt", "", "LÆGE "]
            + (0..<70).map { "Rolle \($0)" }
        let odd = ["", "NA", "10", "4.0"]
        for r in 0..<40 {
            // Neighbours alike but for a byte or two: rater, round and id of the same length.
            let round = r % 4 == 3 ? "" : ["Før", "Fær"][r % 2]
            let rater = "Rolle \(r % 3)"
            let ties = r % 2 == 0 ? 12 : 30
            for t in 0..<ties {
                let target = r < 20 ? targets[(r + t) % 19] : targets[(r * 7 + t * 3) % targets.count]
                for d in 0..<7 {
                    // The last tie of each respondent read on the fast path, so the next one's
                    // first row comes right after a row the fast path took.
                    let value =
                        (r + t + d) % 9 == 0 && t < ties - 1 ? odd[(r + d) % odd.count] : "\((r + t + d) % 5 + 1)"
                    text += "R\(100 + r % 37),\(round),\(rater),\(target),\(Dimension.allCases[d].id),\(value)\n"
                }
            }
        }
        return text
    }

    @Test(arguments: [1 << 20, 97, 7])
    func nextTiesReadAlike(blockSize: Int) throws {
        for (name, general) in try PlainRunTests.readAlike(PlainRunTests.nextTies, blockSize: blockSize) {
            #expect(general.counts.rejected > 1_000 && general.answers.count > 4_000, "\(name): \(general.counts)")
        }
    }

    @Test(arguments: [56, 58, 64])
    func codedTiesReadAlikeUnderRecordLimits(maxRecordBytes: Int) throws {
        let bytes = Array(PlainRunTests.codedTies.utf8)
        func read(plain: Bool) throws -> Result<Outcome, CSVError> {
            var options = IngestOptions(csv: CSVOptions(maxFieldBytes: 1 << 20, maxRecordBytes: maxRecordBytes))
            options.plainRuns = plain
            var ingestor = Ingestor(options: options)
            var reader = try CSVReader(bytes: bytes, name: "test.csv", options: options.csv)
            var sink = RecordingSink()
            var rejections: [Rejection] = []
            do {
                try ingestor.read(&reader, into: &sink) { rejections.append($0) }
            } catch let error as CSVError {
                return .failure(error)
            }
            return .success(Outcome(answers: sink.answers, rejections: rejections, counts: ingestor.counts))
        }
        let fast = try read(plain: true), general = try read(plain: false)
        switch (fast, general) {
        case let (.success(a), .success(b)): #expect(a == b)
        case let (.failure(a), .failure(b)): #expect(a.description == b.description)
        default: Issue.record("fast \(fast), general \(general)")
        }
    }

    /// An error in the file (here an unterminated quote) comes after every record before it has
    /// been read, whichever thread reads ahead.
    @Test func errorsComeInFileOrder() throws {
        var text = "respondent,round,rater_role,target_role,dimension,value\n"
        for r in 0..<2_000 { text += "id\(r),,Læge,Sygeplejerske,shared_goals,4\n" }
        text += "idx,,Læge,\"Sygeplejerske,shared_goals,4\n"
        for (concurrent, plain) in [(true, true), (false, true), (true, false)] {
            var options = IngestOptions(csv: CSVOptions(blockSize: 512, maxFieldBytes: 1 << 20))
            options.plainRuns = plain
            options.concurrentReading = concurrent
            var ingestor = Ingestor(options: options)
            var reader = try CSVReader(bytes: Array(text.utf8), name: "broken.csv", options: options.csv)
            var sink = RecordingSink()
            #expect(throws: CSVError.self) {
                try ingestor.read(&reader, into: &sink) { _ in }
            }
            #expect(sink.answers.count == 2_000, "plain \(plain), concurrent \(concurrent)")
        }
    }

    /// Stretches of blank lines long enough to fill whole blocks give plain runs without
    /// records; reading goes on past them on either thread.
    @Test func blankStretchesReadAlike() throws {
        let blank = String(repeating: "\n", count: 300)
        let text =
            "respondent,round,rater_role,target_role,dimension,value\n" + blank
            + "P1,,Læge,Sygeplejerske,shared_goals,4\n" + blank + "P2,,Læge,Sygeplejerske,shared_goals,3\n" + blank
        for blockSize in [64, 7] {
            let fast = try PlainRunTests.read(Array(text.utf8), plain: true, blockSize: blockSize)
            let oneThread = try PlainRunTests.read(
                Array(text.utf8), plain: true, concurrent: false, blockSize: blockSize)
            let general = try PlainRunTests.read(Array(text.utf8), plain: false, blockSize: blockSize)
            #expect(fast == general, "blocks of \(blockSize)")
            #expect(oneThread == general, "blocks of \(blockSize), one thread")
            #expect(general.answers.count == 2)
        }
    }
}

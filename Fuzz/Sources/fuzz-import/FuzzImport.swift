import FuzzSupport
@_spi(Testing) import RCIngest
@_spi(Testing) import RCStats
import RCSurvey

/// The Ingestor over arbitrary bytes. The first byte chooses the export shape (or detection) and
/// the instrument, the next two the CSV options, the fourth how many records are read to detect
/// the shape (bit 3 clear: the default 200; set: bits 0–2 + 1, so that the rows of a small input
/// after them reach the fast path) and, with bit 4, whether background variables are collected
/// (`--by`, `import`: then the readings must note the same values and conflict too). Invariants: no crash; records = answers +
/// missing + rejected, matching what the sink and the reject handler saw; every rejection has a
/// line ≥ 1 and a reason; every error names a line ≥ 1 when it names one. And the fast path
/// (plain runs, split on a second thread, tidy rows taken by the sink a stretch at a time) reads
/// exactly what the general path reads: the same answers, rejections, counts and error — into a
/// recording sink, and into the survey builder the commands use (tidy rows a stretch at a time,
/// wide rows a row at a time): the same survey, rejections, counts and error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let choice = input.byte()
    let formats: [ExportFormat?] = [nil, nil, nil] + ExportFormat.allCases.map(Optional.some)
    let format = formats[Int(choice & 0x0F) % formats.count]
    var options = IngestOptions(
        instrument: Fixtures.instruments[Int(choice >> 4) % Fixtures.instruments.count], format: format)
    options.csv = input.csvOptions(limits: IngestOptions.defaultCSV)
    if format == .mapping { options.mapping = Fixtures.mapping }
    if choice & 0x80 != 0 { options.round = "før" }
    let reading = input.byte()
    if reading & 0x08 != 0 { options = options.detecting(onFirst: Int(reading & 0x07) + 1) }
    options.collectsBackground = reading & 0x10 != 0

    let reader: CSVReader
    do {
        reader = try CSVReader(bytes: input.rest, name: "fuzz.csv", options: options.csv)
    } catch {
        return 0
    }
    let fast = Outcome(reading: reader, options)
    var generalOptions = options
    generalOptions.plainRuns = false
    let general = Outcome(reading: reader, generalOptions)
    if fast != general { violated("the fast path read otherwise than the general path:\n\(fast)\n\(general)") }
    let fastBuilt = Built(reading: reader, options)
    let generalBuilt = Built(reading: reader, generalOptions)
    if fastBuilt != generalBuilt {
        violated("the fast path built another survey than the general path:\n\(fastBuilt)\n\(generalBuilt)")
    }
    return 0
}

/// A rejection as the two readings compare it: its place, reason and record.
func summary(of rejection: Rejection) -> String {
    "\(rejection.line):\(rejection.column ?? 0) \(rejection.reason) \(rejection.record)"
}

/// What one reading of the input into the survey builder gave.
struct Built: Equatable, CustomStringConvertible {
    var survey = ""
    var rejections: [String] = []
    var counts: IngestCounts?
    var error: String?

    var description: String {
        "counts \(String(describing: counts)), rejections \(rejections), error \(error ?? "none")\n\(survey)"
    }

    init(reading reader: CSVReader, _ options: IngestOptions) {
        var ingestor = Ingestor(options: options.checkingInvariants)
        var copy = reader
        var builder = SurveyBuilder(roleOrder: options.instrument.roles.map(\.name))
        var rejections: [String] = []
        do {
            counts = try ingestor.readBuilding(&copy, into: &builder) { rejection in
                rejections.append(summary(of: rejection))
            }.counts
        } catch {
            self.error = "\(error)"
        }
        survey = builder.build().fingerprint
        self.rejections = rejections
    }
}

/// What one reading of the input gave, checked for the invariants as it is made.
struct Outcome: Equatable, CustomStringConvertible {
    var answers: [Answer] = []
    var rejections: [String] = []
    var counts: IngestCounts?
    var error: String?
    /// The background variables noted (when collected): by name, round and id; and the conflict.
    var background: [String: [String: [String: String?]]] = [:]
    var backgroundConflict: String?

    var description: String {
        "answers \(answers.count), rejections \(rejections), counts \(String(describing: counts)), error \(error ?? "none"), "
            + "background \(background), conflict \(backgroundConflict ?? "none")"
    }

    init(reading reader: CSVReader, _ options: IngestOptions) {
        var ingestor = Ingestor(options: options.checkingInvariants)
        var copy = reader
        var sink = RecordingSink()
        var rejections: [String] = []
        do {
            let report = try ingestor.readRecording(&copy, into: &sink) { rejection in
                if rejection.line < 1 { violated("a rejection on line \(rejection.line)") }
                if rejection.reason.isEmpty { violated("a rejection without a reason") }
                rejections.append(summary(of: rejection))
            }
            let counts = report.counts
            if !counts.isBalanced { violated("records \(counts.records) ≠ answers + missing + rejected in \(counts)") }
            if counts.answers + counts.missing != sink.answers.count {
                violated("the sink took \(sink.answers.count), the counts say \(counts)")
            }
            if counts.rejected != rejections.count {
                violated("\(rejections.count) rejections reported, the counts say \(counts)")
            }
            if ingestor.counts != counts { violated("the ingestor's running counts differ from the file's") }
            self.counts = counts
        } catch let error as IngestError {
            if let line = error.line, line < 1 { violated("an error on line \(line): \(error)") }
            self.error = "\(error)"
        } catch let error as CSVError {
            if let line = error.line, line < 1 { violated("an error on line \(line): \(error)") }
            self.error = "\(error)"
        } catch {
            // Other errors are reports to the user too; only crashes and broken accounting are findings.
            self.error = "\(error)"
        }
        for violation in sink.violations { violated(violation) }
        answers = sink.answers
        self.rejections = rejections
        background = ingestor.background.byName
        backgroundConflict = ingestor.background.conflict.map { "\($0)" }
    }
}

enum Fixtures {
    static let instruments: [Instrument] = {
        var roles = Instrument.standard(language: .da)
        roles.roles = [
            RoleDefinition(name: "Social- og sundhedsassistent", aliases: ["Social and healthcare assistant", "SSA"]),
            RoleDefinition(name: "Læge", aliases: ["Physician", "Doctor"]),
            RoleDefinition(name: "Sygeplejerske", aliases: ["Nurse"]),
            RoleDefinition(name: "Fysioterapeut", aliases: ["Physiotherapist"])
        ]
        return [.standard(language: .da), .standard(language: .en), roles]
    }()

    /// The LimeSurvey code mapping of the shape fixtures, for `--format mapping`.
    static let mapping = ColumnMapping(
        respondent: "id", raterRole: "ROLE", roles: ["A1": "Læge", "A2": "Sygeplejerske"],
        columns: [
            (header: "FREQ[SQ001]", target: "Læge", dimension: .frequentCommunication),
            (header: "FREQ[SQ002]", target: "Sygeplejerske", dimension: .frequentCommunication),
            (header: "GOAL[SQ001]", target: "Læge", dimension: .sharedGoals),
            (header: "RESP[SQ002]", target: "Sygeplejerske", dimension: .mutualRespect)
        ])
}

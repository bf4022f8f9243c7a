import FuzzSupport
import RCIngest
import RCSurvey

/// The Ingestor over arbitrary bytes. The first byte chooses the export shape (or detection) and
/// the instrument, the next two the CSV options. Invariants: no crash; records = answers +
/// missing + rejected, matching what the consumer and the reject handler saw; every rejection
/// has a line ≥ 1 and a reason; every error names a line ≥ 1 when it names one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let choice = input.byte()
    let formats: [ExportFormat?] = [nil, nil, nil] + ExportFormat.allCases.map(Optional.some)
    let format = formats[Int(choice & 0x0F) % formats.count]
    var options = IngestOptions(instrument: Fixtures.instruments[Int(choice >> 4) % Fixtures.instruments.count], format: format)
    options.csv = input.csvOptions(limits: IngestOptions.defaultCSV)
    if format == .mapping { options.mapping = Fixtures.mapping }
    if choice & 0x80 != 0 { options.round = "før" }

    let reader: CSVReader
    do {
        reader = try CSVReader(bytes: input.rest, name: "fuzz.csv", options: options.csv)
    } catch {
        return 0
    }
    var ingestor = Ingestor(options: options)
    var copy = reader
    var accepted = 0
    var refused = 0
    var rejected = 0
    var seen = Set<String>()
    do {
        let report = try ingestor.read(&copy, consume: { answer in
            // Refuse repeats, as the survey builder does, so refusals by the consumer are counted too.
            let key = "\(answer.respondent)\u{1}\(answer.round)\u{1}\(answer.targetRole)\u{1}\(answer.dimension.id)"
            guard seen.insert(key).inserted else {
                refused += 1
                return "a repeated answer"
            }
            if answer.respondent.isEmpty || answer.raterRole.isEmpty || answer.targetRole.isEmpty {
                violated("an answer without respondent or roles: \(answer)")
            }
            if let score = answer.score, !score.isFinite { violated("a score that is not a number: \(answer)") }
            accepted += 1
            return nil
        }, reject: { rejection in
            rejected += 1
            if rejection.line < 1 { violated("a rejection on line \(rejection.line)") }
            if rejection.reason.isEmpty { violated("a rejection without a reason") }
        })
        let counts = report.counts
        if !counts.isBalanced { violated("records \(counts.records) ≠ answers + missing + rejected in \(counts)") }
        if counts.answers + counts.missing != accepted { violated("the consumer accepted \(accepted), the counts say \(counts)") }
        if counts.rejected != rejected { violated("\(rejected) rejections reported, the counts say \(counts)") }
        if ingestor.counts != counts { violated("the ingestor's running counts differ from the file's") }
    } catch let error as IngestError {
        if let line = error.line, line < 1 { violated("an error on line \(line): \(error)") }
    } catch let error as CSVError {
        if let line = error.line, line < 1 { violated("an error on line \(line): \(error)") }
    } catch {
        // Other errors are reports to the user too; only crashes and broken accounting are findings.
    }
    return 0
}

enum Fixtures {
    static let instruments: [Instrument] = {
        var roles = Instrument.standard(language: .da)
        roles.roles = [
            RoleDefinition(name: "Social- og sundhedsassistent", aliases: ["Social and healthcare assistant", "SSA"]),
            RoleDefinition(name: "Læge", aliases: ["Physician", "Doctor"]),
            RoleDefinition(name: "Sygeplejerske", aliases: ["Nurse"]),
            RoleDefinition(name: "Fysioterapeut", aliases: ["Physiotherapist"]),
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
            (header: "RESP[SQ002]", target: "Sygeplejerske", dimension: .mutualRespect),
        ])
}

import Foundation
import RCSurvey
import RCTestSupport
import Testing

@_spi(Testing) @testable import RCIngest

/// No answer of a REDCap export with two rounds lands in the wrong round or with the wrong
/// respondent: random projects — longitudinal (events) or with a repeating instrument
/// (instances), raw with the data dictionary or labels, records in any order, some answering one
/// round only, the role and unit on the first row only or repeated, an enrolment event without
/// the RC form, a Data Access Group and a checkbox — read to exactly the answers that were
/// written, each with its record, round, role and unit, and nothing rejected; on the fast path's
/// settings as on the general path's, with a detection sample of a few rows as of many.
@Suite struct RecordRowsPropertyTests {
    static let seeds: [UInt64] = (1...24).map { 0x27_0000 + $0 }
    static let roles = ["Sygeplejerske", "Læge", "Fysioterapeut", "Social- og sundhedsassistent"]
    static let units = ["Sengeafsnit A", "Sengeafsnit B", "Ambulatoriet"]
    static let groups = [("medicinsk_afdeling", "Medicinsk Afdeling"), ("kirurgisk_afdeling", "Kirurgisk Afdeling")]
    static let fields = ["hyppig", "rettidig", "praecis", "problem", "maal", "viden", "respekt"]

    /// One random project's export: its files, and every answer written into it.
    struct Project {
        var repeating: Bool
        var raw: Bool
        var files: [String: String] = [:]
        var answers: [Answer] = []
        /// The unit of each record, and its access group.
        var units: [String: String] = [:]
        var groups: [String: String] = [:]
    }

    static func project(seed: UInt64) -> Project {
        var random = SplitMix64(seed: seed)
        let instrument = Instrument.standard(language: .da)
        var project = Project(repeating: Bool.random(using: &random), raw: Bool.random(using: &random))
        let roles = Array(Self.roles.shuffled(using: &random).prefix(Int.random(in: 2...4, using: &random)))
        let armSuffix = !project.raw && Bool.random(using: &random) ? " (Arm 1: Arm 1)" : ""
        let enrolment = !project.repeating && Bool.random(using: &random)
        let repeated = Bool.random(using: &random)
        // The rounds as the export writes them, and the enrolment event's name.
        let rounds =
            project.repeating
            ? ["1", "2"]
            : project.raw ? ["baseline_arm_1", "followup_arm_1"] : ["Baseline" + armSuffix, "Follow-up" + armSuffix]
        let enrolmentEvent = project.raw ? "enrolment_arm_1" : "Enrolment" + armSuffix

        var header = [project.raw ? "record_id" : "Record ID"]
        if project.repeating {
            header +=
                project.raw
                ? ["redcap_repeat_instrument", "redcap_repeat_instance"] : ["Repeat Instrument", "Repeat Instance"]
        } else {
            header.append(project.raw ? "redcap_event_name" : "Event Name")
        }
        header +=
            project.raw
            ? ["redcap_data_access_group", "redcap_survey_identifier"] : ["Data Access Group", "Survey Identifier"]
        header += project.raw ? ["faggruppe", "afdeling"] : ["Hvilken faggruppe tilhører du?", "Afdeling"]
        header +=
            project.raw
            ? ["opgaver___1", "opgaver___2"] : ["Hvilke opgaver? (choice=Medicin)", "Hvilke opgaver? (choice=Sår)"]
        header.append(project.raw ? "baggrund_complete" : "Complete?")
        for field in Self.fields {
            for (k, role) in Self.roles.enumerated() { header.append(project.raw ? "\(field)_\(k + 1)" : role) }
        }
        header.append(project.raw ? "rc_samarbejde_complete" : "Complete?")

        var records: [[[String]]] = []
        for n in 1...Int.random(in: 3...30, using: &random) {
            let group = Self.groups[Int.random(in: 0..<2, using: &random)]
            let id = project.repeating ? "\(group.0.hasPrefix("m") ? 214 : 215)-\(n)" : String(n)
            let role = roles.randomElement(using: &random) ?? roles[0]
            let unit = Self.units.randomElement(using: &random) ?? Self.units[0]
            project.units[id] = unit
            project.groups[id] = project.raw ? group.0 : group.1
            // Each round answered or not, at least one.
            var answered = rounds.map { _ in Double.random(in: 0..<1, using: &random) < 0.8 }
            if !answered.contains(true) { answered[Int.random(in: 0..<2, using: &random)] = true }
            var rows: [[String]] = []
            func row(round: String, instrument: String, withRecord: Bool, answers: [String]?) -> [String] {
                var fields = [id]
                if project.repeating {
                    fields += [instrument, round]
                } else {
                    fields.append(round)
                }
                fields += [project.raw ? group.0 : group.1, ""]
                if withRecord {
                    let code = String((Self.roles.firstIndex(of: role) ?? 0) + 1)
                    let unitCode = String((Self.units.firstIndex(of: unit) ?? 0) + 1)
                    fields += project.raw ? [code, unitCode] : [role, unit]
                    let ticks = (0..<2).map { _ in Bool.random(using: &random) }
                    fields += ticks.map { project.raw ? ($0 ? "1" : "0") : ($0 ? "Checked" : "Unchecked") }
                    fields.append(project.raw ? "2" : "Complete")
                } else {
                    fields += ["", "", "", "", ""]
                }
                if let answers {
                    fields += answers + [project.raw ? "2" : "Complete"]
                } else {
                    fields += Array(repeating: "", count: 29)
                }
                return fields
            }
            // The role and unit's row: the non-repeating row, an enrolment event, or the first round's.
            var recordGiven = false
            if project.repeating {
                rows.append(row(round: "", instrument: "", withRecord: true, answers: nil))
                recordGiven = true
            } else if enrolment {
                rows.append(row(round: enrolmentEvent, instrument: "", withRecord: true, answers: nil))
                recordGiven = true
            }
            for (k, round) in rounds.enumerated() where answered[k] {
                var values: [String] = []
                var answers: [Answer] = []
                var any = false
                for (d, item) in instrument.items.enumerated() {
                    let labels = instrument.scale(for: item.dimension)?.options.map { $0.label.text(.da) } ?? []
                    for target in Self.roles {
                        let draw = Double.random(in: 0..<1, using: &random)
                        let score = Int.random(in: 1...5, using: &random)
                        let text: String
                        let answer: Double?
                        if !roles.contains(target) || draw < 0.08 {
                            (text, answer) = ("", nil)
                        } else if draw < 0.15 {
                            (text, answer) = (project.raw ? "6" : "Ved ikke", nil)
                        } else {
                            (text, answer) = (project.raw ? String(score) : labels[score - 1], Double(score))
                        }
                        values.append(text)
                        any = any || !text.isEmpty
                        // A blank cell of a row with answers is a missing answer, as everywhere.
                        answers.append(
                            Answer(
                                respondent: id, round: round, raterRole: role, targetRole: target,
                                dimension: instrument.items[d].dimension, score: answer))
                    }
                }
                // A round with no answer at all is no response (as REDCap writes the rows of an
                // event or instance without the form): leave it out.
                guard any else { continue }
                project.answers += answers
                let withRecord = !recordGiven || (repeated && !project.repeating)
                rows.append(
                    row(
                        round: round, instrument: project.raw ? "rc_samarbejde" : "RC samarbejde",
                        withRecord: withRecord, answers: values))
                recordGiven = true
            }
            records.append(rows)
        }
        records.shuffle(using: &random)
        let writer = CSVWriter()
        let name = project.raw ? "RC_DATA_2024-10-01_0915.csv" : "RC_DATA_LABELS_2024-10-01_0915.csv"
        project.files[name] = writer.line(header) + records.joined().map(writer.line).joined()
        if project.raw { project.files["RC_DataDictionary_2024-10-01.csv"] = dictionary(instrument) }
        return project
    }

    /// The raw export's data dictionary: the role and unit as radio fields, the checkbox, and a
    /// matrix per question with a field per role, choices `1, Aldrig | … | 6, Ved ikke`.
    static func dictionary(_ instrument: Instrument) -> String {
        let writer = CSVWriter()
        var text = writer.line([
            "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
            "Choices, Calculations, OR Slider Labels", "Field Note", "Matrix Group Name"
        ])
        func choices(_ labels: [String]) -> String {
            labels.enumerated().map { "\($0.offset + 1), \($0.element)" }.joined(separator: " | ")
        }
        text += writer.line(["record_id", "baggrund", "", "text", "Record ID", "", "", ""])
        text += writer.line([
            "faggruppe", "baggrund", "", "radio", "Hvilken faggruppe tilhører du?", choices(Self.roles), "", ""
        ])
        text += writer.line(["afdeling", "baggrund", "", "radio", "Afdeling", choices(Self.units), "", ""])
        text += writer.line(["opgaver", "baggrund", "", "checkbox", "Hvilke opgaver?", "1, Medicin | 2, Sår", "", ""])
        for (item, field) in zip(instrument.items, Self.fields) {
            let labels =
                (instrument.scale(for: item.dimension)?.options.map { $0.label.text(.da) } ?? []) + ["Ved ikke"]
            for (k, role) in Self.roles.enumerated() {
                let section = k == 0 ? instrument.question(item.dimension, language: .da) ?? field : ""
                text += writer.line([
                    "\(field)_\(k + 1)", "rc_samarbejde", section, "radio", role, choices(labels), "", field
                ])
            }
        }
        return text
    }

    struct Reading: Equatable {
        var answers: [String: Int] = [:]
        var rejections: [String] = []
        var counts = IngestCounts()
        var background: [String: [String: [String: String?]]] = [:]
    }

    static func read(_ project: Project, in folder: URL, sample: Int, plain: Bool) throws -> Reading {
        var options = IngestOptions(instrument: .standard(language: .da))
        options.sampleRecords = sample
        options.plainRuns = plain
        options.concurrentReading = plain
        options.collectsBackground = true
        var ingestor = Ingestor(options: options)
        var reading = Reading()
        let data = try #require(project.files.keys.first { $0.contains("_DATA_") })
        let report = try ingestor.read(
            path: folder.appendingPathComponent(data).path,
            consume: { answer in
                reading.answers[Self.key(answer), default: 0] += 1
                return nil
            }, reject: { reading.rejections.append($0.location + ": " + $0.reason) })
        reading.counts = report.counts
        reading.background = ingestor.background.byName
        return reading
    }

    static func key(_ answer: Answer) -> String {
        "\(answer.respondent)|\(answer.round)|\(answer.raterRole)|\(answer.targetRole)|\(answer.dimension.id)|"
            + (answer.score.map { String($0) } ?? "missing")
    }

    @Test(arguments: seeds)
    func everyAnswerInItsRoundAndRespondent(seed: UInt64) throws {
        let project = Self.project(seed: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-redcap-\(seed)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in project.files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let written = project.answers.reduce(into: [String: Int]()) { $0[Self.key($1), default: 0] += 1 }
        let general = try Self.read(project, in: folder, sample: Ingestor.sampleSize, plain: false)
        let kind = "\(project.repeating ? "repeating" : "longitudinal") \(project.raw ? "raw" : "labels")"
        #expect(general.rejections.isEmpty, "\(kind): \(general.rejections.prefix(3))")
        let missing = written.filter { general.answers[$0.key] != $0.value }.keys.sorted().prefix(3)
        let extra = general.answers.filter { written[$0.key] != $0.value }.keys.sorted().prefix(3)
        #expect(general.answers == written, "\(kind): missing \(Array(missing)), extra \(Array(extra))")
        #expect(general.counts.records == general.counts.answers + general.counts.missing)
        #expect(general.counts.records == project.answers.count)

        // Each record's unit and access group in every round it answered; the checkbox is none.
        let unitName = project.raw ? "afdeling" : "Afdeling"
        let groupName = project.raw ? "redcap_data_access_group" : "Data Access Group"
        #expect(Set(general.background.keys) == [unitName, groupName], "\(kind): \(general.background.keys.sorted())")
        for answer in project.answers {
            #expect(general.background[unitName]?[answer.round]?[answer.respondent] == project.units[answer.respondent])
            #expect(
                general.background[groupName]?[answer.round]?[answer.respondent] == project.groups[answer.respondent])
        }
        for (round, respondents) in general.background[unitName] ?? [:] {
            for id in respondents.keys {
                #expect(written.keys.contains { $0.hasPrefix("\(id)|\(round)|") }, "\(kind): \(id) in '\(round)'")
            }
        }

        // The fast path's settings and a detection sample of a few rows read the same.
        for (sample, plain) in [(3, true), (4, false), (Ingestor.sampleSize, true)] {
            let other = try Self.read(project, in: folder, sample: sample, plain: plain)
            #expect(other == general, "\(kind): sample \(sample), plain \(plain)")
        }
    }
}

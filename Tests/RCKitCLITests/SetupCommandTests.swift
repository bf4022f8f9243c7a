import Foundation
import RCSurvey
import Testing

@testable import RCKitCLI

/// `rckit setup` end to end, as a new user runs it: write the set-up file, let the tool collect
/// answers (simulated here in its code convention), read the code export back with the file.
@Suite struct SetupCommandTests {
    static let roles = "Sygeplejerske,Læge,Fysioterapeut,Social- og sundhedsassistent"
    static let roleNames = roles.split(separator: ",").map(String.init)
    static let codes = ["FREQ", "TIME", "ACCU", "PROB", "GOAL", "KNOW", "RESP"]
    static let dimensions = Dimension.allCases.map(\.id)

    /// Three respondents' codes: respondent r (1-based) has role r and answers question q about
    /// role k with `answer(r, q, k)`: a score, 9 ("Ved ikke") or a blank.
    static func answer(_ r: Int, _ q: Int, _ k: Int) -> String {
        switch (r * 7 + q * 3 + k) % 7 {
        case 5: "9"
        case 6: ""
        case let x: String(x + 1)
        }
    }

    /// The tidy lines those answers read as.
    static var expectedLines: [String] {
        var lines: [String] = []
        for r in 1...3 {
            for q in 0..<7 {
                for k in 0..<4 {
                    let code = answer(r, q, k)
                    let value = code == "9" || code.isEmpty ? "" : code
                    lines.append("\(r),,\(roleNames[r - 1]),\(roleNames[k]),\(dimensions[q]),\(value)")
                }
            }
        }
        return lines.sorted()
    }

    /// The tidy answers of an `import`'s output, without its header.
    func tidyLines(_ path: URL) throws -> [String] {
        let text = try String(contentsOf: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map {
            // The missing label rckit writes ("Ved ikke") and a blank are the same missing answer.
            String($0).replacingOccurrences(of: ",Ved ikke", with: ",")
        }.sorted()
    }

    func setUp(_ tool: String, _ out: URL, _ extra: String...) -> CLIResult {
        rckit(
            ["setup", "--tool", tool, "--process", "hoftebrudsforløbet", "--roles", Self.roles, "--out", out.path]
                + extra)
    }

    /// Writes `text` as the export `name` in `folder` and imports it with `option setUpFile`: the
    /// simulated answers come back. Without the set-up file, `alone` stops, naming `hint`.
    @discardableResult
    func readsBack(
        _ text: String, as name: String, in folder: URL, _ option: String, _ setUpFile: URL, alone: String = "import",
        hint: String
    ) throws -> URL {
        let export = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: export)
        let tidy = folder.appendingPathComponent("tidy.csv")
        let read = rckit("import", export.path, option, setUpFile.path, "--out", tidy.path)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(try tidyLines(tidy) == Self.expectedLines)
        let without = rckit(alone, export.path)
        #expect(without.status == 1)
        #expect(without.stderr.contains(hint), "\(without.stderr)")
        return export
    }

    @Test func redcapRoundTrip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = folder.appendingPathComponent("rc.csv")
        let made = setUp("redcap", dictionary)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.isEmpty)
        #expect(
            made.stderr.contains("rckit: wrote \(dictionary.path): the questionnaire as a REDCap data dictionary"),
            "\(made.stderr)")
        #expect(made.stderr.contains("--dictionary \(dictionary.path)"))
        // The raw export: record id, survey fields, the role, the matrices, the form's status.
        var header = ["record_id", "redcap_survey_identifier", "rc_samarbejde_timestamp", "faggruppe"]
        for code in Self.codes { header += (1...4).map { "\(code.lowercased())_\($0)" } }
        var text = (header + ["rc_samarbejde_complete"]).joined(separator: ",") + "\n"
        for r in 1...3 {
            var row = ["\(r)", "", "2025-03-10 10:0\(r):00", "\(r)"]
            for q in 0..<7 { row += (0..<4).map { Self.answer(r, q, $0) } }
            text += (row + ["2"]).joined(separator: ",") + "\n"
        }
        // Without its dictionary the raw export stops, naming the file to give.
        let export = try readsBack(
            text, as: "export.csv", in: folder, "--dictionary", dictionary, alone: "analyze", hint: "--dictionary FILE")
        let analysed = rckit(
            "analyze", export.path, "--dictionary", dictionary.path, "--format", "json", "--min-group", "1")
        #expect(analysed.status == 0, "\(analysed.stderr)")
        #expect(analysed.stdout.contains("\"respondents\": 3"))
    }

    @Test func limeSurveyRoundTrip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let structure = folder.appendingPathComponent("rc.lss")
        let made = setUp("limesurvey", structure)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(
            try String(contentsOf: structure, encoding: .utf8).contains("<LimeSurveyDocType>Survey</LimeSurveyDocType>")
        )
        // "Question code" headings, "Answer codes", every field quoted, CRLF, as LimeSurvey writes.
        var header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "ROLE"]
        for code in Self.codes { header += (1...4).map { "\(code)[R\($0)]" } }
        func line(_ fields: [String]) -> String { fields.map { "\"\($0)\"" }.joined(separator: ",") + "\r\n" }
        var text = "\u{FEFF}" + line(header)
        for r in 1...3 {
            var row = ["\(r)", "2025-03-10 10:00:00", "1", "da", "1234", "\(r)"]
            for q in 0..<7 { row += (0..<4).map { Self.answer(r, q, $0) } }
            text += line(row)
        }
        try readsBack(
            text + "\r\n", as: "results-survey123456.csv", in: folder, "--structure", structure,
            hint: "--structure limesurvey_survey_ID.lss")
    }

    @Test func qualtricsRoundTrip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let survey = folder.appendingPathComponent("rc.qsf")
        let made = setUp("qualtrics", survey)
        #expect(made.status == 0, "\(made.stderr)")
        // "Use numeric values": three header rows; the recode values are the scores and 9.
        var names = ["StartDate", "Finished", "ResponseId", "ROLE"]
        var texts = ["Start Date", "Finished", "Response ID", "Hvilken faggruppe tilhører du?"]
        var ids = ["startDate", "finished", "_recordId", "QID1"].map { "\"{\"\"ImportId\"\":\"\"\($0)\"\"}\"" }
        for (q, code) in Self.codes.enumerated() {
            for k in 1...4 {
                names.append("\(code)_\(k)")
                texts.append("Spørgsmål \(q) - \(Self.roleNames[k - 1])")
                ids.append("\"{\"\"ImportId\"\":\"\"QID\(q + 2)_\(k)\"\"}\"")
            }
        }
        var text = [names, texts, ids].map { $0.joined(separator: ",") + "\r\n" }.joined()
        for r in 1...3 {
            var row = ["2025-03-10 10:00:00", "1", "\(r)", "\(r)"]
            for q in 0..<7 { row += (0..<4).map { Self.answer(r, q, $0) } }
            text += row.joined(separator: ",") + "\r\n"
        }
        let export = try readsBack(
            text, as: "export.csv", in: folder, "--structure", survey, hint: "--structure SURVEY.qsf")
        let inspected = rckit("inspect", export.path, "--structure", survey.path, "--rows", "0", "--lang", "en")
        #expect(inspected.stdout.contains("Qualtrics: survey file \(survey.path)"), "\(inspected.stdout)")
    }

    /// The roles come from `--roles` or the instrument; when neither names any, the file has
    /// numbered roles to rename in the tool, and a warning says so (the walkthrough).
    @Test func rolesComeFromTheInstrumentOrAreNumbered() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("rc.csv")
        let without = rckit("setup", "--tool", "redcap", "--process", "hoftebrudsforløbet", "--out", out.path)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(
            without.stderr.hasPrefix(
                "rckit: warning: the instrument rc7-da names no roles, so the file has 8 numbered roles (Faggruppe 1 … Faggruppe 8)"
            ), "\(without.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("1, Faggruppe 1 | 2, Faggruppe 2"))

        var instrument = Instrument.standard(language: .da)
        instrument.roles = [RoleDefinition(name: "Portør"), RoleDefinition(name: "Sygeplejerske", aliases: ["SPL"])]
        let file = folder.appendingPathComponent("instrument.json")
        try Data(instrument.jsonValue.serialized().utf8).write(to: file)
        let with = rckit("setup", "--tool", "redcap", "--instrument", file.path, "--out", out.path)
        #expect(with.status == 0, "\(with.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"1, Portør | 2, Sygeplejerske\""))
        // The instrument file is an input: it is never overwritten.
        let over = rckit("setup", "--tool", "redcap", "--instrument", file.path, "--out", file.path)
        #expect(over.status == 64)
    }

    @Test(arguments: [
        (["--tool", "redcap", "--roles", "A,B,a", "--out", "x.csv"], "--roles names 'a' twice"),
        (["--tool", "redcap", "--roles", "A,B|C", "--out", "x.csv"], "'B|C' cannot be a role name"),
        (["--tool", "redcap", "--roles", " , ", "--out", "x.csv"], "--roles names no role"),
        (["--tool", "spss", "--roles", "A", "--out", "x.csv"], "--tool"),
        (["--roles", "A", "--out", "x.csv"], "--tool"),
        (["--tool", "redcap", "--roles", "A"], "--out")
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) {
        let result = rckit(["setup"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func englishQuestionnaireAndDanishMessages() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("rc.qsf")
        let english = rckit(
            "setup", "--tool", "qualtrics", "--instrument", "rc7-en", "--process", "hip fracture care", "--roles",
            "Nurse,Doctor", "--out", out.path)
        #expect(english.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("How much do people in these groups share your goals for hip fracture care?"))
        #expect(text.contains("\"SurveyLanguage\":\"EN\""))
        #expect(text.contains("Created by rckit \(RCKit.version) from the instrument rc7-en"))
        let danish = rckit("setup", "--tool", "limesurvey", "--roles", "A", "--out", out.path, "--lang", "da")
        #expect(danish.status == 0)
        #expect(danish.stderr.contains("rckit: skrev \(out.path): spørgeskemaet som LimeSurvey-strukturfil"))
        // LimeSurvey imports a structure only from a .lss file: the name is a warning.
        #expect(danish.stderr.contains("rckit: advarsel: LimeSurvey kender opsætningsfilen på filnavnets endelse"))
    }

    @Test func helpDescribesTheCommand() {
        let help = rckit("setup", "--help", "--lang", "en")
        #expect(help.status == 0)
        #expect(help.stdout.contains("--tool TOOL"))
        #expect(help.stdout.contains("Values: redcap, limesurvey, qualtrics."))
        #expect(rckit("--help").stdout.contains("setup"))
    }
}

import Foundation
import RCIngest
import RCSurvey
import RCTestSupport
import Testing

/// The exports of issue 27, written to each tool's documented conventions
/// (`Tests/RCIngestTests/Fixtures/shapes/second-round`, its README names the sources), read end to
/// end as a user runs rckit: `import` writes exactly the answers of the fixture's `expected.csv` —
/// each in its round, of its respondent, with its role and background — and `analyze` (one round)
/// or `compare` (two) gives exactly the figures of that expected file.
@Suite struct SecondRoundExportsTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/second-round")

    struct Case: Sendable, CustomTestStringConvertible {
        /// The fixture's folder (holding `expected.csv`) under `second-round`.
        var folder: String
        /// The export file(s) in it.
        var files: [String]
        /// What else the command line says (a values file, a mapping).
        var options: [String] = []
        /// Whether respondents are compared as groups: exports without ids (SurveyXact) name each
        /// respondent by file and line, `expected.csv` by row number.
        var respondentsAsGroups = false

        var testDescription: String { folder }

        func path(_ name: String) -> String {
            SecondRoundExportsTests.folder.appendingPathComponent(folder).appendingPathComponent(name).path
        }
        var paths: [String] { files.map(path) }
        var arguments: [String] {
            options.map { $0.hasPrefix("@") ? path(String($0.dropFirst())) : $0 }
        }
    }

    static let shapes = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes").path

    static let cases: [Case] = [
        Case(folder: "redcap-longitudinal/raw", files: ["RCsamarbejde_DATA_2024-10-01_0915.csv"]),
        Case(folder: "redcap-longitudinal/labels", files: ["RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv"]),
        Case(folder: "redcap-longitudinal-repeated/raw", files: ["RCsamarbejde_DATA_2024-10-01_0915.csv"]),
        Case(folder: "redcap-longitudinal-repeated/labels", files: ["RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv"]),
        Case(folder: "redcap-longitudinal-armlabels/labels", files: ["RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv"]),
        Case(folder: "redcap-repeating/raw", files: ["RCsamarbejde_DATA_2024-10-02_1130.csv"]),
        Case(folder: "redcap-repeating/labels", files: ["RCsamarbejde_DATA_LABELS_2024-10-02_1130.csv"]),
        Case(
            folder: "qualtrics-legacy", files: ["Relationel_koordinering.csv"],
            options: ["--value-labels", "@Relationel_koordinering.values.csv"]),
        // The survey file (.qsf) says which role each loop is.
        Case(
            folder: "qualtrics-loop-piped", files: ["Relationel_koordinering_loop.csv"],
            options: ["--structure", "@Relationel_koordinering_loop.qsf"]),
        Case(
            folder: "qualtrics-loop-matrix", files: ["Relationel_koordinering_loop.csv"],
            options: [
                "--value-labels", "@Relationel_koordinering_loop.values.csv", "--structure",
                "@Relationel_koordinering_loop.qsf"
            ]),
        Case(folder: "limesurvey-codetext-abbreviated", files: ["results-survey482913.csv"]),
        Case(folder: "limesurvey-xlsx", files: ["results-survey482913.xlsx"]),
        Case(
            folder: "limesurvey-codes-other", files: ["results-survey482913.csv"],
            options: [
                "--mapping", shapes + "/limesurvey-codes-other.mapping.json", "--value-labels",
                "@results-survey482913.values.csv"
            ]),
        Case(
            folder: "surveyxact-rounds", files: ["før/dataset.csv", "efter/dataset.csv"], respondentsAsGroups: true)
    ]

    /// The rows of a tidy CSV text, each as column name → value.
    static func rows(_ text: String) throws -> [[String: String]] {
        var reader = try CSVReader(bytes: Array(text.utf8), name: "tidy.csv", options: CSVOptions())
        guard let header = try reader.next()?.fields else { return [] }
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, record.fields)))
        }
        return rows
    }

    /// The rows as a multiset of lines with the columns of `columns`, in that order; with `groups`,
    /// the respondent replaced by the sorted answers of its round and respondent.
    static func multiset(_ rows: [[String: String]], columns: [String], groups: Bool) -> [String: Int] {
        var lines: [String] = rows.map { row in columns.map { row[$0] ?? "∅" }.joined(separator: "|") }
        if groups {
            var byRespondent: [String: [String]] = [:]
            for (row, line) in zip(rows, lines) {
                byRespondent["\(row["round"] ?? "")/\(row["respondent"] ?? "")", default: []].append(line)
            }
            lines = rows.map { row in
                let key = "\(row["round"] ?? "")/\(row["respondent"] ?? "")"
                let own = (byRespondent[key] ?? []).map { $0.split(separator: "|").dropFirst().joined(separator: "|") }
                return "\(row["round"] ?? "") " + own.sorted().joined(separator: ";") + " "
                    + columns.dropFirst()
                    .map { row[$0] ?? "∅" }.joined(separator: "|")
            }
        }
        return lines.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// `import` keeps a missing answer's label ("Ved ikke", SPEC §2) where `expected.csv` leaves it
    /// blank: the row with such a label as its value, the value blank.
    static func missingAsBlank(_ row: [String: String]) -> [String: String] {
        let scales = Instrument.builtInNames.compactMap(Instrument.builtIn(named:)).flatMap(\.scales)
        guard let value = row["value"], scales.contains(where: { $0.isMissingLabel(value) }) else { return row }
        return row.merging(["value": ""]) { $1 }
    }

    @Test(arguments: cases)
    func importWritesTheExpectedAnswers(fixture: Case) throws {
        let rounds = fixture.files.count > 1 ? ["--round-names", "før,efter"] : []
        let result = rckit(["import"] + fixture.paths + fixture.arguments + rounds)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(", rejected 0"), "\(result.stderr)")
        let expectedText = try String(contentsOfFile: fixture.path("expected.csv"), encoding: .utf8)
        let expected = try Self.rows(expectedText), written = try Self.rows(result.stdout).map(Self.missingAsBlank)
        let columns = expectedText.prefix { $0 != "\n" && $0 != "\r" }.split(separator: ",").map(String.init)
        let writtenColumns = result.stdout.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        // The same columns (background variables by the export's names), in any order.
        #expect(Set(writtenColumns) == Set(columns), "\(writtenColumns) against \(columns)")
        #expect(written.count == expected.count)
        let got = Self.multiset(written, columns: columns, groups: fixture.respondentsAsGroups)
        let want = Self.multiset(expected, columns: columns, groups: fixture.respondentsAsGroups)
        let missing = want.filter { got[$0.key] != $0.value }.keys.sorted().prefix(3)
        let extra = got.filter { want[$0.key] != $0.value }.keys.sorted().prefix(3)
        #expect(got == want, "missing \(Array(missing)); extra \(Array(extra))")
    }

    /// Exports whose records are read with the record's other rows or columns (REDCap's events,
    /// LimeSurvey's typed "Other") read from a workbook exactly as from their CSV file: the
    /// workbook's fast path leaves them to the general way, as the CSV file's does.
    @Test(arguments: [
        "redcap-longitudinal/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv",
        "limesurvey-codetext-abbreviated/results-survey482913.csv"
    ])
    func asAWorkbookTheyReadAlike(file: String) throws {
        let csv = Self.folder.appendingPathComponent(file)
        var bytes = Array(try Data(contentsOf: csv))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var reader = try CSVReader(bytes: bytes, name: csv.lastPathComponent, options: CSVOptions())
        var rows: [[String]] = []
        while let record = try reader.next() {
            if !record.fields.allSatisfy(\.isEmpty) { rows.append(record.fields) }
        }
        let workbook = try temporaryDirectory().appendingPathComponent("export.xlsx")
        try Data(WorkbookWriter().bytes(rows)).write(to: workbook)
        let command = file.hasPrefix("redcap") ? "compare" : "analyze"
        let fromCSV = rckit(command, csv.path, "--min-group", "2", "--format", "json")
        let fromWorkbook = rckit(command, workbook.path, "--min-group", "2", "--format", "json")
        #expect(fromCSV.status == 0 && fromWorkbook.status == 0, "\(fromCSV.stderr) \(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout == fromCSV.stdout)
    }

    /// `analyze` (one round) or `compare` (two rounds, in the files' or the export's own order)
    /// gives exactly the figures that the expected answers give, read as tidy CSV.
    @Test(arguments: cases)
    func analysisIsThatOfTheExpectedAnswers(fixture: Case) throws {
        let expected = fixture.path("expected.csv")
        var rounds: [String] = []
        for row in try Self.rows(try String(contentsOfFile: expected, encoding: .utf8))
        where !rounds.contains(row["round"] ?? "") {
            rounds.append(row["round"] ?? "")
        }
        let command = rounds.count > 1 ? "compare" : "analyze"
        let common = [command, "--min-group", "2", "--format", "json"]
        let export = rckit(common + fixture.paths + fixture.arguments)
        let tidy = rckit(common + [expected])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(tidy.status == 0, "\(tidy.stderr)")
        func figures(_ text: String) throws -> String {
            var document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            // What reading gave differs (rows of an export against rows of answers); the pairing
            // of respondents across rounds differs where an export has no ids and the tidy file
            // numbers its rows.
            document["ingest"] = nil
            if fixture.respondentsAsGroups, var index = document["index"] as? [String: Any] {
                index["paired"] = nil
                index["pairing"] = nil
                document["index"] = index
                // "Parret (samme id og faggruppe): …", "Ingen parret: …", "Parret test …".
                document["summary"] = (document["summary"] as? [String])?.filter { !$0.contains("arret") }
            }
            return Self.canonical(document)
        }
        let got = try figures(export.stdout), want = try figures(tidy.stdout)
        #expect(got == want, "\(command) of \(fixture.folder) differs from that of expected.csv")
        if rounds.count > 1 {
            #expect(export.stdout.contains("\"before_round\": \"\(rounds[0])\""), "\(export.stdout.prefix(200))")
            #expect(export.stdout.contains("\"after_round\": \"\(rounds[1])\""))
        }
    }

    /// A JSON document as text with its keys sorted and every array's elements in one order (the
    /// roles come in the order an export first names them, which is no figure).
    static func canonical(_ value: Any) -> String {
        switch value {
        case let dictionary as [String: Any]:
            return "{"
                + dictionary.keys.sorted().map { "\($0):\(canonical(dictionary[$0] ?? NSNull()))" }
                .joined(separator: ",") + "}"
        case let array as [Any]: return "[" + array.map(canonical).sorted().joined(separator: ",") + "]"
        default: return "\(value)"
        }
    }
}

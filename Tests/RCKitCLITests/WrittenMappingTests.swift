import Foundation
import RCSurvey
import RCTestSupport
import Testing

/// `inspect --write-mapping` on a file rckit reads writes a mapping that reads the file back to the
/// same answers, naming every column unambiguously even where the first header row leaves columns
/// unnamed (SurveyMonkey) or repeats names (REDCap's labels export).
@Suite struct WrittenMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        /// A `--value-labels` file the file needs (its meanings go into the mapping).
        var values: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "surveymonkey-condensed.csv"),
        Case(file: "surveymonkey-condensed.xlsx"),
        Case(file: "surveymonkey-numerical.csv", values: "surveymonkey-numerical.values.csv"),
        Case(file: "qualtrics-choice-text.csv"),
        Case(file: "qualtrics-numeric.csv"),
        Case(file: "qualtrics-numeric-dont-know.csv", values: "qualtrics-numeric-dont-know.values.csv"),
        Case(file: "microsoft-forms-statements.xlsx"),
        Case(file: "microsoft-forms-danish-excel.csv"),
        Case(file: "redcap/RCsamarbejde_DATA_LABELS_2024-03-11_1403.csv"),
        Case(file: "google-forms.csv"),
        Case(file: "limesurvey-full-text.csv"),
        Case(file: "limesurvey4-answer-codes.csv", values: "limesurvey4-answer-codes.values.csv"),
        Case(file: "wide-semicolon-windows1252.csv")
    ]

    @Test(arguments: cases)
    func writtenMappingReadsTheSameAnswers(_ shape: Case) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let values = shape.values.map { ["--value-labels", shapeFixture($0)] } ?? []
        let file = shapeFixture(shape.file)
        let inspected = rckit(["inspect", file, "--rows", "0", "--write-mapping", mapping.path] + values)
        #expect(inspected.status == 0, "\(inspected.stderr)")
        let direct = rckit(["import", file] + values)
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stderr.contains("accepted 140 (135 answers, 5 missing), rejected 0"), "\(direct.stderr)")
        // The mapping alone: the codes' meanings are in it.
        let mapped = rckit("import", file, "--mapping", mapping.path)
        let written = String(decoding: try Data(contentsOf: mapping), as: UTF8.self)
        #expect(mapped.status == 0, "\(mapped.stderr)\n\(written.prefix(800))")
        #expect(mapped.stderr.contains("accepted 140 (135 answers, 5 missing), rejected 0"), "\(mapped.stderr)")
        #expect(mapped.stdout == direct.stdout)
        #expect(mapped.stdout.split(separator: "\n").count == 141)
    }

    /// Every column's name in a written mapping points at one column: no empty and no repeated keys.
    @Test(arguments: cases)
    func writtenNamesAreUnique(_ shape: Case) throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let values = shape.values.map { ["--value-labels", shapeFixture($0)] } ?? []
        _ = rckit(["inspect", shapeFixture(shape.file), "--rows", "0", "--write-mapping", mapping.path] + values)
        let value = try JSONValue.parse(try Data(contentsOf: mapping))
        guard case let .object(columns)? = value["columns"] else { Issue.record("no columns"); return }
        let names = columns.map(\.0)
        #expect(names.count == 28)
        #expect(Set(names).count == names.count, "\(names)")
        #expect(!names.contains(""))
    }

    /// SurveyMonkey's matrix columns are named by the header rows joined (the question is written
    /// above a matrix's first column only), its single-column questions by their text.
    @Test func surveyMonkeyColumnsAreNamedByBothHeaderRows() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let result = rckit(
            "inspect", shapeFixture("surveymonkey-condensed.csv"), "--rows", "0", "--write-mapping", mapping.path)
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONValue.parse(try Data(contentsOf: mapping))
        #expect(value["respondent"] == .string("Respondent ID"))
        #expect(value["rater_role"] == .string("Hvilken faggruppe tilhører du?"))
        #expect(value["header_rows"] == .number(2))
        let question =
            "I hvor høj grad respekterer personer i disse faggrupper det arbejde, du udfører i patientforløbet?"
        #expect(value["columns"]?["\(question) | Læge"]?["target"] == .string("Læge"))
        #expect(value["columns"]?["\(question) | Læge"]?["dimension"] == .string("mutual_respect"))
        #expect(
            value["columns"]?["\(question) | Social- og sundhedsassistent"]?["target"]
                == .string("Social- og sundhedsassistent"))
    }

    /// A skeleton for a SurveyMonkey file rckit cannot read alone lists the matrix columns too.
    @Test func surveyMonkeySkeletonListsEveryMatrixColumn() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapping = folder.appendingPathComponent("map.json")
        let result = rckit(
            "inspect", shapeFixture("surveymonkey-numerical.csv"), "--rows", "0", "--write-mapping", mapping.path)
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONValue.parse(try Data(contentsOf: mapping))
        guard case let .object(columns)? = value["columns"] else { Issue.record("no columns"); return }
        #expect(columns.count == 29, "\(columns.map(\.0))")
        #expect(
            columns.contains {
                $0.0 == "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet? | Læge"
            })
        #expect(columns.contains { $0.0 == "Kommentarer til samarbejdet" })
    }

    /// A mapping that names a column several columns have is refused, not read as one of them; a
    /// column number reads.
    @Test func ambiguousNameIsRefusedAndANumberReads() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data.csv")
        try "id,Rolle,Læge,Læge\nR1,Læge,Ofte,Meget\n".write(to: data, atomically: true, encoding: .utf8)
        func mapping(_ column: String) throws -> String {
            let url = folder.appendingPathComponent("map-\(column.hashValue).json")
            try """
            {"rckit_mapping": 1, "respondent": "id", "rater_role": "Rolle",
             "columns": {"\(column)": {"target": "Læge", "dimension": "frequent_communication"}}}
            """.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let ambiguous = rckit("import", data.path, "--mapping", try mapping("Læge"))
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.stderr.contains("the mapping names the column 'Læge', but 2 columns have that header (#3, #4)"),
            "\(ambiguous.stderr)")
        let numbered = rckit("import", data.path, "--mapping", try mapping("#3"))
        #expect(numbered.status == 0, "\(numbered.stderr)")
        #expect(numbered.stdout.contains("R1,,Læge,Læge,frequent_communication,4"), "\(numbered.stdout)")
        let outOfRange = rckit("import", data.path, "--mapping", try mapping("#9"))
        #expect(outOfRange.status == 1)
        #expect(
            outOfRange.stderr.contains("the mapping names the column '#9', which the header does not have"),
            "\(outOfRange.stderr)")
    }
}

import RCSurvey
import Testing

@testable import RCIngest

/// A role column that holds codes nothing in the file translates (a Qualtrics "numeric values"
/// export, LimeSurvey's answer codes) stops the reading with the column, the codes and how to
/// fix it, instead of turning each code into a role of its own.
@Suite struct UntranslatedCodesTests {
    static func records(_ rows: [[String]]) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(fields: $1, line: $0 + 1) }
    }

    static func error(_ rows: [[String]], format: ExportFormat? = nil) -> IngestError? {
        do {
            _ = try ShapeDetector.detect(
                records(rows), instrument: .standard(language: .da), file: "svar.csv", requested: format)
            return nil
        } catch {
            return error
        }
    }

    @Test func numericRoleCodesStop() {
        let found = Self.error([
            ["ResponseId", "Hvilken faggruppe tilhører du?", "Fælles mål - Læge", "Fælles mål - Sygeplejerske"],
            ["R1", "2", "4", "5"], ["R2", "1", "3", "4"], ["R3", "10", "5", "5"], ["R4", "", "5", "5"]
        ])
        #expect(found?.line == 1 && found?.column == 2)
        #expect(
            found?.description.hasPrefix(
                "svar.csv:1:2: the column 'Hvilken faggruppe tilhører du?' holds the respondent's own role as codes (1, 2, 10)"
            ) == true,
            "\(String(describing: found))")
        #expect(found?.description.contains("--write-mapping map.json") == true)
    }

    @Test func limeSurveyAnswerCodesStop() {
        let found = Self.error([
            ["id", "submitdate", "Din faggruppe", "Fælles mål [Læge]", "Fælles mål [Sygeplejerske]"],
            ["1", "2024-03-01", "AO02", "A4", "A5"], ["2", "2024-03-01", "AO01", "A3", "A4"]
        ])
        #expect(found?.description.contains("as codes (AO01, AO02)") == true, "\(String(describing: found))")
    }

    @Test func roleNamesReadAsBefore() throws {
        let shape = try ShapeDetector.detect(
            Self.records([
                ["ResponseId", "Hvilken faggruppe tilhører du?", "Fælles mål - Læge", "Fælles mål - Sygeplejerske"],
                ["R1", "Læge", "4", "5"], ["R2", "Sygeplejerske", "3", "4"]
            ]), instrument: .standard(language: .da), file: "svar.csv", requested: nil)
        guard case let .wide(layout) = shape.layout else {
            Issue.record("not wide")
            return
        }
        #expect(layout.raterColumn == 1)
    }

    /// Codes that are the instrument's own role names are names, not codes.
    @Test func rolesNamedLikeCodesAreRoles() throws {
        var instrument = Instrument.standard(language: .da)
        instrument.roles = [RoleDefinition(name: "1", aliases: []), RoleDefinition(name: "2", aliases: [])]
        let shape = try ShapeDetector.detect(
            Self.records([
                ["id", "Faggruppe", "Fælles mål - 1", "Fælles mål - 2"],
                ["R1", "1", "4", "5"], ["R2", "2", "3", "4"]
            ]), instrument: instrument, file: "svar.csv", requested: nil)
        #expect(shape.format == .wide)
    }
}

import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// Exports of codes (a Qualtrics "numeric values" export, LimeSurvey's answer codes, a REDCap raw
/// export): read with what says what the codes mean, or stopped with the column, the codes and
/// the fix — never read with the codes taken as scores or roles, and never half read.
@Suite struct AnswerCodesTests {
    static func failure(_ file: String, _ configure: (inout IngestOptions) throws -> Void = { _ in }) throws
        -> IngestError?
    {
        var options = IngestOptions(instrument: ShapeFixtures.rolesInstrument)
        try configure(&options)
        do {
            _ = try ShapeFixtures.read(try ShapeFixtures.path(file), options: options)
            return nil
        } catch let error as IngestError {
            return error
        }
    }

    /// Qualtrics numeric values with the role question as codes: the role column stops first.
    @Test func qualtricsRoleCodesStop() throws {
        let error = try #require(try Self.failure("qualtrics-numeric-dont-know.csv"))
        #expect(
            error.message.contains("'What is your profession?' holds the respondent's own role as codes (1, 2, 3, 4)"),
            "\(error)")
        #expect(error.message.contains("--value-labels"))
    }

    /// With the roles named but not the "don't know" code 6, the answer columns stop: 6 is not a
    /// score of the 1–5 scale, and reading it as a rejected answer would hide that the numbers are codes.
    @Test func qualtricsDontKnowCodeStops() throws {
        let error = try #require(
            try Self.failure("qualtrics-numeric-dont-know.csv") { options in
                options.valueLabels = ValueLabels(
                    tables: [
                        "Q1": [
                            "1": "Social- og sundhedsassistent", "2": "Læge", "3": "Sygeplejerske",
                            "4": "Fysioterapeut"
                        ]
                    ], source: "roller.csv")
            })
        #expect(error.line == 2 && error.column == 20, "\(error)")
        #expect(
            error.message.hasPrefix(
                "the column 'How frequently do people in each of these groups communicate with you about the patient pathway? - Physician' (and 2 more answer columns like it) holds answer codes that nothing translates (6)"
            ),
            "\(error)")
        #expect(error.message.contains("'*,6,Ved ikke'"))
    }

    /// LimeSurvey 4–6 answer codes without their meanings: the role column, then the answers stop.
    @Test func limeSurveyAnswerCodesStop() throws {
        let roles = try #require(try Self.failure("limesurvey4-answer-codes.csv"))
        #expect(roles.message.contains("as codes (AO01, AO02, AO03, AO04)"), "\(roles)")
        let answers = try #require(
            try Self.failure("limesurvey4-answer-codes.csv") { options in
                options.valueLabels = ValueLabels(tables: [
                    "Hvilken faggruppe tilhører du?": [
                        "AO01": "Social- og sundhedsassistent",
                        "AO02": "Læge", "AO03": "Sygeplejerske", "AO04": "Fysioterapeut"
                    ]
                ])
            })
        #expect(
            answers.message.contains(
                "(and 27 more answer columns like it) holds answer codes that nothing translates (AO01, AO02, AO03, AO04, AO05)"
            ),
            "\(answers)")
    }

    /// LimeSurvey 3's `A1`… codes are no longer taken as the options in printed order: nothing in
    /// the file says that A1 is the first option printed, so a mapping says what they are.
    @Test func limeSurveyThreeCodesNeedTheirMeaning() throws {
        let error = try #require(
            try Self.failure("limesurvey-codes.csv") { options in
                var mapping = try ColumnMapping.load(path: try ShapeFixtures.path("limesurvey-codes.mapping.json"))
                mapping.values = ValueLabels()
                options.mapping = mapping
            })
        #expect(
            error.message.contains(
                "(and 27 more answer columns like it) holds answer codes that nothing translates (A1, A2, A3, A4, A5)"),
            "\(error)")
    }

    /// A code that stands for something the scale does not know is refused with the file it came from.
    @Test func aWrongLabelIsRefused() throws {
        let error = try #require(
            try Self.failure("qualtrics-numeric-dont-know.csv") { options in
                options.valueLabels = ValueLabels(
                    tables: ["Q1": ["1": "Læge"], "*": ["6": "Vet ikke"]], source: "koder.csv")
            })
        #expect(error.file == "koder.csv")
        #expect(error.message.contains("code 6 of the column"), "\(error)")
        #expect(error.message.contains("'Vet ikke'"))
    }

    /// SurveyMonkey's "Numerical value" cells: the "Ved ikke" column's number 6 stops the reading.
    @Test func surveyMonkeyNumericalValuesStop() throws {
        let error = try #require(
            try Self.failure("surveymonkey-numerical.csv") { options in
                options.valueLabels = ValueLabels(tables: [
                    "Hvilken faggruppe tilhører du?": [
                        "1": "Social- og sundhedsassistent",
                        "2": "Læge", "3": "Sygeplejerske", "4": "Fysioterapeut"
                    ]
                ])
            })
        #expect(error.line == 2, "\(error)")
        #expect(error.message.contains("holds answer codes that nothing translates (6)"), "\(error)")
        #expect(error.message.contains("SurveyMonkey: 'Actual answer text'"))
    }

    /// REDCap's raw export without its data dictionary: what to give.
    @Test func redcapWithoutDictionaryStops() throws {
        let error = try #require(try Self.failure("redcap-alone/RCsamarbejde_DATA_2024-03-11_1403.csv"))
        #expect(error.message.hasPrefix("a REDCap export, but no column names a role and a dimension"), "\(error)")
        #expect(error.message.contains("--dictionary"))
    }

    /// The dictionary named outright reads the same file.
    @Test func redcapWithDictionaryNamed() throws {
        var options = IngestOptions(instrument: ShapeFixtures.rolesInstrument)
        options.dictionary = try ShapeFixtures.path("redcap/RCsamarbejde_DataDictionary_2024-03-11.csv")
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("redcap-alone/RCsamarbejde_DATA_2024-03-11_1403.csv"), options: options)
        #expect(result.report?.shape.format == .redcap)
        #expect(result.counts == IngestCounts(rows: 5, records: 140, answers: 135, missing: 5, rejected: 0))
        #expect(Set(result.answers.map(\.respondent)) == ["1", "2", "3", "4", "5"])
    }

    @Test func dictionaryChoicesAndMatrices() throws {
        let dictionary = try REDCap.load(
            try ShapeFixtures.path("redcap/RCsamarbejde_DataDictionary_2024-03-11.csv"), csv: CSVOptions())
        #expect(
            dictionary.questions["hyppig_2"]
                == "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet? - Læge")
        #expect(dictionary.questions["faggruppe"] == "Hvilken faggruppe tilhører du?")
        #expect(dictionary.questions["record_id"] == nil)
        #expect(dictionary.labels["respekt_4"]?["6"] == "Ved ikke")
        #expect(dictionary.labels["faggruppe"]?["2"] == "Læge")
    }

    /// A mapping's `values` are written and read back alike.
    @Test func mappingValuesRoundTrip() throws {
        let mapping = try ColumnMapping.load(path: try ShapeFixtures.path("limesurvey-codes.mapping.json"))
        #expect(mapping.values.tables["shared_goals"]?["A5"] == "Fuldstændigt")
        let again = try ColumnMapping.decode(Data(mapping.jsonValue.serialized().utf8), file: "again.json")
        #expect(again == mapping)
    }

    @Test func valueLabelsFileRows() throws {
        let labels = try ValueLabels.load(path: try ShapeFixtures.path("qualtrics-numeric-dont-know.values.csv"))
        #expect(labels.tables["*"] == ["6": "Ved ikke"])
        #expect(labels.tables["Q1"]?["2"] == "Læge")
    }
}

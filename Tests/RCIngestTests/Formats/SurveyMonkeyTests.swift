import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// SurveyMonkey's "Expanded" layout (each answer choice its own column, `Læge - Aldrig`) is
/// refused with the fix, never read; the Condensed layout still reads.
@Suite struct SurveyMonkeyTests {
    @Test(arguments: [
        ("surveymonkey-expanded.csv", Instrument.standard(language: .da)),
        ("surveymonkey-expanded.csv", ShapeFixtures.rolesInstrument),
        ("surveymonkey-expanded.xlsx", ShapeFixtures.rolesInstrument)
    ])
    func expandedStopsAskingForCondensed(file: String, instrument: Instrument) throws {
        let path = try ShapeFixtures.path(file)
        var answers = 0
        var ingestor = Ingestor(options: IngestOptions(instrument: instrument))
        let error = try #require(throws: IngestError.self) {
            _ = try ingestor.read(
                path: path,
                consume: { _ in
                    answers += 1; return nil
                }, reject: { _ in })
        }
        #expect(answers == 0)
        #expect(error.line == 2 || error.sheet != nil, "\(error)")
        #expect(error.description.contains(":2:14: ") || error.description.contains("!N2: "), "\(error)")
        #expect(error.message.contains("in the Expanded layout"), "\(error)")
        #expect(error.message.contains("('Social- og sundhedsassistent - Aldrig')"), "\(error)")
        #expect(error.message.contains("with the columns Condensed"))
    }

    /// Only a matrix whose row-2 texts all read `Row - Choice` is Expanded: role names with hyphens,
    /// a Condensed matrix and a lone `A - B` column are not.
    @Test func expandedNeedsRepeatedChoicesOrScaleOptions() {
        let detector = ShapeDetector(instrument: Instrument.standard(language: .da), file: "x.csv")
        let question = ["Respondent ID", "Hvor ofte?", "", ""]
        #expect(
            SurveyMonkey.expandedColumns(
                questions: question, rows: ["", "Læge - Aldrig", "Læge - Ofte", "Læge - Ved ikke"], detector)?.column
                == 1)
        #expect(
            SurveyMonkey.expandedColumns(questions: question, rows: ["", "A - x", "A - y", "B - x"], detector) == nil)
        // Repeated choices that are not scale options: Expanded only when the cells hold their column's choice.
        let fourColumns = ["Respondent ID", "Q", "", "", ""], choices = ["", "A - x", "A - y", "B - x", "B - y"]
        let chosen = [
            CSVRecord(fields: ["1", "x", "", "", "y"], line: 3), CSVRecord(fields: ["2", "", "y", "", ""], line: 4)
        ]
        #expect(
            SurveyMonkey.expandedColumns(questions: fourColumns, rows: choices, sample: chosen, detector)?.column == 1)
        #expect(SurveyMonkey.expandedColumns(questions: fourColumns, rows: choices, detector) == nil)
        // Condensed roles named like `Læge - dag`: the cells hold answers, not the role's suffix.
        let shifts = ["", "Læge - dag", "Læge - nat", "Sygeplejerske - dag", "Sygeplejerske - nat"]
        let answers = [CSVRecord(fields: ["1", "Ofte", "Aldrig", "Ved ikke", "Altid"], line: 3)]
        #expect(SurveyMonkey.expandedColumns(questions: fourColumns, rows: shifts, sample: answers, detector) == nil)
        #expect(
            SurveyMonkey.expandedColumns(
                questions: question, rows: ["", "Social- og sundhedsassistent", "Læge", "Sygeplejerske"], detector)
                == nil)
        #expect(
            SurveyMonkey.expandedColumns(
                questions: ["Respondent ID", "Hvor ofte?"], rows: ["", "Læge - Aldrig"], detector) == nil)
        // A workbook's merged question cell, filled in across its columns.
        #expect(
            SurveyMonkey.expandedColumns(
                questions: ["Respondent ID", "Hvor ofte?", "Hvor ofte?", "Hvor ofte?"],
                rows: ["", "Læge - Aldrig", "Læge - Ofte", "Læge - Ved ikke"], detector)?.column == 1)
    }

    /// A matrix row's text is the role whole, even with a " - " in it: `Læge - nat` is not read as
    /// the role `nat` of a question ending in `- Læge`.
    @Test func roleNamesWithHyphensStayWhole() throws {
        let question = "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet?"
        let records = [
            CSVRecord(
                fields: ["Respondent ID", "Collector ID", "Hvilken faggruppe tilhører du?", question, "", ""], line: 1),
            CSVRecord(fields: ["", "", "Response", "Læge - dag", "Læge - nat", "Sygeplejerske"], line: 2),
            CSVRecord(fields: ["1", "9", "Læge - nat", "Ofte", "Aldrig", "Ved ikke"], line: 3)
        ]
        let shape = try ShapeDetector.detect(
            records, instrument: Instrument.standard(language: .da), file: "x.csv", requested: nil)
        #expect(shape.format == .surveymonkey)
        guard case let .wide(layout) = shape.layout else { Issue.record("expected a wide layout"); return }
        #expect(layout.answerColumns.map(\.role) == ["Læge - dag", "Læge - nat", "Sygeplejerske"])
        #expect(layout.answerColumns.allSatisfy { $0.dimension == .frequentCommunication })
        #expect(
            layout.answerColumns.map(\.header) == [
                "\(question) - Læge - dag", "\(question) - Læge - nat", "\(question) - Sygeplejerske"
            ])
        #expect(layout.raterColumn == 2)
    }

    /// The same in a header of one row (`Question - Læge - nat`, Qualtrics and generic wide
    /// exports): the question as the instrument words it is matched first, so its focal process
    /// does not swallow `- Læge`.
    @Test(arguments: [
        "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet?",
        "How frequently do people in each of these groups communicate with you about the patient pathway?"
    ])
    func roleNamesWithHyphensStayWholeInOneHeaderRow(question: String) throws {
        let records = [
            CSVRecord(
                fields: [
                    "id", "Faggruppe", "\(question) - Læge - dag", "\(question) - Læge - nat",
                    "\(question) - Sygeplejerske"
                ], line: 1),
            CSVRecord(fields: ["1", "Læge - nat", "4", "1", "3"], line: 2)
        ]
        let shape = try ShapeDetector.detect(
            records, instrument: Instrument.standard(language: .da), file: "x.csv", requested: nil)
        guard case let .wide(layout) = shape.layout else { Issue.record("expected a wide layout"); return }
        #expect(layout.answerColumns.map(\.role) == ["Læge - dag", "Læge - nat", "Sygeplejerske"])
    }

    @Test func condensedStillReads() throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("surveymonkey-condensed.csv"),
            options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        #expect(result.counts == IngestCounts(rows: 5, records: 140, answers: 135, missing: 5, rejected: 0))
    }
}

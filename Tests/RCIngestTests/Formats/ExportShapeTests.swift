import Foundation
import RCIngest
import RCSurvey
import Testing

/// One export shape of the fixture survey and what reading it must give.
struct ShapeCase: Sendable, CustomTestStringConvertible {
    var file: String
    var format: ExportFormat
    /// Whether the file carries the original respondent ids (R01…).
    var keepsRespondentIDs = false
    /// Whether its role names are English, so only an instrument with aliases reads them as the original.
    var englishRoles = false
    var mapping: String?
    /// A `--value-labels` file that says what the file's codes mean.
    var values: String?
    /// A `--structure` file (a Qualtrics survey file, say).
    var structure: String?
    var encoding: TextEncoding?
    var delimiter: CSVDelimiter?

    var testDescription: String { file }

    static let all: [ShapeCase] = [
        ShapeCase(
            file: "wide-semicolon-windows1252.csv", format: .wide, keepsRespondentIDs: true,
            encoding: .windows1252, delimiter: .semicolon),
        ShapeCase(
            file: "excel-unicode-text.txt", format: .wide, keepsRespondentIDs: true, encoding: .utf16LE, delimiter: .tab
        ),
        ShapeCase(
            file: "qualtrics-choice-text.csv", format: .qualtrics, englishRoles: true, encoding: .utf8BOM,
            delimiter: .comma),
        ShapeCase(file: "qualtrics-numeric.csv", format: .qualtrics, englishRoles: true),
        ShapeCase(file: "surveyxact/dataset.csv", format: .surveyxact, encoding: .windows1252, delimiter: .semicolon),
        ShapeCase(file: "surveyxact-labels-export.csv", format: .wide, encoding: .windows1252),
        ShapeCase(
            file: "limesurvey-codes.csv", format: .limesurvey, mapping: "limesurvey-codes.mapping.json",
            encoding: .utf8BOM),
        ShapeCase(file: "limesurvey-full-text.csv", format: .limesurvey, encoding: .utf8BOM),
        ShapeCase(file: "google-forms.csv", format: .googleforms, encoding: .utf8),
        ShapeCase(file: "microsoft-forms.csv", format: .microsoftforms, encoding: .utf8BOM),
        ShapeCase(
            file: "qualtrics-numeric-dont-know.csv", format: .qualtrics, englishRoles: true,
            values: "qualtrics-numeric-dont-know.values.csv"),
        ShapeCase(
            file: "limesurvey4-answer-codes.csv", format: .limesurvey, values: "limesurvey4-answer-codes.values.csv",
            encoding: .utf8BOM),
        ShapeCase(
            file: "redcap/RCsamarbejde_DATA_2024-03-11_1403.csv", format: .redcap, encoding: .utf8BOM, delimiter: .comma
        ),
        ShapeCase(file: "redcap/RCsamarbejde_DATA_LABELS_2024-03-11_1403.csv", format: .redcap, encoding: .utf8BOM),
        ShapeCase(file: "microsoft-forms-statements.xlsx", format: .microsoftforms),
        ShapeCase(
            file: "microsoft-forms-danish-excel.csv", format: .microsoftforms, encoding: .windows1252,
            delimiter: .semicolon),
        ShapeCase(file: "surveymonkey-condensed.csv", format: .surveymonkey, encoding: .utf8BOM, delimiter: .comma),
        ShapeCase(file: "surveymonkey-condensed.xlsx", format: .surveymonkey),
        ShapeCase(
            file: "surveymonkey-numerical.csv", format: .surveymonkey, values: "surveymonkey-numerical.values.csv")
    ]

    func options(_ instrument: Instrument) throws -> IngestOptions {
        var options = IngestOptions(instrument: instrument)
        if let mapping { options.mapping = try ColumnMapping.load(path: try ShapeFixtures.path(mapping)) }
        if let values { options.valueLabels = try ValueLabels.load(path: try ShapeFixtures.path(values)) }
        if let structure { options.structure = try ShapeFixtures.path(structure) }
        return options
    }
}

@Suite struct ExportShapeTests {
    static let danishCases = ShapeCase.all.filter { !$0.englishRoles }

    func original(_ instrument: Instrument) throws -> ShapeFixtures.Result {
        try ShapeFixtures.read(
            try ShapeFixtures.path("tidy-original.csv"), options: IngestOptions(instrument: instrument))
    }

    @Test func theOriginalIsWhole() throws {
        let original = try original(ShapeFixtures.rolesInstrument)
        #expect(original.report?.shape.format == .long)
        #expect(original.counts == IngestCounts(rows: 140, records: 140, answers: 135, missing: 5, rejected: 0))
        #expect(Set(original.answers.map(\.targetRole)) == Set(ShapeFixtures.roles))
        #expect(Set(original.answers.map(\.dimension)) == Set(RCSurvey.Dimension.allCases))
    }

    @Test(arguments: ShapeCase.all)
    func sameAnswersAsTheOriginal(shape: ShapeCase) throws {
        let instrument = ShapeFixtures.rolesInstrument
        let result = try ShapeFixtures.read(try ShapeFixtures.path(shape.file), options: try shape.options(instrument))
        let original = try original(instrument)
        #expect(result.rejections.isEmpty, "\(result.rejections.prefix(3).map { "\($0.location): \($0.reason)" })")
        #expect(
            ShapeFixtures.multiset(result.answers, respondents: false)
                == ShapeFixtures.multiset(original.answers, respondents: false))
        if shape.keepsRespondentIDs {
            #expect(
                ShapeFixtures.multiset(result.answers, respondents: true)
                    == ShapeFixtures.multiset(original.answers, respondents: true))
        }
        #expect(Set(result.answers.map(\.respondent)).count == 5)
    }

    /// Without roles in the instrument the Danish role names are taken as they come.
    @Test(arguments: danishCases)
    func sameAnswersWithoutDefinedRoles(shape: ShapeCase) throws {
        let instrument = Instrument.standard(language: .da)
        let result = try ShapeFixtures.read(try ShapeFixtures.path(shape.file), options: try shape.options(instrument))
        #expect(
            ShapeFixtures.multiset(result.answers, respondents: false)
                == ShapeFixtures.multiset(try original(instrument).answers, respondents: false))
    }

    @Test(arguments: ShapeCase.all)
    func formatAndDialectAreDetected(shape: ShapeCase) throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path(shape.file), options: try shape.options(ShapeFixtures.rolesInstrument))
        let report = try #require(result.report)
        #expect(report.shape.format == shape.format)
        if let encoding = shape.encoding { #expect(report.dialect?.encoding == encoding) }
        if let delimiter = shape.delimiter { #expect(report.dialect?.delimiter == delimiter) }
    }

    @Test(arguments: ShapeCase.all)
    func countsAddUp(shape: ShapeCase) throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path(shape.file), options: try shape.options(ShapeFixtures.rolesInstrument))
        let counts = result.counts
        #expect(counts.isBalanced)
        #expect(counts.rows == 5)
        #expect(counts.records == 140)
        #expect(counts.answers == 135 && counts.missing == 5 && counts.rejected == 0)
        #expect(result.answers.count == counts.answers + counts.missing)
    }

    /// Qualtrics: ResponseId is the respondent, and a comment with a line break is one field.
    @Test func qualtricsRespondentsAndMultilineComment() throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("qualtrics-choice-text.csv"),
            options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        let ids = Set(result.answers.map(\.respondent))
        #expect(ids.count == 5)
        #expect(ids.allSatisfy { $0.hasPrefix("R_") })
        let shape = try #require(result.report?.shape)
        #expect(shape.headerRows == 3)
        guard case let .wide(layout) = shape.layout else { Issue.record("expected a wide layout"); return }
        #expect(layout.answerColumns.count == 28)
        #expect(shape.header[layout.raterColumn] == "What is your profession?")
    }

    /// Qualtrics numeric values: -99 (seen, not answered) is missing; the role comes from embedded data.
    @Test func qualtricsNumericMinus99IsMissing() throws {
        let result = try ShapeFixtures.read(
            try ShapeFixtures.path("qualtrics-numeric.csv"),
            options: IngestOptions(instrument: ShapeFixtures.rolesInstrument))
        #expect(result.counts.missing == 5)
        #expect(
            result.answers.contains {
                $0.raterRole == "Læge" && $0.targetRole == "Fysioterapeut"
                    && $0.dimension == .sharedKnowledge && $0.score == nil
            })
    }
}

import RCSurvey
import Testing

@testable import RCIngest

/// Answer columns headed by role names alone (Microsoft Forms' Likert statements, REDCap's
/// labels export): each repetition is the instrument's next question, or the file is refused.
@Suite struct RoleColumnGroupsTests {
    static let roles = ["Læge", "Sygeplejerske"]
    static let answers = ["Aldrig", "Altid", "Altid", "Problemløsende kommunikation", "Lidt", "Alt", "Meget"]

    static func header(groups: Int, suffix: (Int) -> String = { $0 == 1 ? "" : String($0) }) -> [String] {
        ["ID", "Start time", "Completion time", "Hvilken faggruppe tilhører du?"]
            + (1...groups).flatMap { g in roles.map { $0 + suffix(g) } }
    }

    static func detect(_ rows: [[String]]) throws -> DetectedShape {
        try ShapeDetector.detect(
            rows.enumerated().map { CSVRecord(fields: $1, line: $0 + 1) }, instrument: .standard(language: .da),
            file: "svar.csv", requested: nil)
    }

    static let scaleAnswers = ["Ofte", "Ofte", "Ofte", "Hverken eller", "Noget", "Noget", "Noget"]

    @Test func sevenGroupsAreTheSevenQuestions() throws {
        let row = ["1", "", "", "Læge"] + Self.scaleAnswers.flatMap { [$0, $0] }
        let shape = try Self.detect([Self.header(groups: 7), row])
        guard case let .wide(layout) = shape.layout else { Issue.record("not wide"); return }
        #expect(layout.readsRoleColumnGroups)
        #expect(layout.answerColumns.count == 14)
        #expect(layout.answerColumns.map(\.dimension) == RCSurvey.Dimension.allCases.flatMap { [$0, $0] })
        #expect(layout.answerColumns[3].role == "Sygeplejerske" && layout.answerColumns[3].header == "Sygeplejerske2")
        #expect(layout.raterColumn == 3)
    }

    @Test func sixGroupsDoNotFitSevenQuestions() {
        let row = ["1", "", "", "Læge"] + Self.scaleAnswers.prefix(6).flatMap { [$0, $0] }
        #expect {
            try Self.detect([Self.header(groups: 6), row])
        } throws: { error in
            "\(error)".contains("in 6 groups") && "\(error)".contains("has 7 questions")
        }
    }

    @Test func aRoleMissingFromAGroupIsRefused() {
        var header = Self.header(groups: 7)
        header.removeLast()
        let row = ["1", "", "", "Læge"] + Self.scaleAnswers.flatMap { [$0, $0] }.dropLast()
        #expect {
            try Self.detect([header, row])
        } throws: { error in
            "\(error)".contains("'Sygeplejerske' comes 6 times")
        }
    }

    /// Groups in another order than the instrument's questions show in their answers.
    @Test func answersOfAnotherQuestionAreRefused() {
        var answers = Self.scaleAnswers
        answers.swapAt(0, 3)
        let row = ["1", "", "", "Læge"] + answers.flatMap { [$0, $0] }
        #expect {
            try Self.detect([Self.header(groups: 7), row])
        } throws: { error in
            "\(error)".contains("svar.csv:2:5: 'Læge' is read as question 1 (frequent_communication)")
                && "\(error)".contains("do not follow the instrument's questions in order")
        }
    }
}

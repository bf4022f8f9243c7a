import Foundation
import RCSurvey
import Testing

@testable import RCReport

/// The codes a set-up gives its options and roles, and the roles it accepts.
@Suite struct SurveySetupTests {
    func scale(_ scores: [Double], missing: Bool = true) -> ResponseScale {
        ResponseScale(
            id: "s", minimum: scores.min() ?? 0, maximum: scores.max() ?? 0, integerScores: false,
            options: scores.map { ResponseOption(score: $0, label: LocalizedText(da: "o\($0)", en: "o\($0)")) },
            missing: missing ? [LocalizedText(da: "Ved ikke", en: "Don't know")] : [])
    }

    @Test(
        arguments: [
            ([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"], "9"),
            // The sufficiency scale: printed order differs from the scores; the codes follow the scores.
            ([1, 3, 5, 4, 2], ["1", "3", "5", "4", "2"], "9"),
            ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "99"),
            // Scores that cannot be codes: numbered in printed order.
            ([1, 1.5, 2], ["1", "2", "3"], "9"),
            ([-2, -1, 0, 1, 2], ["1", "2", "3", "4", "5"], "9"),
            ([1, 1, 2], ["1", "2", "3"], "9")
        ] as [([Double], [String], String)])
    func optionsAreCodedByScore(scores: [Double], codes: [String], dontKnow: String) {
        #expect(SurveySetup.codes(of: scale(scores)) == codes)
        #expect(SurveySetup.dontKnowCode(after: codes) == dontKnow)
    }

    @Test func sufficiencyScaleKeepsItsPrintedOrder() throws {
        let instrument = try Instrument.resolve("instruments/rc7-sufficiency-en.json".relativeToRepository)
        let setup = SurveySetup(instrument: instrument, roles: ["Nurse"], language: .en)
        let frequency = try #require(setup.questions.first)
        #expect(frequency.options.map(\.code) == ["1", "3", "5", "4", "2", "9"])
        #expect(frequency.options.map(\.label).first == "Far too little")
    }

    @Test func aScaleWithoutMissingLabelsGetsNoDontKnow() {
        var instrument = Instrument.standard(language: .da)
        for index in instrument.scales.indices { instrument.scales[index].missing = [] }
        let setup = SurveySetup(instrument: instrument, roles: ["A"])
        #expect(setup.questions.allSatisfy { $0.options.count == 5 })
    }

    @Test func defaultsComeFromTheInstrument() {
        var instrument = Instrument.standard(language: .en)
        instrument.roles = [RoleDefinition(name: "Nurse"), RoleDefinition(name: "Doctor")]
        let setup = SurveySetup(instrument: instrument)
        #expect(setup.roles == ["Nurse", "Doctor"])
        #expect(setup.language == .en)
        #expect(setup.process == "the patient pathway")
        #expect(setup.questions.count == 7)
        #expect(setup.questions.map(\.code) == ["FREQ", "TIME", "ACCU", "PROB", "GOAL", "KNOW", "RESP"])
    }

    @Test(
        arguments: [
            ([], SurveySetup.RoleProblem.empty),
            (["Læge", "læge "], .duplicate("læge ")),
            (["Læge", "A|B"], .unusable("A|B")),
            (["Læge", "  "], .unusable("  ")),
            (["Læge", "A\nB"], .unusable("A\nB"))
        ] as [([String], SurveySetup.RoleProblem)])
    func unusableRolesAreFound(roles: [String], problem: SurveySetup.RoleProblem) {
        #expect(SurveySetup.problem(with: roles) == problem)
    }

    @Test func goodRolesPass() {
        #expect(SurveySetup.problem(with: ["Sygeplejerske", "Læge", "Social- og sundhedsassistent"]) == nil)
    }
}

extension String {
    /// A path in the repository, from this test file.
    fileprivate var relativeToRepository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(self).path
    }
}

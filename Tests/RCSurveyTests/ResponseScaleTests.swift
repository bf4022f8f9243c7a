import Testing

@testable import RCSurvey

/// A_d of rwg(j) (SPEC §3): the number of scores a scale allows, not the number of labels.
@Suite struct ResponseScaleTests {
    static func scale(_ minimum: Double, _ maximum: Double, scores: [Double], integer: Bool = true) -> ResponseScale {
        ResponseScale(
            id: "s", minimum: minimum, maximum: maximum, integerScores: integer,
            options: scores.map { ResponseOption(score: $0, label: LocalizedText(da: "o\($0)", en: "o\($0)")) },
            missing: [])
    }

    @Test func allowedScoresCountWholeNumbersAcrossTheRange() throws {
        // The standard scales: five labelled scores.
        #expect(Instrument.standard(language: .da).scales.allSatisfy { $0.allowedScores == 5 })
        // A 1–10 scale labelled at its ends allows ten scores, not two.
        #expect(Self.scale(1, 10, scores: [1, 10]).allowedScores == 10)
        // 0–10 allows eleven; a recoded 1–5 scale its five.
        #expect(Self.scale(0, 10, scores: [0, 10]).allowedScores == 11)
        let sufficiency = try Instrument.load(
            path: repositoryRoot.appendingPathComponent("instruments/rc7-sufficiency-en.json").path)
        #expect(sufficiency.scale(for: .frequentCommunication)?.allowedScores == 5)
        // Fractional scores: the options' distinct scores.
        #expect(Self.scale(1, 5, scores: [1, 2.5, 4, 2.5], integer: false).allowedScores == 3)
    }
}

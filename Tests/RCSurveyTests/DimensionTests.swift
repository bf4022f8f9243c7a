import Testing

@testable import RCSurvey

@Suite struct DimensionTests {
    @Test func sevenDimensionsWithStableIDs() {
        #expect(
            Dimension.allCases.map(\.id) == [
                "frequent_communication", "timely_communication", "accurate_communication",
                "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"
            ])
        #expect(Dimension.allCases.filter { $0.group == .communication }.count == 4)
    }

    @Test(arguments: [
        ("shared_goals", Dimension.sharedGoals),
        ("  Fælles  mål ", .sharedGoals),
        ("FÆLLES MÅL", .sharedGoals),
        ("Problem-solving communication", .problemSolvingCommunication),
        ("problem solving communication", .problemSolvingCommunication),
        ("Problemløsende kommunikation", .problemSolvingCommunication),
        ("mutual-respect", .mutualRespect),
        ("Præcis kommunikation", .accurateCommunication)
    ])
    func matchesIdsAndLabels(text: String, expected: Dimension) {
        #expect(Dimension(matching: text) == expected)
    }

    @Test func unknownTextDoesNotMatch() {
        #expect(Dimension(matching: "trust") == nil)
        #expect(Dimension(matching: "") == nil)
    }

    @Test func textKeyIgnoresCaseSpacingPunctuationAndApostrophes() {
        #expect(TextKey("Don't know") == TextKey("dont  KNOW"))
        #expect(TextKey("Social- og sundhedsassistent") == TextKey("social og sundhedsassistent"))
        #expect(TextKey("Patient/pårørende") == TextKey("patient pårørende"))
        #expect(TextKey("Ø") != TextKey("O"))
    }
}

@Suite struct ScaleAndFormattingTests {
    let scale = StandardScales.all[0]

    @Test(arguments: [
        ("4", ScaleValue.score(4)), (" 4 ", .score(4)), ("4.0", .score(4)), ("4,0", .score(4)),
        ("Ofte", .score(4)), ("often", .score(4)), ("HELE TIDEN", .score(5)), ("Ved ikke", .missing),
        ("", .missing), ("   ", .missing), ("Not applicable", .missing)
    ])
    func readsScoresLabelsAndMissing(text: String, expected: ScaleValue) {
        #expect(scale.value(of: text) == expected)
    }

    @Test(arguments: ["0", "6", "4.5", "-1", "nan", "Somewhat often", "1e3"])
    func rejectsEverythingElse(text: String) {
        guard case .invalid = scale.value(of: text) else {
            Issue.record("accepted \(text)")
            return
        }
    }

    @Test func danishUsesDecimalComma() {
        #expect(Language.da.format(4.256) == "4,26")
        #expect(Language.en.format(4.256) == "4.26")
        #expect(Language.da.format(-0.001) == "0,00")
        #expect(Language.da.formatSigned(1.2, decimals: 1) == "+1,2")
        #expect(Language.en.formatSigned(-0.35) == "−0.35")
        #expect(Language.da.formatP(0.0004) == "< 0,001")
        #expect(Language.en.formatP(0.0312) == "0.031")
    }

    @Test func strengthThresholdsAreInclusiveForModerate() {
        let thresholds = StrengthThresholds.standard
        #expect(thresholds.strength(of: 3.49) == .weak)
        #expect(thresholds.strength(of: 3.5) == .moderate)
        #expect(thresholds.strength(of: 4.0) == .moderate)
        #expect(thresholds.strength(of: 4.01) == .strong)
    }
}

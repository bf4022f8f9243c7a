import Testing
@testable import RCStats
import RCSurvey

/// The analysis' pass over the store reads the compact and the wide store alike.
@Suite struct NetworkTallyTests {
    @Test func wideStoreGivesTheSameFiguresAsCompact() throws {
        let compact = NetworkHandComputedTests.survey()
        var builder = SurveyBuilder()
        NetworkHandComputedTests.add(&builder, "a1", "A", "A", [5, 5, 5, 5, 5, 5, 5])
        NetworkHandComputedTests.add(&builder, "a1", "A", "B", [2, 2, 2, 2, 3, 3, 3])
        NetworkHandComputedTests.add(&builder, "a2", "A", "A", [4, 4, 4, 4, nil, nil, nil])
        NetworkHandComputedTests.add(&builder, "a2", "A", "B", [3, 3, 3, nil, nil, nil, nil])
        NetworkHandComputedTests.add(&builder, "a3", "A", "A", [3, 3, 3, 3, 3, 3, 3])
        NetworkHandComputedTests.add(&builder, "a3", "A", "B", [4, 4, 4, 4, 4, 4, 4])
        NetworkHandComputedTests.add(&builder, "b1", "B", "A", [1, 2, 3, 4, 5, 5, 5])
        NetworkHandComputedTests.add(&builder, "b1", "B", "B", [5, 5, 5, 5, 5, 5, 5])
        // A role of its own rating only itself, with a fractional score: the store turns wide,
        // and no figure about A and B changes.
        NetworkHandComputedTests.add(&builder, "z1", "Z", "Z", [nil, nil, nil, nil, nil, nil, 2.5])
        let wide = builder.build()
        #expect(wide.rounds[0].wide != nil && compact.rounds[0].wide == nil)

        let options = AnalysisOptions(minGroup: 1)
        let a = try #require(NetworkAnalysis(compact, options: options))
        let b = try #require(NetworkAnalysis(wide, options: options))
        for rater in ["A", "B"] {
            for target in ["A", "B"] {
                #expect(a.cell(rater: rater, target: target) == b.cell(rater: rater, target: target))
            }
        }
        #expect(a.index == b.index)
        #expect(a.dimensions == b.dimensions)
        #expect(a.reliability == b.reliability)
        #expect(a.reliability.cronbachAlpha != nil)
    }

    @Test func askedDimensionsLeaveOutDimensionsNobodyAnswered() {
        var builder = SurveyBuilder()
        NetworkHandComputedTests.add(&builder, "a1", "A", "B", [2, nil, 2, 2, 3, 3, nil])
        NetworkHandComputedTests.add(&builder, "b1", "B", "A", [nil, nil, 1, 4, 5, 5, nil])
        let round = builder.build().rounds[0]
        #expect(round.askedDimensions(targets: 2) == 0b0111101)
        #expect(round.askedDimensions(targets: 0) == 0)
    }
}

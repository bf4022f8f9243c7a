import RCSurvey
import Testing

@testable import RCStats

/// Small surveys whose figures are worked out by hand from SPEC §3.
@Suite struct NetworkHandComputedTests {
    /// Adds the scores in `items` (one per dimension, nil = missing) for respondent `id`.
    static func add(_ builder: inout SurveyBuilder, _ id: String, _ rater: String, _ target: String, _ items: [Double?])
    {
        for (dimension, score) in zip(Dimension.allCases, items) {
            _ = builder.add(
                Answer(respondent: id, raterRole: rater, targetRole: target, dimension: dimension, score: score))
        }
    }

    /// Two roles, A (three respondents) and B (one).
    static func survey() -> SurveyData {
        var b = SurveyBuilder()
        add(&b, "a1", "A", "A", [5, 5, 5, 5, 5, 5, 5])
        add(&b, "a1", "A", "B", [2, 2, 2, 2, 3, 3, 3])  // T = 17/7
        add(&b, "a2", "A", "A", [4, 4, 4, 4, nil, nil, nil])  // T = 4 (exactly min_items)
        add(&b, "a2", "A", "B", [3, 3, 3, nil, nil, nil, nil])  // 3 items: no tie
        add(&b, "a3", "A", "A", [3, 3, 3, 3, 3, 3, 3])
        add(&b, "a3", "A", "B", [4, 4, 4, 4, 4, 4, 4])  // T = 4
        add(&b, "b1", "B", "A", [1, 2, 3, 4, 5, 5, 5])  // T = 25/7
        add(&b, "b1", "B", "B", [5, 5, 5, 5, 5, 5, 5])
        return b.build()
    }

    @Test func tieScoresCellsAndIndices() throws {
        let analysis = try #require(NetworkAnalysis(Self.survey(), options: AnalysisOptions(minGroup: 1)))
        #expect(analysis.roles == ["A", "B"])
        let ab = try #require(analysis.cell(rater: "A", target: "B"))
        // a1 (17/7) and a3 (4); a2 has only three items about B.
        #expect(ab.estimate.n == 2)
        let abMean = try #require(ab.estimate.mean)
        let expectedMean: Double = (17.0 / 7 + 4) / 2
        #expect(abs(abMean - expectedMean) < 1e-15)
        let sd: Double = abs(17.0 / 7 - 4) / 2.0.squareRoot()
        #expect(abs(try #require(ab.estimate.sd) - sd) < 1e-15)
        // t(0.975, 1) = 12.7062047361747
        let half: Double = 12.706204736174707 * sd / 2.0.squareRoot()
        let low = try #require(ab.estimate.figures?.ci?.lowerBound)
        #expect(abs(low - (expectedMean - half)) < 1e-12)
        #expect(ab.strength == .weak)

        let aa = try #require(analysis.cell(rater: "A", target: "A"))
        #expect(aa.estimate.n == 3 && aa.estimate.mean == 4 && aa.isWithinRole)
        // The dimension cell counts every answered item, tie or no tie: a1 2, a2 3, a3 4.
        let frequent = try #require(ab.dimensions.first { $0.dimension == .frequentCommunication })
        #expect(frequent.estimate.n == 3 && frequent.estimate.mean == 3)

        // I(r): a1 17/7, a3 4, b1 25/7; a2 has no between-role tie.
        #expect(analysis.index.n == 3)
        let index = try #require(analysis.index.mean)
        let expectedIndex: Double = (17.0 / 7 + 4 + 25.0 / 7) / 3
        #expect(abs(index - expectedIndex) < 1e-15)
        #expect(analysis.withinRole.n == 4 && analysis.withinRole.mean == 17.0 / 4)

        let roleA = try #require(analysis.roleSummaries.first { $0.role == "A" })
        #expect(roleA.respondents == 3 && roleA.asRater.n == 2 && roleA.asTarget.n == 1)
        let asTarget = try #require(roleA.asTarget.mean)
        #expect(abs(asTarget - 25.0 / 7) < 1e-15)

        // The dimension profile of frequent communication: a1 2, a2 3, a3 4, b1 1.
        let profile = try #require(analysis.dimensions.first { $0.dimension == .frequentCommunication })
        #expect(profile.estimate.n == 4 && profile.estimate.mean == 2.5)

        let gap = try #require(analysis.reciprocityGaps.first)
        #expect(gap.roleA == "B" && gap.roleB == "A")
        let expectedGap: Double = 25.0 / 7 - expectedMean
        #expect(abs(gap.gap - expectedGap) < 1e-15)
    }

    @Test func defaultMinimumGroupSuppressesSmallGroups() throws {
        let analysis = try #require(NetworkAnalysis(Self.survey()))
        #expect(analysis.cell(rater: "A", target: "A")?.estimate.isSuppressed == false)
        // A → B: only frequent, timely and accurate communication have three answers (visible);
        // three visible answers make no tie score, so no respondent has one: fewer than k, not 0.
        let ab = try #require(analysis.cell(rater: "A", target: "B"))
        #expect(ab.estimate.isSuppressed && ab.estimate.n == 0 && ab.estimate.mean == nil && ab.strength == nil)
        #expect(ab.estimate.hidden == .fewerThanK && !ab.estimate.hasNoAnswers)
        #expect(ab.dimensions.map(\.estimate.n) == [3, 3, 3, 2, 2, 2, 2])
        #expect(ab.dimensions.map { $0.estimate.hidden } == [nil, nil, nil] + Array(repeating: .fewerThanK, count: 4))
        #expect(analysis.cell(rater: "B", target: "A")?.estimate.isSuppressed == true)
        #expect(analysis.reciprocityGaps.isEmpty)
        #expect(analysis.roleSummaries.first { $0.role == "B" }?.asRater.mean == nil)
    }

    /// Tie scores from visible answers only: with three items enough, A → B rests on the three
    /// visible dimension cells — a1 2, a2 3, a3 4 — and the hidden answers count for nothing.
    /// rwg(j) over the same: each dimension's variance is 1 (2, 3, 4); σ² = (A² − 1)/12 is 2 for
    /// a five-point scale (r̄ = 1/2, rwg(j) = 3/4) and 8.25 for a ten-point one (r̄ = 4/33,
    /// rwg(j) = 87/91).
    @Test(arguments: [(5, 0.75), (10, 87.0 / 91)])
    func tieScoresTakeVisibleAnswersOnly(allowed: Int, rwgJ: Double) throws {
        let options = AnalysisOptions(
            minGroup: 3, minItems: 3, scoredOptions: Array(repeating: allowed, count: Dimension.allCases.count))
        let analysis = try #require(NetworkAnalysis(Self.survey(), options: options))
        let ab = try #require(analysis.cell(rater: "A", target: "B"))
        #expect(ab.estimate.n == 3 && ab.estimate.mean == 3 && ab.estimate.sd == 1)
        #expect(abs(try #require(ab.rwgJ) - rwgJ) < 1e-15)
        // Left out: A → B's four hidden dimension cells (8 answers), A → A's last three (a1 and a3
        // answered them: 6), and all of b1's (14).
        #expect(analysis.leftOut.answers == 28)
        // Hidden answers changed: the same figures.
        var builder = SurveyBuilder()
        Self.add(&builder, "a1", "A", "A", [5, 5, 5, 5, 5, 5, 5])
        Self.add(&builder, "a1", "A", "B", [2, 2, 2, 5, 1, 1, 5])
        Self.add(&builder, "a2", "A", "A", [4, 4, 4, 4, nil, nil, nil])
        Self.add(&builder, "a2", "A", "B", [3, 3, 3, nil, nil, nil, nil])
        Self.add(&builder, "a3", "A", "A", [3, 3, 3, 3, 3, 3, 3])
        Self.add(&builder, "a3", "A", "B", [4, 4, 4, 1, 5, 5, 1])
        Self.add(&builder, "b1", "B", "A", [1, 2, 3, 4, 5, 5, 5])
        Self.add(&builder, "b1", "B", "B", [5, 5, 5, 5, 5, 5, 5])
        let changed = try #require(NetworkAnalysis(builder.build(), options: options))
        #expect(changed.cells == analysis.cells)
    }

    @Test func minItemsIsConfigurable() throws {
        let analysis = try #require(NetworkAnalysis(Self.survey(), options: AnalysisOptions(minGroup: 1, minItems: 3)))
        #expect(analysis.cell(rater: "A", target: "B")?.estimate.n == 3)
    }

    @Test func builderRejectsDuplicatesAndRoleConflicts() {
        var builder = SurveyBuilder()
        let answer = Answer(respondent: "r", raterRole: "A", targetRole: "B", dimension: .sharedGoals, score: 4)
        #expect(builder.add(answer) == .accepted)
        #expect(
            builder.add(answer) == .rejected(.duplicateAnswer(respondent: "r", target: "B", dimension: .sharedGoals)))
        var other = answer
        other.raterRole = "C"
        other.dimension = .mutualRespect
        #expect(builder.add(other) == .rejected(.conflictingRole(respondent: "r", known: "A", given: "C")))
        other.raterRole = "A"
        other.score = nil
        #expect(builder.add(other) == .missing)
        // The answer was given, as missing: a later score for it is a repeat, refused.
        other.score = 3
        #expect(
            builder.add(other) == .rejected(.duplicateAnswer(respondent: "r", target: "B", dimension: .mutualRespect)))
        other.dimension = .timelyCommunication
        other.score = 3.5
        #expect(builder.add(other) == .accepted)
        // A fractional score moves the store to doubles without losing earlier answers, nor the
        // slot taken by the missing answer.
        other.dimension = .mutualRespect
        #expect(
            builder.add(other) == .rejected(.duplicateAnswer(respondent: "r", target: "B", dimension: .mutualRespect)))
        let data = builder.build()
        #expect(data.rounds[0].wide != nil)
        #expect(
            data.rounds[0].score(
                respondent: 0, target: data.storageRoles.firstIndex(of: "B")!, dimension: Dimension.sharedGoals.index)
                == 4)
        #expect(
            data.rounds[0].score(
                respondent: 0, target: data.storageRoles.firstIndex(of: "B")!,
                dimension: Dimension.timelyCommunication.index) == 3.5)
        #expect(
            data.rounds[0].score(
                respondent: 0, target: data.storageRoles.firstIndex(of: "B")!, dimension: Dimension.mutualRespect.index)
                == nil)
    }

    @Test func manyRolesGrowTheStoreWithoutLosingAnswers() {
        var builder = SurveyBuilder()
        for role in 0..<40 {
            _ = builder.add(
                Answer(
                    respondent: "r", raterRole: "R0", targetRole: "R\(role)", dimension: .sharedGoals,
                    score: Double(role % 5 + 1)))
        }
        let data = builder.build()
        for role in 0..<40 {
            let index = data.storageRoles.firstIndex(of: "R\(role)")!
            #expect(
                data.rounds[0].score(respondent: 0, target: index, dimension: Dimension.sharedGoals.index)
                    == Double(role % 5 + 1))
        }
    }
}

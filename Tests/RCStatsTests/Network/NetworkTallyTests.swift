import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

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

        // Everything shown, and with hidden answers (A → A's last three dimension cells and
        // A → B's last four hold two answers: visible answers only, three tallies).
        for (minGroup, minItems) in [(1, 4), (2, 3), (3, 3)] {
            let options = AnalysisOptions(minGroup: minGroup, minItems: minItems)
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
            // The wide survey's lone Z answer is hidden too, once anything can be.
            #expect(a.leftOut.answers + (minGroup > 1 ? 1 : 0) == b.leftOut.answers && a.leftOut.ties == b.leftOut.ties)
            if minGroup == 1 { #expect(a.reliability.cronbachAlpha != nil) }
            if minGroup == 3 { #expect(a.leftOut.answers > 0 && a.cell(rater: "A", target: "B")?.estimate.n == 3) }
        }
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

/// A round of 8,192 respondents or more is summed in two halves on two threads and the halves
/// merged (``NetworkTally/add(_:roles:halvingThreshold:)``): every sum comes out as in one pass.
@Suite struct NetworkTallyMergeTests {
    /// 9,001 respondents in three roles, every tie answered on 4–7 items (some scores missing),
    /// so that every kind of sum — cells, items, index, within-role, profile, raters, targets,
    /// alpha — has members in both halves.
    static func largeRound() -> (RoundData, [String]) {
        var builder = SurveyBuilder(roleOrder: ["A", "B", "C"])
        var rng = SplitMix64(seed: 0x4A1F)
        let roles = ["A", "B", "C"]
        for r in 0..<9_001 {
            let rater = roles[r % 3]
            for target in roles {
                for dimension in Dimension.allCases {
                    let score: Double? =
                        Int.random(in: 0..<9, using: &rng) == 0 ? nil : Double(Int.random(in: 1...5, using: &rng))
                    _ = builder.add(
                        Answer(
                            respondent: "r\(r)", raterRole: rater, targetRole: target, dimension: dimension,
                            score: score))
                }
            }
        }
        let data = builder.build()
        return (data.rounds[0], data.storageRoles)
    }

    static func same(_ a: [SummaryAccumulator], _ b: [SummaryAccumulator]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
    }

    static func same(_ a: SummaryAccumulator, _ b: SummaryAccumulator) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.summary, let y = b.summary else { return a.summary == nil && b.summary == nil }
        func close(_ u: Double?, _ v: Double?) -> Bool {
            guard let u, let v else { return u == nil && v == nil }
            return abs(u - v) <= 1e-12 * max(1, abs(u), abs(v))
        }
        return close(x.mean, y.mean) && close(x.standardDeviation, y.standardDeviation)
    }

    /// Visibility that hides the cell A → B, the within-role cell C → C and the dimension cell
    /// B → C on shared goals, as if they were small: the tie scores B → C leave out the hidden
    /// answers, the pooled sums the hidden cells.
    static func someHidden(roleCount: Int) -> CellVisibility {
        var cells = [Bool](repeating: true, count: roleCount * roleCount)
        var dimensionCells = [Bool](repeating: true, count: roleCount * roleCount * 7)
        cells[0 * roleCount + 1] = false
        cells[2 * roleCount + 2] = false
        dimensionCells[(1 * roleCount + 2) * 7 + Dimension.sharedGoals.index] = false
        return CellVisibility(dimensionCells: dimensionCells, cells: cells)
    }

    @Test(arguments: [false, true])
    func halvesMergeToTheSumsOfOnePass(hidingSome: Bool) {
        let (round, roles) = Self.largeRound()
        #expect(round.respondentCount >= NetworkTally.halvingThreshold)
        let visibility = hidingSome ? Self.someHidden(roleCount: roles.count) : nil
        var halves = NetworkTally(round, roleCount: roles.count, minItems: 4, visibility: visibility)
        halves.add(round, roles: roles)
        var whole = NetworkTally(round, roleCount: roles.count, minItems: 4, visibility: visibility)
        whole.add(round, roles: roles, halvingThreshold: .max)
        if hidingSome {
            // The dimension cells still take everything, the cells all but the hidden answers'
            // ties; the pooled sums leave out the hidden cells.
            var all = NetworkTally(round, roleCount: roles.count, minItems: 4)
            all.add(round, roles: roles, halvingThreshold: .max)
            #expect(Self.same(all.cellItems, whole.cellItems))
            let bc = 1 * roles.count + 2
            #expect(Self.same(Array(all.cellTies[..<bc]), Array(whole.cellTies[..<bc])))
            #expect(Self.same(Array(all.cellTies[(bc + 1)...]), Array(whole.cellTies[(bc + 1)...])))
            #expect(!Self.same(all.cellTies[bc], whole.cellTies[bc]))
            #expect(whole.targets[1].count < all.targets[1].count && whole.within.count < all.within.count)
            #expect(!Self.same(whole.profile[Dimension.sharedGoals.index], all.profile[Dimension.sharedGoals.index]))
            #expect(whole.totalSummary.count < all.totalSummary.count)
        }

        #expect(Self.same(halves.cellTies, whole.cellTies))
        #expect(Self.same(halves.cellItems, whole.cellItems))
        #expect(Self.same(halves.tieItems, whole.tieItems))
        #expect(halves.cellExactSums == whole.cellExactSums)
        #expect(Self.same(halves.index, whole.index))
        #expect(Self.same(halves.within, whole.within))
        #expect(Self.same(halves.profile, whole.profile))
        #expect(Self.same(halves.raters, whole.raters))
        #expect(Self.same(halves.targets, whole.targets))
        #expect(Self.same(halves.itemSummaries, whole.itemSummaries))
        #expect(Self.same(halves.totalSummary, whole.totalSummary))
        #expect(halves.respondentsPerRole == whole.respondentsPerRole)
        #expect(halves.alphaRespondents == whole.alphaRespondents && whole.alphaRespondents > 0)
        // Every respondent's index comes from the half that summed it, exactly.
        #expect(halves.respondentIndex.count == whole.respondentIndex.count)
        #expect(zip(halves.respondentIndex, whole.respondentIndex).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(halves.index.count > NetworkTally.halvingThreshold)
    }
}

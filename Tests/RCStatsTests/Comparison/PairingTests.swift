import Foundation
import RCSurvey
import Testing

@testable import RCStats

/// SPEC §4: respondents pair only with the same id and the same role in both rounds; ids that are
/// the files' row numbers (1…N in both) pair nobody unless stated stable.
@Suite struct PairingTests {
    /// A respondent: id, role, and the score they give every tie.
    typealias Person = (id: String, role: String, score: Double)

    static let roles = ["Læge", "Sygeplejerske", "Portør"]

    static func comparison(
        before: [Person], after: [Person], stable: Bool = false, minGroup: Int = 3
    ) throws -> RoundComparison {
        var builder = SurveyBuilder()
        for (round, people) in [("før", before), ("efter", after)] {
            for person in people {
                for target in roles {
                    for dimension in Dimension.allCases {
                        let outcome = builder.add(
                            Answer(
                                respondent: person.id, round: round, raterRole: person.role, targetRole: target,
                                dimension: dimension, score: person.score))
                        #expect(outcome == .accepted)
                    }
                }
            }
        }
        let data = builder.build()
        let options = AnalysisOptions(minGroup: minGroup, comparison: ComparisonOptions(idsAreStable: stable))
        let a = try #require(NetworkAnalysis(data, round: "før", options: options))
        let b = try #require(NetworkAnalysis(data, round: "efter", options: options))
        return RoundComparison(before: a, after: b)
    }

    /// Microsoft Forms numbers its responses 1…N in every file: the 1 of the first round is not the
    /// 1 of the second. 30 respondents in each round, their roles shuffled between the files.
    static func formsRounds() -> (before: [Person], after: [Person]) {
        let before: [Person] = (1...30).map { number -> Person in
            (id: String(number), role: roles[number % 3], score: Double(2 + number % 3))
        }
        let after: [Person] = (1...32).map { number -> Person in
            (id: String(number), role: roles[(number * 7 / 3) % 3], score: Double(3 + number % 2))
        }
        return (before, after)
    }

    @Test func rowNumbersPairNobody() throws {
        let (before, after) = Self.formsRounds()
        let comparison = try Self.comparison(before: before, after: after)
        #expect(comparison.pairing.rowNumbers && comparison.pairing.refusedRowNumbers)
        #expect(comparison.pairing.paired == 0)
        #expect(comparison.paired == nil, "no paired test on row numbers")
        #expect(comparison.pairedVerdict == nil && !comparison.pairedDisagrees)
    }

    @Test func rowNumbersPairWhenStatedStable() throws {
        let (before, after) = Self.formsRounds()
        let comparison = try Self.comparison(before: before, after: after, stable: true)
        let pairing = comparison.pairing
        #expect(pairing.rowNumbers && pairing.idsStatedStable && !pairing.refusedRowNumbers)
        // Ids 1…30 recur; those whose role differs are not the same person.
        let sameRole = (1...30).filter { Self.roles[$0 % 3] == Self.roles[($0 * 7 / 3) % 3] }.count
        #expect(pairing.paired == sameRole)
        #expect(pairing.otherRole == 30 - sameRole)
        #expect(pairing.afterOnly == 2 && pairing.beforeOnly == 0)
        #expect(comparison.paired?.count == sameRole)
    }

    @Test func pairsNeedTheSameIdAndRole() throws {
        let before: [Person] = (0..<12).map { ("P\($0)", Self.roles[$0 % 3], 3) }
        var after: [Person] = (0..<12).map { ("P\($0)", Self.roles[$0 % 3], 4) }
        // P0 changed role; P1's id is new; a newcomer.
        after[0].role = Self.roles[1]
        after[1].id = "Q1"
        after.append(("Q2", Self.roles[2], 4))
        let comparison = try Self.comparison(before: before, after: after)
        let pairing = comparison.pairing
        #expect(!pairing.rowNumbers)
        #expect(pairing.paired == 10)
        #expect(pairing.otherRole == 1)
        #expect(pairing.beforeOnly == 1 && pairing.afterOnly == 2)
        #expect(pairing.paired + pairing.otherRole + pairing.withoutIndex + pairing.beforeOnly == before.count)
        #expect(pairing.paired + pairing.otherRole + pairing.withoutIndex + pairing.afterOnly == after.count)
        #expect(comparison.paired?.count == 10)
        #expect(comparison.paired?.meanDifference == 1)
    }

    @Test func tooFewPairsGiveNoTestButACount() throws {
        let before: [Person] = (0..<9).map { ("P\($0)", Self.roles[$0 % 3], 3) }
        let after: [Person] = (0..<9).map { ($0 < 2 ? "P\($0)" : "N\($0)", Self.roles[$0 % 3], 4) }
        let comparison = try Self.comparison(before: before, after: after)
        #expect(comparison.pairing.paired == 2)
        #expect(comparison.paired == nil)
    }

    @Test(arguments: [
        (["1", "2", "3"], true),
        (["3", "1", "2", "4"], true),
        // A response deleted in the tool leaves a gap; a tenth may be missing.
        ((1...20).filter { $0 != 7 }.map(String.init) + ["21"], true),
        (["1", "2", "40"], false),
        (["01", "02", "03"], false),
        (["0", "1", "2"], false),
        (["P1", "P2", "P3"], false),
        (["1"], false),
        (["12345", "12346", "12347"], false)
    ])
    func rowNumbersAreWholeNumbersFromOne(ids: [String], rowNumbers: Bool) {
        #expect(Pairing.looksLikeRowNumbers(ids) == rowNumbers)
    }
}

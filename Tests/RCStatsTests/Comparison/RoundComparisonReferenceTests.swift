import Foundation
import RCSurvey
import Testing

@testable import RCStats

/// Every figure of the before/after comparison agrees with scipy and statsmodels
/// (tools/reference/compare_reference.py): values to 1e-9, p-values to 1e-9 relative or 1e-12
/// absolute; the cells' and the dimensions' BH q-values, which changes matter (δ = 0.2), and who
/// was paired (the same id and role; nobody on row numbers) exactly.
@Suite struct RoundComparisonReferenceTests {
    static func comparison(_ number: Int) throws -> (RoundComparison, [String: Any]) {
        let csv = try #require(
            Bundle.module.url(forResource: "pair-\(number)", withExtension: "csv", subdirectory: "Fixtures/compare"))
        let json = try #require(
            Bundle.module.url(
                forResource: "pair-\(number).expected", withExtension: "json", subdirectory: "Fixtures/compare"))
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        var builder = SurveyBuilder()
        for line in try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let dimension = try #require(Dimension(matching: f[4]))
            let outcome = builder.add(
                Answer(
                    respondent: f[0], round: f[1], raterRole: f[2], targetRole: f[3], dimension: dimension,
                    score: f[5].isEmpty ? nil : Double(f[5])))
            guard case .rejected = outcome else { continue }
            Issue.record("rejected \(line)")
        }
        let data = builder.build()
        let options = AnalysisOptions(
            minGroup: try #require(expected["min_group"] as? Int),
            minItems: try #require(expected["min_items"] as? Int),
            comparison: ComparisonOptions(minimumChange: try #require(expected["min_change"] as? Double)))
        let before = try #require(NetworkAnalysis(data, round: "før", options: options))
        let after = try #require(NetworkAnalysis(data, round: "efter", options: options))
        return (RoundComparison(before: before, after: after), expected)
    }

    static func close(_ actual: Double?, _ expected: Any?, _ what: String, pValue: Bool = false) {
        let reference = expected as? Double ?? (expected as? Int).map(Double.init)
        guard let reference else {
            #expect(actual == nil, "\(what): expected nothing, got \(String(describing: actual))")
            return
        }
        guard let actual else {
            Issue.record("\(what): expected \(reference), got nothing")
            return
        }
        let error = abs(actual - reference)
        let ok = pValue ? (error <= 1e-9 * abs(reference) || error <= 1e-12) : error <= 1e-9 * max(1, abs(reference))
        #expect(ok, "\(what): \(actual) vs \(reference)")
    }

    static func check(
        _ measure: MeasureComparison, _ reference: [String: Any], _ what: String, q: Double?? = .none,
        verdict: ChangeVerdict
    ) {
        #expect(verdict.matters == reference["matters"] as? Bool, "\(what).matters")
        for (name, estimate) in [("before", measure.before), ("after", measure.after)] {
            let side = reference[name] as? [String: Any] ?? [:]
            #expect(estimate.n == side["n"] as? Int, "\(what).\(name).n")
            close(estimate.mean, side["mean"], "\(what).\(name).mean")
            close(estimate.sd, side["sd"], "\(what).\(name).sd")
        }
        #expect(measure.isSuppressed == (reference["suppressed"] as? Bool ?? false), "\(what).suppressed")
        close(measure.difference, reference["diff"], "\(what).diff")
        close(measure.welch?.confidenceInterval?.lower, reference["ci_low"], "\(what).ci_low")
        close(measure.welch?.confidenceInterval?.upper, reference["ci_high"], "\(what).ci_high")
        close(measure.welch?.t, reference["t"], "\(what).t")
        close(measure.welch?.degreesOfFreedom, reference["df"], "\(what).df")
        close(measure.welch?.pValue, reference["p"], "\(what).p", pValue: true)
        close(measure.hedgesG, reference["hedges_g"], "\(what).hedges_g")
        if case let .some(q) = q { close(q, reference["q"], "\(what).q", pValue: true) }
    }

    @Test(arguments: 1...5)
    func everyFigureAgreesWithScipy(number: Int) throws {
        let (comparison, expected) = try Self.comparison(number)
        #expect(comparison.roles == expected["roles"] as? [String])
        let index = try #require(expected["index"] as? [String: Any])
        Self.check(comparison.index, index, "index", verdict: comparison.indexVerdict)
        let pairing = try #require(index["pairing"] as? [String: Any])
        #expect(comparison.pairing.paired == pairing["paired"] as? Int)
        #expect(comparison.pairing.rowNumbers == pairing["row_numbers"] as? Bool)
        #expect(comparison.pairing.otherRole == pairing["other_role"] as? Int)
        #expect(comparison.pairing.withoutIndex == pairing["no_index"] as? Int)
        #expect(comparison.pairing.beforeOnly == pairing["before_only"] as? Int)
        #expect(comparison.pairing.afterOnly == pairing["after_only"] as? Int)
        if let paired = index["paired"] as? [String: Any] {
            let test = try #require(comparison.paired)
            #expect(test.count == paired["n"] as? Int)
            Self.close(test.meanDifference, paired["diff"], "paired.diff")
            Self.close(test.t, paired["t"], "paired.t")
            Self.close(test.degreesOfFreedom, paired["df"], "paired.df")
            Self.close(test.pValue, paired["p"], "paired.p", pValue: true)
        } else {
            #expect(comparison.paired == nil)
        }
        let dimensions = try #require(expected["dimensions"] as? [[String: Any]])
        for (item, reference) in zip(comparison.dimensions, dimensions) {
            Self.check(
                item.comparison, reference, "dimension \(item.dimension.id)", q: .some(item.q), verdict: item.verdict)
        }
        let cells = try #require(expected["cells"] as? [[String: Any]])
        #expect(cells.count == comparison.cells.count)
        for (cell, reference) in zip(comparison.cells, cells) {
            #expect(cell.rater == reference["rater"] as? String && cell.target == reference["target"] as? String)
            Self.check(
                cell.comparison, reference, "cell \(cell.rater)→\(cell.target)", q: .some(cell.q), verdict: cell.verdict
            )
        }
    }

    @Test func recurringRespondentsGiveAPairedTest() throws {
        #expect(try Self.comparison(1).0.paired != nil)
        #expect(try Self.comparison(2).0.paired == nil)
        // Ids of another role never pair; row numbers pair nobody.
        #expect(try Self.comparison(4).0.paired?.count == 21)
        #expect(try Self.comparison(5).0.paired == nil)
        // Something to judge in every family: changes that matter among cells and dimensions.
        #expect(try Self.comparison(4).0.dimensions.contains { $0.verdict.matters })
        #expect(try Self.comparison(1).0.cells.contains { $0.verdict.matters })
    }
}

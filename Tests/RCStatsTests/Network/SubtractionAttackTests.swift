import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

/// No hidden mean can be worked out from the published figures (SPEC §3, "No recovery by
/// subtraction"). On random surveys with small groups, every subtraction an attacker could
/// try — a pooled figure times its n minus the shown cells, divided by the hidden n — must
/// not give back a hidden cell's or a hidden role's mean; and changing the answers that lie
/// in hidden cells must change no published pooled figure, in one round or in a comparison.
@Suite struct SubtractionAttackTests {
    static let k = 3
    static let seeds: [UInt64] = Array(1...40)

    /// A two-round survey: three to five roles, the last one or two of them small (one or two
    /// respondents), the others three to seven; answers 1–5 with some missing; about half of
    /// the respondents answer both rounds under the same id.
    static func survey(seed: UInt64, twoRoles: Bool = false) -> SurveyData {
        var rng = SplitMix64(seed: seed)
        let roleCount = twoRoles ? 2 : Int.random(in: 3...5, using: &rng)
        let smallRoles = twoRoles ? 1 : Int.random(in: 1...2, using: &rng)
        let roles = (0..<roleCount).map { "R\($0)" }
        var builder = SurveyBuilder(roleOrder: roles)
        for round in ["før", "efter"] {
            for (index, role) in roles.enumerated() {
                let size =
                    index >= roleCount - smallRoles
                    ? Int.random(in: 1...2, using: &rng) : Int.random(in: 3...7, using: &rng)
                for member in 0..<size {
                    let id = Bool.random(using: &rng) ? "\(role)-\(member)" : "\(role)-\(member)-\(round)"
                    for target in roles where Int.random(in: 0..<6, using: &rng) != 0 {
                        for dimension in Dimension.allCases {
                            let score: Double? =
                                Int.random(in: 0..<7, using: &rng) == 0
                                ? nil : Double(Int.random(in: 1...5, using: &rng))
                            _ = builder.add(
                                Answer(
                                    respondent: id, round: round, raterRole: role, targetRole: target,
                                    dimension: dimension, score: score))
                        }
                    }
                }
            }
        }
        return builder.build()
    }

    /// The same survey with every answer that lies in a hidden dimension cell (one of fewer than
    /// k answers, in a hidden cell or in a visible one) replaced by another score (6 − x, or 1
    /// for a 3).
    static func perturbed(_ data: SurveyData) -> SurveyData {
        var data = data
        for (number, round) in data.rounds.enumerated() {
            guard let analysis = NetworkAnalysis(data, round: round.label, options: AnalysisOptions(minGroup: k)) else {
                continue
            }
            var hidden: Set<[Int]> = []
            for cell in analysis.cells {
                guard let a = data.storageRoles.firstIndex(of: cell.rater),
                    let t = data.storageRoles.firstIndex(of: cell.target)
                else { continue }
                for item in cell.dimensions where item.estimate.isSuppressed {
                    hidden.insert([a, t, item.dimension.index])
                }
            }
            var copy = round
            for r in 0..<round.respondentCount {
                let a = round.raterRoles[r]
                for t in 0..<data.storageRoles.count {
                    for d in 0..<7 where hidden.contains([a, t, d]) {
                        guard let x = round.score(respondent: r, target: t, dimension: d) else { continue }
                        copy.store(x == 3 ? 1 : 6 - x, at: round.slot(r, t, d))
                    }
                }
            }
            data.rounds[number] = copy
        }
        return data
    }

    /// Σ n·mean over estimates that show their figures.
    static func total(_ estimates: [Estimate]) -> Double {
        estimates.reduce(0) { sum, estimate in sum + (estimate.mean.map { $0 * Double(estimate.n) } ?? 0) }
    }

    /// The subtractions on one round's analysis; returns how many were tried.
    @discardableResult
    static func attack(_ shown: NetworkAnalysis, truth: NetworkAnalysis, context: String) -> Int {
        var tried = 0
        func check(_ recovered: Double, _ hidden: Double, _ what: String) {
            tried += 1
            #expect(abs(recovered - hidden) > 1e-6, "\(context): \(what) recovered by subtraction: \(recovered)")
        }
        let roles = shown.roles
        // Role as target: pooled mean × n minus the shown cells of its column, over the hidden n.
        for (b, target) in roles.enumerated() {
            let summary = shown.roleSummaries[b]
            guard let pooled = summary.asTarget.mean else { continue }
            let column = roles.indices.filter { $0 != b }.map { shown.cells[$0 * roles.count + b] }
            let truthColumn = roles.indices.filter { $0 != b }.map { truth.cells[$0 * roles.count + b] }
            let hidden = zip(column, truthColumn).filter { $0.0.estimate.isSuppressed && $0.0.estimate.n > 0 }
            guard !hidden.isEmpty else { continue }
            let hiddenN = hidden.reduce(0) { $0 + $1.0.estimate.n }
            let recovered = (pooled * Double(summary.asTarget.n) - total(column.map(\.estimate))) / Double(hiddenN)
            check(recovered, total(hidden.map(\.1.estimate)) / Double(hiddenN), "hidden cells rating \(target)")
        }
        // Network index minus the shown roles as rater, over the hidden raters' n.
        if let index = shown.index.mean {
            let hidden = zip(shown.roleSummaries, truth.roleSummaries).filter {
                $0.0.asRater.isSuppressed && $0.1.asRater.n > 0
            }
            if !hidden.isEmpty {
                let hiddenN = hidden.reduce(0) { $0 + max($1.0.asRater.n, $1.0.respondents) }
                let recovered =
                    (index * Double(shown.index.n) - total(shown.roleSummaries.map(\.asRater))) / Double(hiddenN)
                let hiddenTruthN = hidden.reduce(0) { $0 + $1.1.asRater.n }
                check(recovered, total(hidden.map(\.1.asRater)) / Double(hiddenTruthN), "hidden raters' index")
                if hiddenN != hiddenTruthN {
                    let exact =
                        (index * Double(shown.index.n) - total(shown.roleSummaries.map(\.asRater)))
                        / Double(hiddenTruthN)
                    check(
                        exact, total(hidden.map(\.1.asRater)) / Double(hiddenTruthN), "hidden raters' index (their n)")
                }
            }
        }
        // Within-role index minus the shown diagonal cells, over the hidden diagonal n.
        if let within = shown.withinRole.mean {
            let diagonal = roles.indices.map { shown.cells[$0 * roles.count + $0] }
            let truthDiagonal = roles.indices.map { truth.cells[$0 * roles.count + $0] }
            let hidden = zip(diagonal, truthDiagonal).filter { $0.0.estimate.isSuppressed && $0.0.estimate.n > 0 }
            if !hidden.isEmpty {
                let hiddenN = hidden.reduce(0) { $0 + $1.0.estimate.n }
                let recovered =
                    (within * Double(shown.withinRole.n) - total(diagonal.map(\.estimate))) / Double(hiddenN)
                check(recovered, total(hidden.map(\.1.estimate)) / Double(hiddenN), "hidden within-role cells")
            }
        }
        // Dimension profile, with two roles: each respondent's profile is their answer about the
        // other role, so the profile pools the two off-diagonal dimension cells.
        if roles.count == 2 {
            for d in Dimension.allCases {
                guard let profile = shown.dimensions[d.index].estimate.mean else { continue }
                let ab = shown.cells[1].dimensions[d.index].estimate, ba = shown.cells[2].dimensions[d.index].estimate
                let truthAB = truth.cells[1].dimensions[d.index].estimate,
                    truthBA = truth.cells[2].dimensions[d.index].estimate
                for (hidden, visible, hiddenTruth) in [(ab, ba, truthAB), (ba, ab, truthBA)]
                where hidden.isSuppressed && hidden.n > 0 && !visible.isSuppressed {
                    let recovered =
                        (profile * Double(shown.dimensions[d.index].estimate.n) - total([visible])) / Double(hidden.n)
                    check(recovered, hiddenTruth.mean!, "hidden dimension cell \(d.id)")
                }
            }
        }
        return tried
    }

    /// The figures a reader sees, in one list: the pooled ones and every visible cell's.
    static func pooledFigures(_ analysis: NetworkAnalysis) -> [Double?] {
        var figures: [Double?] = [
            analysis.index.mean, analysis.index.sd, analysis.withinRole.mean, analysis.withinRole.sd,
            analysis.reliability.cronbachAlpha
        ]
        figures += analysis.dimensions.flatMap { [$0.estimate.mean, $0.estimate.sd] }
        figures += analysis.roleSummaries.flatMap { [$0.asRater.mean, $0.asTarget.mean] }
        figures += [analysis.agreement.icc1, analysis.agreement.icc2]
        for cell in analysis.cells where !cell.estimate.isSuppressed {
            figures += [cell.estimate.mean, cell.estimate.sd, cell.rwgJ, Double(cell.estimate.n)]
            figures += cell.dimensions.flatMap { [$0.estimate.mean, $0.estimate.sd] }
        }
        return figures
    }

    static func comparisonFigures(_ comparison: RoundComparison) -> [Double?] {
        var figures = pooledFigures(comparison.before) + pooledFigures(comparison.after)
        figures += [
            comparison.index.difference, comparison.index.welch?.pValue, comparison.index.hedgesG,
            comparison.paired?.meanDifference, comparison.paired?.standardDeviation, comparison.paired?.pValue
        ]
        figures += comparison.dimensions.flatMap { [$0.comparison.difference, $0.comparison.welch?.pValue] }
        return figures
    }

    static func same(_ a: [Double?], _ b: [Double?]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in
                guard let x, let y else { return x == nil && y == nil }
                return abs(x - y) <= 1e-9 * max(1, abs(x))
            }
    }

    @Test func noHiddenMeanIsRecoveredBySubtraction() throws {
        var tried = 0
        for seed in Self.seeds {
            for data in Self.surveys(seed: seed) {
                let comparison = try #require(RoundComparison(data, options: AnalysisOptions(minGroup: Self.k)))
                let truth = try #require(RoundComparison(data, options: AnalysisOptions(minGroup: 1)))
                tried += Self.attack(comparison.before, truth: truth.before, context: "seed \(seed) before")
                tried += Self.attack(comparison.after, truth: truth.after, context: "seed \(seed) after")
            }
        }
        #expect(tried > 100)
    }

    /// Both kinds of survey: `survey(seed:twoRoles:)`, and ``AttackSurvey`` (small groups and
    /// "Ved ikke" patterns) with its three units as two rounds of one.
    static func surveys(seed: UInt64) -> [SurveyData] {
        let patterned = AttackSurvey.make(seed: seed)
        var builder = SurveyBuilder(roleOrder: patterned.roles)
        for var answer in patterned.answers {
            answer.round = patterned.unitOf[answer.respondent] == "U0" ? "før" : "efter"
            _ = builder.add(answer)
        }
        return [Self.survey(seed: seed), Self.survey(seed: seed, twoRoles: true), builder.build()]
    }

    @Test func hiddenAnswersChangeNoPublishedFigure() throws {
        var changedHidden = 0
        for seed in Self.seeds {
            for data in Self.surveys(seed: seed) {
                let other = Self.perturbed(data)
                let options = AnalysisOptions(minGroup: Self.k)
                let a = try #require(RoundComparison(data, options: options))
                let b = try #require(RoundComparison(other, options: options))
                #expect(
                    Self.same(Self.comparisonFigures(a), Self.comparisonFigures(b)),
                    "seed \(seed): a pooled figure moved with hidden answers")
                // The cells that show their figures are untouched; the hidden ones did change.
                #expect(zip(a.before.cells, b.before.cells).allSatisfy { $0.estimate.isSuppressed || $0 == $1 })
                let truthA = try #require(RoundComparison(data, options: AnalysisOptions(minGroup: 1)))
                let truthB = try #require(RoundComparison(other, options: AnalysisOptions(minGroup: 1)))
                changedHidden +=
                    zip(truthA.before.cells, truthB.before.cells).filter { $0.estimate != $1.estimate }.count
            }
        }
        #expect(changedHidden > 20)
    }
}

extension RoundComparison {
    /// The first two rounds of `data` compared.
    init?(_ data: SurveyData, options: AnalysisOptions) {
        guard data.rounds.count >= 2 else { return nil }
        let before = NetworkAnalysis(
            data.rounds[0], roles: data.storageRoles, order: data.displayOrder, options: options)
        let after = NetworkAnalysis(
            data.rounds[1], roles: data.storageRoles, order: data.displayOrder, options: options)
        self.init(before: before, after: after)
    }
}

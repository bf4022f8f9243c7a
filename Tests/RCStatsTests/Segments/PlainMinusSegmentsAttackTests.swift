import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

/// No hidden segment figure can be worked out from the plain analysis (`analyze` of everyone)
/// and the outputs by one background variable (`--by unit`, `--where unit=…`; SPEC §6).
///
/// For every cell and dimension cell the plain analysis shows, the attacker takes its n·mean,
/// subtracts the segments that show it and divides by the n left over; the same with the whole
/// organisation of `--by` in place of the segments. When fewer than k respondents are left over
/// and the result is their mean — of the answers, of their tie scores from all their answers, or
/// of their tie scores from the plain analysis' visible answers — a hidden figure is recovered.
@Suite struct PlainMinusSegmentsAttackTests {
    static let k = 3
    static let minItems = 4

    struct Outputs {
        var plain: NetworkAnalysis
        var segmented: SegmentedAnalysis
    }

    /// The plain analysis and `--by unit` of `survey`.
    static func outputs(_ survey: AttackSurvey) -> Outputs {
        let options = AnalysisOptions(minGroup: k, minItems: minItems)
        let data = survey.data()
        let plain = NetworkAnalysis(data, options: options)!
        let units = survey.units.filter { unit in survey.unitOf.values.contains(unit) }
        let segments = units.map { unit in
            let part = survey.data(unit: unit)
            return SegmentRound(value: unit, round: part.rounds[0], roles: part.storageRoles, order: part.displayOrder)
        }
        let segmented = SegmentedAnalysis(
            data.rounds[0], roles: data.storageRoles, order: data.displayOrder, by: "unit", segments: segments,
            segmentOf: { id in survey.unitOf[id].flatMap { units.firstIndex(of: $0) } }, options: options)
        return Outputs(plain: plain, segmented: segmented)
    }

    struct Attack {
        var tried = 0
        var recovered: [String] = []
    }

    /// Tie scores of respondent `id` about `target`: from all answers, and from the answers in
    /// the dimension cells the plain analysis shows.
    static func ties(_ survey: AttackSurvey, _ plain: NetworkAnalysis, id: String, target: String) -> [Double] {
        let own = survey.answers.filter { $0.respondent == id && $0.targetRole == target && $0.score != nil }
        guard let rater = own.first?.raterRole, let cell = plain.cell(rater: rater, target: target) else { return [] }
        let visible = own.filter { !cell.dimensions[$0.dimension.index].estimate.isSuppressed }
        return [own, visible].compactMap { answers in
            answers.count >= minItems ? answers.reduce(0) { $0 + $1.score! } / Double(answers.count) : nil
        }
    }

    static func attack(_ survey: AttackSurvey, context: String) -> Attack {
        let outputs = outputs(survey)
        var attack = Attack()
        let respondents = Set(survey.answers.map(\.respondent)).sorted()
        for cell in outputs.plain.cells where !cell.estimate.isSuppressed {
            let members = respondents.filter { id in
                survey.answers.contains { $0.respondent == id && $0.raterRole == cell.rater }
            }
            // Which respondents a subtraction leaves over: those whose segment does not show the figure.
            func check(
                _ plainEstimate: Estimate, _ subtracted: [(estimate: Estimate, units: Set<String>)],
                _ truths: (Set<String>) -> [Double], _ what: String
            ) {
                guard let mean = plainEstimate.mean else { return }
                let shown = subtracted.filter { !$0.estimate.isSuppressed }
                let left = plainEstimate.n - shown.reduce(0) { $0 + $1.estimate.n }
                attack.tried += 1
                guard left > 0, left < k else { return }
                let sum =
                    mean * Double(plainEstimate.n) - shown.reduce(0) { $0 + $1.estimate.mean! * Double($1.estimate.n) }
                let recovered = sum / Double(left)
                let shownUnits = shown.reduce(into: Set<String>()) { $0.formUnion($1.units) }
                for truth in truths(shownUnits) where abs(truth - recovered) < 1e-6 {
                    attack.recovered.append(
                        "\(context): \(cell.rater)→\(cell.target) \(what) = \(recovered) (n \(left))")
                    break
                }
            }
            let segments = outputs.segmented.segments.compactMap { segment -> (NetworkCell, Set<String>)? in
                segment.analysis.cell(rater: cell.rater, target: cell.target).map { ($0, [segment.value ?? ""]) }
            }
            let whole = outputs.segmented.whole.cell(rater: cell.rater, target: cell.target)
            let everyUnit = Set(survey.units)
            // Cells: the mean of the left-over respondents' tie scores, either way of forming them.
            let cellTruths: (Set<String>) -> [Double] = { shownUnits in
                let left = members.filter { !shownUnits.contains(survey.unitOf[$0] ?? "") }
                let scores = left.map { Self.ties(survey, outputs.plain, id: $0, target: cell.target) }
                return [0, 1].compactMap { way in
                    let values = scores.compactMap { $0.count > way ? $0[way] : nil }
                    return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
                }
            }
            check(cell.estimate, segments.map { ($0.0.estimate, $0.1) }, cellTruths, "cell")
            if let whole {
                check(cell.estimate, [(whole.estimate, everyUnit)], { _ in [] }, "cell (whole)")
                // Plain minus the whole: what is left is the data of segments that hide it.
                let hidingUnits = Set(
                    segments.filter { $0.0.estimate.isSuppressed }.flatMap(\.1))
                check(
                    cell.estimate, [(whole.estimate, everyUnit.subtracting(hidingUnits))], cellTruths, "cell − whole")
            }
            for dimension in Dimension.allCases {
                let item = cell.dimensions[dimension.index].estimate
                let answerTruth: (Set<String>) -> [Double] = { shownUnits in
                    let scores = survey.answers.filter {
                        $0.raterRole == cell.rater && $0.targetRole == cell.target && $0.dimension == dimension
                            && $0.score != nil && !shownUnits.contains(survey.unitOf[$0.respondent] ?? "")
                    }.map { $0.score! }
                    return scores.isEmpty ? [] : [scores.reduce(0, +) / Double(scores.count)]
                }
                check(
                    item, segments.map { ($0.0.dimensions[dimension.index].estimate, $0.1) }, answerTruth,
                    dimension.id)
                if let whole {
                    let hidingUnits = Set(
                        segments.filter { $0.0.dimensions[dimension.index].estimate.isSuppressed }.flatMap(\.1))
                    check(
                        item, [(whole.dimensions[dimension.index].estimate, everyUnit.subtracting(hidingUnits))],
                        answerTruth, "\(dimension.id) − whole")
                }
            }
        }
        return attack
    }

    @Test func nothingIsRecoveredOnRandomSurveys() {
        var tried = 0
        var recovered: [String] = []
        for seed in UInt64(1)...40 {
            let attack = Self.attack(AttackSurvey.make(seed: seed), context: "seed \(seed)")
            tried += attack.tried
            recovered += attack.recovered
        }
        #expect(recovered.isEmpty, "\(recovered.count) recovered: \(recovered.prefix(6))")
        #expect(tried > 1000)
    }

    /// Stronger than the subtraction: for each cell the plain analysis shows, the respondents whose
    /// plain tie score no showing segment publishes as it is — their segment hides the cell, or
    /// forms their tie score from fewer answers — are none or at least k. (Plain minus the
    /// segments is then no small group's sum, even to an attacker who can tell those apart.)
    @Test func whatPlainMinusTheSegmentsLeavesIsNoSmallGroup() {
        var cells = 0
        var small: [String] = []
        for seed in UInt64(1)...40 {
            let survey = AttackSurvey.make(seed: seed)
            let outputs = Self.outputs(survey)
            for cell in outputs.plain.cells where !cell.estimate.isSuppressed {
                cells += 1
                var left = 0
                let ids = Set(survey.answers.filter { $0.raterRole == cell.rater }.map(\.respondent))
                for id in ids {
                    guard let plainTie = Self.ties(survey, outputs.plain, id: id, target: cell.target).dropFirst().first
                    else { continue }
                    let unit = survey.unitOf[id] ?? ""
                    guard let segment = outputs.segmented.segments.first(where: { $0.value == unit }),
                        let own = segment.analysis.cell(rater: cell.rater, target: cell.target),
                        !own.estimate.isSuppressed,
                        let ownTie = Self.ties(survey, segment.analysis, id: id, target: cell.target).dropFirst().first,
                        ownTie == plainTie
                    else {
                        left += 1
                        continue
                    }
                }
                if left > 0, left < Self.k { small.append("seed \(seed): \(cell.rater)→\(cell.target) leaves \(left)") }
            }
        }
        #expect(small.isEmpty, "\(small.count) of \(cells): \(small.prefix(8))")
        #expect(cells > 300)
    }

    /// A survey of two roles in three units; `sizes` gives the raters (role A) in each unit.
    static func survey(sizes: [Int], seed: UInt64) -> AttackSurvey {
        var rng = SplitMix64(seed: seed)
        var answers: [Answer] = []
        var unitOf: [String: String] = [:]
        for (number, size) in sizes.enumerated() {
            for member in 0..<size {
                let id = "U\(number)-A-\(member)"
                unitOf[id] = "U\(number)"
                for target in ["A", "B"] {
                    for dimension in Dimension.allCases {
                        answers.append(
                            Answer(
                                respondent: id, raterRole: "A", targetRole: target, dimension: dimension,
                                score: Double(Int.random(in: 1...5, using: &rng))))
                    }
                }
            }
            // Role B everywhere in numbers, so that every unit has a shown row.
            for member in 0..<4 {
                let id = "U\(number)-B-\(member)"
                unitOf[id] = "U\(number)"
                for dimension in Dimension.allCases {
                    answers.append(
                        Answer(
                            respondent: id, raterRole: "B", targetRole: "A", dimension: dimension,
                            score: Double(Int.random(in: 1...5, using: &rng))))
                }
            }
        }
        return AttackSurvey(answers: answers, unitOf: unitOf, roles: ["A", "B"], units: ["U0", "U1", "U2"])
    }

    /// A lone hidden segment (one rater beside four and five), and two hidden segments of one
    /// each beside five: plain minus the segments that show gives either back today.
    @Test(arguments: [[4, 5, 1], [1, 1, 5], [2, 6, 3], [1, 2, 7]])
    func smallSegmentsAreNotRecovered(sizes: [Int]) {
        for seed in UInt64(1)...5 {
            let attack = Self.attack(Self.survey(sizes: sizes, seed: seed), context: "\(sizes) seed \(seed)")
            #expect(attack.recovered.isEmpty, "\(attack.recovered.prefix(4))")
            #expect(attack.tried > 10)
        }
    }
}

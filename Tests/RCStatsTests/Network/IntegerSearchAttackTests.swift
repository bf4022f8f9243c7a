import RCSurvey
import Testing

@testable import RCStats

/// No hidden dimension cell can be worked out from a visible cell (SPEC §3, "Visible answers").
///
/// The attacker knows every answer except the hidden ones — the answers in dimension cells of
/// fewer than k — and the published figures of the cell: n, mean, sd and rwg(j). They try every
/// score 1…5 for each hidden answer, analyse each candidate as rckit does, and keep the
/// candidates that publish the same figures. A hidden dimension cell whose mean is the same in
/// every kept candidate is recovered. (Knowing the visible answers makes this attacker stronger
/// than one who reads the published dimension means only.)
@Suite struct IntegerSearchAttackTests {
    static let k = 3

    struct Attack {
        var cells = 0
        var recovered: [String] = []
    }

    /// The answers of `rater`'s respondents about `target` in `answers`.
    static func cellAnswers(_ answers: [Answer], rater: String, target: String) -> [Answer] {
        answers.filter { $0.raterRole == rater && $0.targetRole == target }
    }

    /// The published figures of the one cell of `answers` (rounded to `decimals` when given).
    static func published(_ answers: [Answer], rater: String, target: String, options: AnalysisOptions, decimals: Int?)
        -> [Double?]?
    {
        var builder = SurveyBuilder(roleOrder: rater == target ? [rater] : [rater, target])
        for answer in answers { _ = builder.add(answer) }
        guard let analysis = NetworkAnalysis(builder.build(), options: options),
            let cell = analysis.cell(rater: rater, target: target)
        else { return nil }
        let round: (Double?) -> Double? = { value in
            guard let value, let decimals else { return value }
            let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
            return (value * scale).rounded() / scale
        }
        return [Double(cell.estimate.n), round(cell.estimate.mean), round(cell.estimate.sd), round(cell.rwgJ)]
            + cell.dimensions.map { round($0.estimate.mean) }
    }

    /// Tries every score for the hidden answers of each visible cell of `answers` with hidden
    /// dimension cells (at most `limit` hidden answers in the cell).
    static func attack(
        _ answers: [Answer], roles: [String], options: AnalysisOptions, decimals: Int? = nil, limit: Int = 4,
        context: String
    ) -> Attack {
        var builder = SurveyBuilder(roleOrder: roles)
        for answer in answers { _ = builder.add(answer) }
        var result = Attack()
        guard let analysis = NetworkAnalysis(builder.build(), options: options) else { return result }
        for cell in analysis.cells where !cell.estimate.isSuppressed {
            let hiddenDimensions = Set(
                cell.dimensions.filter { $0.estimate.isSuppressed && $0.estimate.n > 0 }.map(\.dimension))
            guard !hiddenDimensions.isEmpty else { continue }
            let own = cellAnswers(answers, rater: cell.rater, target: cell.target)
            let hidden = own.indices.filter { own[$0].score != nil && hiddenDimensions.contains(own[$0].dimension) }
            guard hidden.count <= limit,
                let truth = published(
                    own, rater: cell.rater, target: cell.target, options: options, decimals: decimals)
            else { continue }
            // The cell alone is published as in the whole analysis, or the model is wrong.
            let whole = published(
                answers.filter { $0.raterRole == cell.rater }, rater: cell.rater, target: cell.target,
                options: options, decimals: decimals)
            #expect(whole == truth, "\(context): the cell alone differs from the cell in the analysis")
            result.cells += 1
            var means: [Dimension: Set<Double>] = [:]
            var candidate = own
            let count = hidden.count
            var scores = [Int](repeating: 1, count: count)
            while true {
                for (slot, index) in hidden.enumerated() { candidate[index].score = Double(scores[slot]) }
                if published(candidate, rater: cell.rater, target: cell.target, options: options, decimals: decimals)
                    == truth
                {
                    for dimension in hiddenDimensions {
                        let values = hidden.filter { own[$0].dimension == dimension }.map { candidate[$0].score! }
                        means[dimension, default: []].insert(values.reduce(0, +) / Double(values.count))
                    }
                }
                var position = 0
                while position < count && scores[position] == 5 {
                    scores[position] = 1
                    position += 1
                }
                if position == count { break }
                scores[position] += 1
            }
            for (dimension, candidates) in means where candidates.count == 1 {
                result.recovered.append(
                    "\(context): \(cell.rater)→\(cell.target) \(dimension.id) = \(candidates.first!)")
            }
        }
        return result
    }

    @Test func noHiddenDimensionCellIsRecoveredOnRandomSurveys() {
        var cells = 0
        var recovered: [String] = []
        for seed in UInt64(1)...40 {
            let survey = AttackSurvey.make(seed: seed)
            for unit in [nil] + survey.units.map(Optional.some) {
                let answers = survey.answers.filter { unit == nil || survey.unitOf[$0.respondent] == unit }
                let attack = Self.attack(
                    answers, roles: survey.roles, options: AnalysisOptions(minGroup: Self.k),
                    context: "seed \(seed) \(unit ?? "all")")
                cells += attack.cells
                recovered += attack.recovered
            }
        }
        #expect(recovered.isEmpty, "\(recovered.count) hidden dimension cells recovered: \(recovered.prefix(5))")
        // Visible cells with hidden dimension cells must be common, or this test proves nothing.
        #expect(cells >= 60, "only \(cells) cells attacked")
    }

    /// The issue's example: `analyze sample-data/forstuegang-efter.csv --format csv`, four decimals.
    @Test func noHiddenDimensionCellIsRecoveredFromTheSampleAtFourDecimals() throws {
        let url = NetworkReferenceTests.repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv")
        var answers: [Answer] = []
        var roles: [String] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let dimension = try #require(Dimension(matching: fields[4]))
            for role in [fields[2], fields[3]] where !roles.contains(role) { roles.append(role) }
            answers.append(
                Answer(
                    respondent: fields[0], raterRole: fields[2], targetRole: fields[3], dimension: dimension,
                    score: Double(fields[5])))
        }
        let attack = Self.attack(
            answers, roles: roles, options: AnalysisOptions(minGroup: Self.k), decimals: 4, limit: 5,
            context: "forstuegang-efter")
        #expect(attack.recovered.isEmpty, "\(attack.recovered)")
        #expect(attack.cells >= 3)
    }
}

import RCSurvey
import RCTestSupport
import Testing

@testable import RCStats

/// No hidden segment cell can be worked out from the whole organisation and the shown
/// segments (SPEC §6). On random surveys of three to four segments, some with small groups:
/// every whole cell holds exactly the ties of the segment cells shown (whole minus shown
/// segments leaves nothing), and changing the answers in hidden segment cells changes no
/// figure of the whole organisation, of any segment or of the ICC by segment.
@Suite struct SegmentAttackTests {
    static let k = 3

    struct Survey {
        var answers: [Answer]
        var unitOf: [String: String]
    }

    static func survey(seed: UInt64) -> Survey {
        var rng = SplitMix64(seed: seed)
        let roles = (0..<Int.random(in: 3...4, using: &rng)).map { "R\($0)" }
        let units = (0..<Int.random(in: 3...4, using: &rng)).map { "U\($0)" }
        var answers: [Answer] = []
        var unitOf: [String: String] = [:]
        for unit in units {
            for role in roles {
                let size =
                    Int.random(in: 0..<4, using: &rng) == 0
                    ? Int.random(in: 1...2, using: &rng) : Int.random(in: 3...6, using: &rng)
                for member in 0..<size {
                    let id = "\(unit)-\(role)-\(member)"
                    unitOf[id] = unit
                    for target in roles where Int.random(in: 0..<7, using: &rng) != 0 {
                        for dimension in Dimension.allCases {
                            let score: Double? =
                                Int.random(in: 0..<6, using: &rng) == 0
                                ? nil : Double(Int.random(in: 1...5, using: &rng))
                            answers.append(
                                Answer(
                                    respondent: id, raterRole: role, targetRole: target, dimension: dimension,
                                    score: score))
                        }
                    }
                }
            }
        }
        return Survey(answers: answers, unitOf: unitOf)
    }

    static func analyse(_ survey: Survey) -> SegmentedAnalysis {
        let units = Set(survey.unitOf.values).sorted()
        var whole = SurveyBuilder()
        var parts = units.map { _ in SurveyBuilder() }
        for answer in survey.answers {
            _ = whole.add(answer)
            if let unit = survey.unitOf[answer.respondent], let number = units.firstIndex(of: unit) {
                _ = parts[number].add(answer)
            }
        }
        let options = AnalysisOptions(minGroup: k)
        let segments = zip(units, parts).map { unit, part in
            let data = part.build()
            return SegmentRound(value: unit, round: data.rounds[0], roles: data.storageRoles, order: data.displayOrder)
        }
        let data = whole.build()
        return SegmentedAnalysis(
            data.rounds[0], roles: data.storageRoles, order: data.displayOrder, by: "unit", segments: segments,
            segmentOf: { id in survey.unitOf[id].flatMap { units.firstIndex(of: $0) } }, options: options)
    }

    /// Everything an output publishes of an analysis.
    static func published(_ analysis: NetworkAnalysis) -> [Double?] {
        var figures: [Double?] = [
            analysis.index.mean, analysis.index.sd, analysis.withinRole.mean, analysis.withinRole.sd,
            analysis.reliability.cronbachAlpha, analysis.agreement.icc1, analysis.agreement.icc2
        ]
        figures += analysis.dimensions.flatMap { [$0.estimate.mean, $0.estimate.sd, Double($0.estimate.n)] }
        for cell in analysis.cells {
            figures += [cell.estimate.mean, cell.estimate.sd, cell.rwgJ, Double(cell.estimate.n)]
            figures += cell.dimensions.flatMap { [$0.estimate.mean, $0.estimate.sd, Double($0.estimate.n)] }
        }
        figures += analysis.roleSummaries.flatMap {
            [$0.asRater.mean, $0.asTarget.mean, Double($0.asRater.n), Double($0.asTarget.n)]
        }
        return figures
    }

    @Test(arguments: Array(UInt64(1)...40))
    func hiddenSegmentCellsStayHidden(seed: UInt64) throws {
        let survey = Self.survey(seed: seed)
        let segmented = Self.analyse(survey)
        // Whole minus the shown segments leaves nothing: the whole's cells hold their ties only.
        for cell in segmented.whole.cells {
            let shown = segmented.segments.compactMap { segment -> Int? in
                guard let own = segment.analysis.cell(rater: cell.rater, target: cell.target),
                    !own.estimate.isSuppressed
                else { return nil }
                return own.estimate.n
            }.reduce(0, +)
            #expect(cell.estimate.n == shown, "seed \(seed): \(cell.rater)→\(cell.target)")
        }
        // Change every answer in a segment cell hidden with all its dimension cells.
        var hidden: Set<[String]> = []
        for segment in segmented.segments {
            for cell in segment.analysis.cells
            where cell.estimate.isSuppressed && cell.dimensions.allSatisfy(\.estimate.isSuppressed) {
                hidden.insert([segment.value ?? "", cell.rater, cell.target])
            }
        }
        var changed = 0
        var attacked = survey
        attacked.answers = survey.answers.map { answer in
            guard let x = answer.score,
                hidden.contains([survey.unitOf[answer.respondent] ?? "", answer.raterRole, answer.targetRole])
            else { return answer }
            var copy = answer
            copy.score = x == 3 ? 1 : 6 - x
            changed += 1
            return copy
        }
        let after = Self.analyse(attacked)
        #expect(
            Self.published(after.whole) == Self.published(segmented.whole),
            "seed \(seed): the whole changed (\(changed) answers changed)")
        for (a, b) in zip(after.segments, segmented.segments) {
            #expect(Self.published(a.analysis) == Self.published(b.analysis), "seed \(seed): segment \(a.value ?? "")")
        }
        #expect(after.agreement == segmented.agreement)
    }

    @Test func someSeedsHideSegmentCells() {
        let hiding = (UInt64(1)...40).filter { seed in
            Self.analyse(Self.survey(seed: seed)).segments.contains {
                $0.analysis.cells.contains { $0.estimate.hidden != nil }
            }
        }
        #expect(hiding.count >= 30)
    }
}

/// Complementary suppression across the segments of one background variable (SPEC §6).
///
/// The plain analysis of all respondents shows every cell and dimension cell that reaches k, so
/// a segment hidden alone could be worked out as the plain figure minus the segments that show
/// it. For each dimension cell the plain analysis shows, and then (the segments' tie scores
/// formed from the answers they show) for each cell it shows, the segments that hide it while
/// holding part of it must together hold none or at least k respondents; while they hold 1 to
/// k − 1, the showing segment with the smallest n (the first in segment order on a tie) hides it
/// too. What a hiding segment holds is what the plain figure minus the showing segments leaves
/// of it: for a dimension cell its answers; for a cell its respondents whose tie scores the
/// plain cell takes — a segment whose own answers are all hidden has no tie score of its own
/// there, but its respondents still are in the plain cell.
///
/// One pass settles it: a hiding segment's share (at least 1) and the smallest showing n (at
/// least k) together reach k, and hiding a cell changes no tie score. The loops run until
/// nothing changes all the same.
enum ComplementarySuppression {
    /// What each of `segments` hides beside its own suppression, in its own storage indices.
    /// `plain` is the analysis of `round` (all respondents, roles `roles` by storage index);
    /// `own` the segments' analyses without complementary suppression; `segmentOf` each of
    /// `round`'s respondents' segment (an index into `segments`), nil for none.
    static func plan(
        plain: NetworkAnalysis, round: RoundData, roles: [String], segments: [SegmentRound],
        own: [NetworkAnalysis], segmentOf: [Int?], options: AnalysisOptions
    ) -> [HiddenBeside] {
        let k = max(1, options.minGroup)
        let dimensionCount = NetworkTally.dimensionCount
        var hidden = segments.map { HiddenBeside(roleCount: $0.roles.count) }
        /// A plain cell's place in segment `s`'s storage (nil: the segment has not got the roles).
        func place(_ s: Int, _ rater: String, _ target: String) -> Int? {
            guard let a = segments[s].roles.firstIndex(of: rater), let t = segments[s].roles.firstIndex(of: target)
            else { return nil }
            return a * segments[s].roles.count + t
        }
        /// Hides, in the segments that `shows`, the one with the smallest `n` (the first on a tie)
        /// while the segments that hide the figure hold 1 to k − 1 of it.
        func settle(_ n: [Int], held: [Int], hides: (Int) -> Bool, hide: (Int) -> Void) {
            while true {
                let holding = segments.indices.filter { held[$0] > 0 && hides($0) }.reduce(0) { $0 + held[$1] }
                guard holding > 0, holding < k else { return }
                guard let next = segments.indices.filter({ !hides($0) && n[$0] >= k }).min(by: { n[$0] < n[$1] })
                else { return }
                hide(next)
            }
        }

        // Dimension cells first: the answers each segment holds.
        for cell in plain.cells {
            let places = segments.indices.map { place($0, cell.rater, cell.target) }
            for item in cell.dimensions where !item.estimate.isSuppressed {
                let d = item.dimension.index
                let n = segments.indices.map {
                    own[$0].cell(rater: cell.rater, target: cell.target)?.dimensions[d].estimate.n ?? 0
                }
                settle(
                    n, held: n,
                    hides: { s in
                        n[s] < k || places[s].map { hidden[s].dimensionCells[$0 * dimensionCount + d] } ?? true
                    },
                    hide: { s in if let p = places[s] { hidden[s].dimensionCells[p * dimensionCount + d] = true } })
            }
        }

        // Then cells: each segment's tie scores from the answers it shows …
        let tied = segments.indices.map { s in
            hidden[s].isEmpty
                ? own[s]
                : NetworkAnalysis(
                    segments[s].round, roles: segments[s].roles, order: segments[s].order, options: options,
                    admission: nil, beside: hidden[s])
        }
        // … and the plain cells' respondents by segment: those with a tie score of visible answers.
        let held = plainTies(plain: plain, round: round, roles: roles, segments: segments.count, segmentOf: segmentOf)
        let roleCount = roles.count
        for cell in plain.cells where !cell.estimate.isSuppressed {
            guard let a = roles.firstIndex(of: cell.rater), let t = roles.firstIndex(of: cell.target) else { continue }
            let places = segments.indices.map { place($0, cell.rater, cell.target) }
            let n = segments.indices.map { tied[$0].cell(rater: cell.rater, target: cell.target)?.estimate.n ?? 0 }
            settle(
                n, held: segments.indices.map { held[$0][a * roleCount + t] },
                hides: { s in n[s] < k || places[s].map { hidden[s].cells[$0] } ?? true },
                hide: { s in if let p = places[s] { hidden[s].cells[p] = true } })
        }
        return hidden
    }

    /// By segment, by cell of `round` (a × roleCount + t): the respondents with a tie score in
    /// the plain analysis — at least `minItems` answers in the dimension cells it shows.
    static func plainTies(
        plain: NetworkAnalysis, round: RoundData, roles: [String], segments: Int, segmentOf: [Int?]
    ) -> [[Int]] {
        let roleCount = roles.count
        let dimensionCount = NetworkTally.dimensionCount
        var visible = [Bool](repeating: false, count: roleCount * roleCount * dimensionCount)
        for a in 0..<roleCount {
            for t in 0..<roleCount {
                guard let cell = plain.cell(rater: roles[a], target: roles[t]) else { continue }
                for item in cell.dimensions where !item.estimate.isSuppressed {
                    visible[(a * roleCount + t) * dimensionCount + item.dimension.index] = true
                }
            }
        }
        var held = Array(repeating: [Int](repeating: 0, count: roleCount * roleCount), count: segments)
        for r in 0..<round.respondentCount {
            guard r < segmentOf.count, let s = segmentOf[r], s < segments else { continue }
            let a = round.raterRoles[r]
            for t in 0..<roleCount {
                let cell = a * roleCount + t
                let count = (0..<dimensionCount).filter {
                    visible[cell * dimensionCount + $0] && round.score(respondent: r, target: t, dimension: $0) != nil
                }.count
                if count >= plain.options.minItems { held[s][cell] += 1 }
            }
        }
        return held
    }
}

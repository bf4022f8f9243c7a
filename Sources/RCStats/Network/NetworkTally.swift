import Dispatch

/// The sums of one pass over a round's store: everything ``NetworkAnalysis`` reports, before
/// suppression. Respondents are taken in the order of their ids and targets in the order of
/// their names, not in the order the rows came: the same answers in any row order give the
/// same figures to the last bit.
///
/// A large round is summed in two halves of that order, on two threads, and the halves'
/// sums merged (Chan's formula); where it is halved depends on the number of respondents
/// only, so the figures do not depend on the machine either. The items of a compact store
/// (whole scores) are summed exactly in integers (``WholeMoments``), so their figures do not
/// depend on the halving at all.
///
/// Which answers count is `visibility`'s (SPEC §3, "Visible answers"): the dimension cells take
/// every answer (their n counts them all), tie scores only the answers in visible dimension
/// cells, and the pooled figures (index, within-role index, profile, raters, targets, alpha)
/// only the ties in visible cells and the visible answers. What is visible is known only from a
/// tally's counts, so ``NetworkAnalysis`` tallies up to three times when something is hidden:
/// first with everything visible, then with the visible dimension cells (which changes the tie
/// scores), then with the visible cells too.
struct NetworkTally {
    /// Rounds with at least this many respondents are summed in two halves.
    static let halvingThreshold = 8_192

    static let dimensionCount = 7

    let roleCount: Int
    let minItems: Int
    /// A bit per dimension asked about anywhere in the round; alpha uses only these.
    let askedDimensions: UInt8
    /// Which answers form tie scores (visible dimension cells) and which cells' ties the pooled
    /// figures take.
    let visibility: CellVisibility
    /// With `--by`: the data of the whole organisation that lies in its segments' shown cells,
    /// the only data any of its figures take (nil: all).
    let admission: SegmentAdmission?
    /// Tie scores and answers `admission` kept out (they lie in hidden cells of a segment).
    var excludedTies = 0
    var excludedAnswers = 0
    /// With `admission`: by dimension cell, every answer given, taken or kept out (whether the
    /// group answered at all). Empty without it: then the dimension cells' counts say so.
    var givenAnswers: [Int] = []

    var cellTies: [SummaryAccumulator]
    /// By dimension cell, the visible answers of the respondents with a tie score in the cell
    /// (for rwg(j), which reads visible dimension cells only).
    var tieItems: [SummaryAccumulator]
    /// For a compact store: by cell, Σ S·(420/c) over its tie scores T(r,t) = S/c, the exact
    /// numerator of the cell's mean over 420·n (``ExactMean``).
    var cellExactSums: [Int] = []
    var cellItems: [SummaryAccumulator]
    var index = SummaryAccumulator()
    var within = SummaryAccumulator()
    var profile: [SummaryAccumulator]
    var raters: [SummaryAccumulator]
    var targets: [SummaryAccumulator]
    var respondentsPerRole: [Int]
    var respondentIndex: [Double]
    // Cronbach's alpha over complete between-role ties.
    var itemSummaries: [SummaryAccumulator]
    var totalSummary = SummaryAccumulator()
    var alphaRespondents = 0
    /// For a compact store: the exact sums behind `cellItems`, `itemSummaries` and
    /// `totalSummary`, which ``add(_:roles:)`` makes from them at the end.
    private(set) var cellMoments: [WholeMoments] = []
    /// For a compact store: the exact sums of the visible answers of respondents without a tie
    /// score in the cell (fewer than `minItems` visible answers, or a tie kept out), which
    /// `tieItems` leaves out of `cellMoments`.
    private var shortTieMoments: [WholeMoments] = []
    private var itemMoments: [WholeMoments] = []
    private var totalMoments = WholeMoments()

    init(
        _ round: RoundData, roleCount: Int, minItems: Int, visibility: CellVisibility? = nil,
        admission: SegmentAdmission? = nil
    ) {
        let dimensionCount = NetworkTally.dimensionCount
        self.roleCount = roleCount
        self.minItems = minItems
        self.visibility = visibility ?? .all(roleCount: roleCount)
        self.admission = admission
        if admission != nil { givenAnswers = Array(repeating: 0, count: roleCount * roleCount * dimensionCount) }
        askedDimensions = round.askedDimensions(targets: roleCount)
        cellTies = Array(repeating: SummaryAccumulator(), count: roleCount * roleCount)
        cellItems = Array(repeating: SummaryAccumulator(), count: roleCount * roleCount * dimensionCount)
        tieItems = cellItems
        profile = Array(repeating: SummaryAccumulator(), count: dimensionCount)
        raters = Array(repeating: SummaryAccumulator(), count: roleCount)
        targets = Array(repeating: SummaryAccumulator(), count: roleCount)
        respondentsPerRole = Array(repeating: 0, count: roleCount)
        respondentIndex = Array(repeating: .nan, count: round.respondentCount)
        itemSummaries = Array(repeating: SummaryAccumulator(), count: dimensionCount)
        if round.wide == nil {
            cellExactSums = Array(repeating: 0, count: roleCount * roleCount)
            cellMoments = Array(repeating: WholeMoments(), count: roleCount * roleCount * dimensionCount)
            shortTieMoments = cellMoments
            itemMoments = Array(repeating: WholeMoments(), count: dimensionCount)
        }
    }

    /// Adds every respondent of `round`; `roles` are the role names by storage index. A round
    /// of at least `halvingThreshold` respondents is summed in two halves on two threads.
    mutating func add(_ round: RoundData, roles: [String], halvingThreshold: Int = NetworkTally.halvingThreshold) {
        let targetsByName = roles.indices.sorted {
            Array(roles[$0].utf8).lexicographicallyPrecedes(Array(roles[$1].utf8))
        }
        .filter { $0 < round.roleCapacity }  // the others have no answers
        let order = round.canonicalOrder()
        if order.count < halvingThreshold {
            add(round, order: order[...], targets: targetsByName)
        } else {
            let middle = order.count / 2
            let secondHalf = Array(order[middle...])
            let second = Half(
                NetworkTally(
                    round, roleCount: roleCount, minItems: minItems, visibility: visibility, admission: admission))
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                second.tally.add(round, order: secondHalf[...], targets: targetsByName)
                done.signal()
            }
            add(round, order: order[..<middle], targets: targetsByName)
            done.wait()
            merge(second.tally, respondents: secondHalf)
        }
        if round.wide == nil {
            cellItems = cellMoments.map(SummaryAccumulator.init)
            tieItems = zip(cellMoments, shortTieMoments).map { SummaryAccumulator($0.removing($1)) }
            itemSummaries = itemMoments.map(SummaryAccumulator.init)
            totalSummary = SummaryAccumulator(totalMoments)
        }
    }

    /// The tally of a half summed on another thread; it is read only after that thread signals.
    private final class Half: @unchecked Sendable {
        var tally: NetworkTally
        init(_ tally: NetworkTally) { self.tally = tally }
    }

    private mutating func add(_ round: RoundData, order: ArraySlice<Int>, targets: [Int]) {
        if admission == nil {
            add(round, order: order, targets: targets, gate: Ungated.self)
        } else {
            add(round, order: order, targets: targets, gate: SegmentGated.self)
        }
    }

    private mutating func add<Gate: TallyGate>(
        _ round: RoundData, order: ArraySlice<Int>, targets: [Int], gate: Gate.Type
    ) {
        if let wide = round.wide {
            wide.withUnsafeBufferPointer {
                add(round, order: order, targets: targets, WideSlots(store: $0), gate: gate)
            }
        } else {
            round.compact.withUnsafeBufferPointer {
                add(round, order: order, targets: targets, CompactSlots(store: $0), gate: gate)
            }
        }
    }

    /// Adds the sums of a tally of other respondents (`respondents`, which this one has not seen).
    private mutating func merge(_ other: NetworkTally, respondents: [Int]) {
        for i in cellTies.indices { cellTies[i].merge(other.cellTies[i]) }
        for i in cellItems.indices { cellItems[i].merge(other.cellItems[i]) }
        for i in tieItems.indices { tieItems[i].merge(other.tieItems[i]) }
        for i in profile.indices { profile[i].merge(other.profile[i]) }
        for i in raters.indices { raters[i].merge(other.raters[i]) }
        for i in targets.indices { targets[i].merge(other.targets[i]) }
        for i in itemSummaries.indices { itemSummaries[i].merge(other.itemSummaries[i]) }
        for i in respondentsPerRole.indices { respondentsPerRole[i] += other.respondentsPerRole[i] }
        for r in respondents { respondentIndex[r] = other.respondentIndex[r] }
        index.merge(other.index)
        within.merge(other.within)
        totalSummary.merge(other.totalSummary)
        for i in cellMoments.indices { cellMoments[i].merge(other.cellMoments[i]) }
        for i in shortTieMoments.indices { shortTieMoments[i].merge(other.shortTieMoments[i]) }
        for i in cellExactSums.indices { cellExactSums[i] += other.cellExactSums[i] }
        for i in itemMoments.indices { itemMoments[i].merge(other.itemMoments[i]) }
        totalMoments.merge(other.totalMoments)
        alphaRespondents += other.alphaRespondents
        excludedTies += other.excludedTies
        excludedAnswers += other.excludedAnswers
        for i in givenAnswers.indices { givenAnswers[i] += other.givenAnswers[i] }
    }

    /// `Gate`: whether `admission` applies, as a type, so that the tally without segments
    /// (nearly every run) is compiled without its checks in the loop over answers.
    private mutating func add<Slots: ScoreSlots, Gate: TallyGate>(
        _ round: RoundData, order: ArraySlice<Int>, targets targetsByName: [Int],
        _ slots: Slots, gate: Gate.Type
    ) {
        let dimensionCount = NetworkTally.dimensionCount
        let shownCells = visibility.cells
        // The sums taken once per answer go through raw pointers: taken out of the tally for the
        // loop (so nothing else holds them) and put back after.
        var allCellMoments = cellMoments, allCellItems = cellItems
        cellMoments = []
        cellItems = []
        defer {
            cellMoments = allCellMoments
            cellItems = allCellItems
        }
        // One respondent's profile: the sums of the items about other roles by dimension, then
        // their counts (whole numbers, exact as Doubles).
        var profileScratch = [Double](repeating: 0, count: 2 * dimensionCount)
        allCellMoments.withUnsafeMutableBufferPointer { cellMoments in
            allCellItems.withUnsafeMutableBufferPointer { cellItems in
                visibility.dimensionCells.withUnsafeBufferPointer { shownDimensionCells in
                    profileScratch.withUnsafeMutableBufferPointer { profileScratch in
                        for r in order {
                            add(
                                respondent: r, round, targetsByName, slots, gate: gate, shownCells: shownCells,
                                shownDimensionCells: shownDimensionCells, cellMoments: cellMoments,
                                cellItems: cellItems,
                                profileScratch: profileScratch)
                        }
                    }
                }
            }
        }
    }

    /// Adds respondent `r`'s ties and answers (see the generic `add` above).
    @inline(__always)
    private mutating func add<Slots: ScoreSlots, Gate: TallyGate>(
        respondent r: Int, _ round: RoundData, _ targetsByName: [Int], _ slots: Slots, gate: Gate.Type,
        shownCells: [Bool], shownDimensionCells: UnsafeBufferPointer<Bool>,
        cellMoments: UnsafeMutableBufferPointer<WholeMoments>,
        cellItems: UnsafeMutableBufferPointer<SummaryAccumulator>, profileScratch: UnsafeMutableBufferPointer<Double>
    ) {
        let dimensionCount = NetworkTally.dimensionCount
        let a = round.raterRoles[r]
        respondentsPerRole[a] += 1
        var tieSum = 0.0
        var tieCount = 0
        for i in profileScratch.indices { profileScratch[i] = 0 }
        var contributesToAlpha = false
        // With segments: which of the respondent's ties and answers lie in its segment's shown cells.
        let admitted = Gate.isOn ? admission?.shown(respondent: r) : nil
        for t in targetsByName {
            let tie = slots.answers(at: round.slot(r, t, 0))
            guard tie.answered != 0 else { continue }
            // The tie score: the visible answers' sum and count.
            var sum = 0.0
            var wholeSum = 0
            var count = 0
            let cellIndex = a * roleCount + t
            let cell = cellIndex * dimensionCount
            var visibleItems: UInt8 = 0
            for d in 0..<dimensionCount where tie.answered & (1 << d) != 0 {
                if Gate.isOn {
                    givenAnswers[cell + d] += 1
                    if let admitted, !admitted.dimensionCells[cell + d] {
                        excludedAnswers += 1
                        continue
                    }
                }
                let x = tie.items[d]
                if Slots.holdsWholeScores {
                    cellMoments[cell &+ d].add(Int(tie.wholes[d]))
                } else {
                    cellItems[cell &+ d].add(x)
                }
                guard shownDimensionCells[cell &+ d] else { continue }
                visibleItems |= 1 << d
                sum += x
                if Slots.holdsWholeScores { wholeSum &+= Int(tie.wholes[d]) }
                count += 1
                if t != a {
                    profileScratch[d] += x
                    profileScratch[dimensionCount &+ d] += 1
                }
            }
            guard count >= minItems, !Gate.isOn || admitted?.cells[cellIndex] ?? true else {
                if count >= minItems { excludedTies += 1 }
                if Slots.holdsWholeScores {
                    for d in 0..<dimensionCount where visibleItems & (1 << d) != 0 {
                        shortTieMoments[cell + d].add(Int(tie.wholes[d]))
                    }
                }
                continue
            }
            let score = sum / Double(count)
            cellTies[cellIndex].add(score)
            if !Slots.holdsWholeScores {
                for d in 0..<dimensionCount where visibleItems & (1 << d) != 0 { tieItems[cell + d].add(tie.items[d]) }
            }
            if Slots.holdsWholeScores { cellExactSums[cellIndex] &+= wholeSum &* NetworkTally.tieWeight(count) }
            guard shownCells[cellIndex] else { continue }
            if t == a {
                within.add(score)
            } else {
                tieSum += score
                tieCount += 1
                targets[t].add(score)
                // Alpha: ties whose answers are all visible, every dimension asked answered.
                if askedDimensions != 0, visibleItems & askedDimensions == askedDimensions {
                    var total = 0.0
                    var wholeTotal = 0
                    for d in 0..<dimensionCount where askedDimensions & (1 << d) != 0 {
                        if Slots.holdsWholeScores {
                            itemMoments[d].add(Int(tie.wholes[d]))
                            wholeTotal &+= Int(tie.wholes[d])
                        } else {
                            itemSummaries[d].add(tie.items[d])
                            total += tie.items[d]
                        }
                    }
                    if Slots.holdsWholeScores {
                        totalMoments.add(wholeTotal)
                    } else {
                        totalSummary.add(total)
                    }
                    contributesToAlpha = true
                }
            }
        }
        if contributesToAlpha { alphaRespondents += 1 }
        if tieCount > 0 {
            let value = tieSum / Double(tieCount)
            index.add(value)
            raters[a].add(value)
            respondentIndex[r] = value
        }
        for d in 0..<dimensionCount where profileScratch[dimensionCount + d] > 0 {
            profile[d].add(profileScratch[d] / profileScratch[dimensionCount + d])
        }
    }

    /// 420 / `count` (``ExactMean/tieDenominator``) for a tie of 1…7 answers, without a division.
    @inline(__always)
    private static func tieWeight(_ count: Int) -> Int {
        assert((1...7).contains(count), "a tie has one to seven answers")
        // 420, 210, 140, 105, 84, 70, 60 in 9 bits each, by count − 1.
        let weights: UInt64 = 420 | 210 << 9 | 140 << 18 | 105 << 27 | 84 << 36 | 70 << 45 | 60 << 54
        return Int(truncatingIfNeeded: weights &>> UInt64(truncatingIfNeeded: 9 &* (count &- 1))) & 0x1FF
    }
}

/// Whether a tally keeps to its segments' shown cells (``NetworkTally/admission``), known when
/// the tally's loop is compiled.
private protocol TallyGate { static var isOn: Bool { get } }
private enum Ungated: TallyGate { static var isOn: Bool { false } }
private enum SegmentGated: TallyGate { static var isOn: Bool { true } }

@_spi(FastPath) import RCSurvey

/// What the answer columns of a wide file mean in the builder: each column's place among a
/// respondent's slots (target role index × 7 + dimension index), worked out once per file.
struct WideRowPlan: Sendable {
    /// Held, so that its identity stays the file's while the plan is kept.
    let columns: WideColumns
    let offsets: [Int]
    let maxTarget: Int
    /// Whether every column's target has been noted as asked about (``SurveyBuilder/noteTarget(_:)``).
    var noted = false
}

/// The fast path's wide rows into the builder: one look-up of the respondent per row and one
/// store per answer, the same as ``accept(_:names:)`` for each answer in column order.
extension SurveyBuilder {
    /// Takes a wide row's answers up to the first one that needs more than a store in an empty
    /// slot of the compact store: a duplicate, a conflicting role, a wide store, an empty name
    /// all leave the rest (or the whole row) to ``accept(_:names:)``, having done only what that
    /// would have done for the answers before.
    package mutating func acceptRow(_ row: WideRow, names: [String]) -> Int {
        // Codes here are scores and missing only: a kept label's code would read as a score.
        assert(row.labels == nil, "labels' codes reach only the import's sink (TidyRowSink)")
        lastTie = nil
        let columns = row.columns
        guard row.respondent.count > 0, columns.count > 0, !names[row.rater.index].isEmpty else { return 0 }
        var plan: WideRowPlan
        if let known = widePlan, known.columns === columns {
            plan = known
        } else {
            guard columns.targets.allSatisfy({ !names[$0.index].isEmpty }) else { return 0 }
            // Names are interned in the order single answers would intern them: the first
            // column's target, the rater, then the other targets.
            _ = role(columns.targets[0], names)
            _ = role(row.rater, names)
            var offsets: [Int] = []
            offsets.reserveCapacity(columns.count)
            var maxTarget = 0
            for k in 0..<columns.count {
                let target = role(columns.targets[k], names)
                maxTarget = max(maxTarget, target)
                offsets.append(target &* 7 &+ columns.dimensions[k])
            }
            plan = WideRowPlan(columns: columns, offsets: offsets, maxTarget: maxTarget)
        }
        let rater = role(row.rater, names)
        let round = nameRounds.known(row.round) ?? nameRounds.remember(row.round, roundNumber(names[row.round.index]))
        if !plan.noted {
            for k in 0..<columns.count { noteTarget(plan.offsets[k] / 7) }
            plan.noted = true
        }
        widePlan = plan
        let most = max(rater, plan.maxTarget)
        if most >= rounds[round].roleCapacity { rounds[round].ensureRole(most) }
        guard rounds[round].wide == nil,
            case let .success(respondent) = findOrAddRespondent(row.respondent, round: round, rater: rater)
        else { return 0 }
        let slots = rounds[round].roleCapacity &* 7
        let base = respondent &* slots
        // The store below goes by these offsets unchecked in release builds.
        assert(
            plan.offsets.allSatisfy { (0..<slots).contains($0) }, "every column's slot lies among a respondent's slots")
        return rounds[round].compact.withUnsafeMutableBufferPointer { store in
            plan.offsets.withUnsafeBufferPointer { offsets in
                let codes = row.codes
                // Every offset is below `slots`: targets up to `maxTarget`, below the capacity.
                precondition(base >= 0 && base &+ slots <= store.count, "the respondent's slots")
                for k in 0..<codes.count {
                    let slot = base &+ offsets[k]
                    if store[slot] != 0 { return k }
                    store[slot] = codes[k]
                }
                return codes.count
            }
        }
    }

    /// Takes a guess at how many respondents a round will get (a wide file's size over its row
    /// length), to make room for them at once; a wrong guess changes nothing but the room made.
    package mutating func expect(respondents: Int) {
        expectedRespondents = max(0, min(respondents, 50_000_000))
        for k in rounds.indices { rounds[k].makeRoom(respondents: expectedRespondents) }
    }

    /// The role index of a name number whose name is not empty.
    @inline(__always)
    private mutating func role(_ name: NameNumber, _ names: [String]) -> Int {
        nameRoles.known(name) ?? nameRoles.remember(name, intern(names[name.index]))
    }
}

/// Which groups of a round answered at all, before anything was left out: a group that answered
/// but is hidden is "fewer than k" in every output, never "no answers" (SPEC §3).
struct Answered {
    /// By dimension cell, (a × roleCount + t) × 7 + d: whether it holds any answer.
    let dimensionCells: [Bool]
    let roleCount: Int

    /// Cell a × roleCount + t: any of its dimension cells.
    func cell(_ cell: Int) -> Bool {
        let first = cell * NetworkTally.dimensionCount
        return dimensionCells[first..<(first + NetworkTally.dimensionCount)].contains(true)
    }

    private func any(_ include: (_ rater: Int, _ target: Int) -> Bool) -> Bool {
        for a in 0..<roleCount {
            for t in 0..<roleCount where include(a, t) && cell(a * roleCount + t) { return true }
        }
        return false
    }

    /// Any answer about another role (the network index).
    var betweenRoles: Bool { any { $0 != $1 } }
    /// Any answer about the own role (the within-role index).
    var withinRoles: Bool { any { $0 == $1 } }
    /// Role `a` as rater: its answers about other roles.
    func asRater(_ a: Int) -> Bool { any { $0 == a && $1 != a } }
    /// Role `b` as target: other roles' answers about it.
    func asTarget(_ b: Int) -> Bool { any { $0 != b && $1 == b } }

    /// Dimension `d` of the profile: any answer on it about another role.
    func profile(_ d: Int) -> Bool {
        for a in 0..<roleCount {
            for t in 0..<roleCount where a != t && dimensionCells[(a * roleCount + t) * NetworkTally.dimensionCount + d]
            {
                return true
            }
        }
        return false
    }
}

/// One measure (a cell, a dimension, the network index) in two rounds, and how it changed
/// (SPEC §4).
public struct MeasureComparison: Sendable, Equatable {
    /// The measure before; its figures are shown only when the round's group is large enough.
    public let before: Estimate
    /// The measure after, shown on the same terms.
    public let after: Estimate
    /// Welch's t-test of after − before; nil when the comparison is suppressed.
    public let welch: WelchTest?
    /// Hedges' g; nil when suppressed or not defined (a pooled sd of zero).
    public let hedgesG: Double?

    /// Whether the comparison is withheld: a round has fewer than the minimum group (or
    /// fewer than two) respondents behind the measure.
    public var isSuppressed: Bool { welch == nil }
    /// mean after − mean before.
    public var difference: Double? { welch?.difference }

    /// Compares two estimates. Both must show their figures and rest on n ≥ max(k, 2).
    init(before: Estimate, after: Estimate, minGroup: Int) {
        self.before = before
        self.after = after
        let least = max(minGroup, 2)
        guard before.n >= least, after.n >= least,
            let a = before.figures?.summary, let b = after.figures?.summary,
            let test = WelchTest(before: a, after: b)
        else {
            welch = nil
            hedgesG = nil
            return
        }
        welch = test
        hedgesG = EffectSize.hedgesG(before: a, after: b)
    }

    /// Why a suppressed comparison is suppressed, in terms a facilitator can act on. A round whose
    /// group answered but is hidden has too few respondents, never "no answers" (SPEC §3).
    public var suppressionReason: SuppressionReason? {
        guard isSuppressed else { return nil }
        if before.hasNoAnswers || after.hasNoAnswers { return .noAnswers(before: before.n, after: after.n) }
        if before.hidden != .fewerThanK, after.hidden != .fewerThanK,
            before.hidden == .protectsOthers || after.hidden == .protectsOthers
        {
            return .hiddenBesideOthers(before: before.n, after: after.n)
        }
        return .tooFewRespondents(before: before.n, after: after.n)
    }
}

/// Why a comparison is withheld (``MeasureComparison/suppressionReason``); each case carries
/// the n of the measure in the round before and after.
public enum SuppressionReason: Sendable, Equatable {
    /// A round has no answers about the measure at all.
    case noAnswers(before: Int, after: Int)
    /// A round has fewer than k (or fewer than two) respondents behind it — perhaps none left
    /// when all of its answers lie in hidden dimension cells.
    case tooFewRespondents(before: Int, after: Int)
    /// A segment's round hides it so that a smaller segment cannot be worked out (SPEC §6).
    case hiddenBesideOthers(before: Int, after: Int)
}

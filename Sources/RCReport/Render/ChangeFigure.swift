import RCStats
import RCSurvey

/// A change printed by the report's one precision rule: means and changes with two decimals,
/// the change being the difference of the means as printed (so that 3,44 → 3,52 reads +0,08,
/// whatever the third decimals were). A third decimal only where two would contradict the
/// verdict: a reliable change that would read "3,50 → 3,50 (0,00)", or a change below δ that
/// would print as δ.
struct ChangeFigure: Sendable {
    let language: Language
    /// δ, the smallest change that matters (``ComparisonOptions/minimumChange``).
    var minimumChange = ComparisonOptions.standardMinimumChange

    /// The report's precision: two decimals for every mean and change on the scale.
    static let places = 2
    /// At most this many where two would contradict the verdict.
    static let mostPlaces = 3

    /// A change as printed: its decimals, and the difference of the printed means.
    struct Printed: Equatable {
        var places: Int
        var before: Double
        var after: Double
        /// after − before as printed, to `places` decimals.
        var difference: Double
    }

    /// `before` → `after` as printed for `verdict`.
    func printed(before: Double, after: Double, verdict: ChangeVerdict) -> Printed {
        var fallback: Printed?
        for places in Self.places...Self.mostPlaces {
            let b = StrengthFigure.rounded(before, places), a = StrengthFigure.rounded(after, places)
            let printed = Printed(
                places: places, before: b, after: a, difference: StrengthFigure.rounded(a - b, places))
            if readable(printed, verdict: verdict) { return printed }
            fallback = fallback ?? printed
        }
        return fallback ?? Printed(places: Self.places, before: before, after: after, difference: after - before)
    }

    /// Whether printed figures say what the verdict says: a reliable change is not zero, a change
    /// that matters prints at least δ, a smaller one less.
    private func readable(_ printed: Printed, verdict: ChangeVerdict) -> Bool {
        guard verdict.isReliable else { return true }
        let d = printed.difference
        guard d != 0 else { return false }
        let delta = StrengthFigure.rounded(minimumChange, printed.places)
        return verdict.matters ? abs(d) >= delta : abs(d) < delta
    }

    /// A measure's change as printed; nil when it was not compared.
    func printed(_ measure: MeasureComparison, verdict: ChangeVerdict) -> Printed? {
        guard let before = measure.before.mean, let after = measure.after.mean, measure.welch != nil else {
            return nil
        }
        return printed(before: before, after: after, verdict: verdict)
    }

    /// «2,90 → 4,10 (+1,20; 95 % KI +0,80 til +1,60)», or without the interval.
    func format(_ measure: MeasureComparison, verdict: ChangeVerdict, interval: Bool = true) -> String? {
        guard let printed = printed(measure, verdict: verdict), let welch = measure.welch else { return nil }
        let t = Phrases(language: language)
        let places = printed.places
        var text =
            "\(language.format(printed.before, decimals: places)) → \(language.format(printed.after, decimals: places)) "
            + "(\(language.formatSigned(printed.difference, decimals: places))"
        if interval, let ci = welch.confidenceInterval {
            text +=
                "; \(t.ci95) \(language.formatSigned(ci.lower, decimals: places)) \(t.to) \(language.formatSigned(ci.upper, decimals: places))"
        }
        return text + ")"
    }

    /// The change alone, signed, as ``format(_:verdict:interval:)`` prints it.
    func difference(_ measure: MeasureComparison, verdict: ChangeVerdict) -> String? {
        guard let printed = printed(measure, verdict: verdict) else { return nil }
        return language.formatSigned(printed.difference, decimals: printed.places)
    }

    /// δ as the rule prints it: two decimals, three where it needs them (0,125).
    var threshold: String {
        let places = StrengthFigure.rounded(minimumChange, Self.places) == minimumChange ? Self.places : Self.mostPlaces
        return language.format(minimumChange, decimals: places)
    }
}

extension RoundComparison {
    /// How this comparison's changes are printed (its δ).
    func figure(_ language: Language) -> ChangeFigure {
        ChangeFigure(language: language, minimumChange: options.minimumChange)
    }
}

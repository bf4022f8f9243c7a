import RCStats
import RCSurvey

/// A change printed so that its figures never contradict each other or the verdict: the
/// before and after means and the difference get as many decimals (one to three) as it takes
/// for the printed difference to equal the printed after minus the printed before, and for a
/// reliable change not to read "3,5 → 3,5 (+0,1)". Where no precision adds up exactly, the
/// fewest decimals that still show a reliable change (off by one in the last place at most).
struct ChangeFigure: Sendable {
    let language: Language

    /// The decimals for `before` → `after`, difference `difference`.
    static func decimals(before: Double, after: Double, difference: Double, reliable: Bool, least: Int = 1) -> Int {
        let most = 3
        for places in least...most {
            let b = StrengthFigure.rounded(before, places), a = StrengthFigure.rounded(after, places)
            let d = StrengthFigure.rounded(difference, places)
            let step = 1 / pow10(places)
            let consistent = abs((a - b) - d) < step / 2
            let visible = !reliable || (d != 0 && a != b)
            if consistent && visible { return places }
        }
        // No precision adds up exactly (the difference sits on a rounding edge): the fewest
        // decimals at which a reliable change still shows, off by at most one in the last place.
        for places in least...most {
            let b = StrengthFigure.rounded(before, places), a = StrengthFigure.rounded(after, places)
            if !reliable || (a != b && StrengthFigure.rounded(difference, places) != 0) { return places }
        }
        return most
    }

    private static func pow10(_ places: Int) -> Double {
        var value = 1.0
        for _ in 0..<places { value *= 10 }
        return value
    }

    /// «2,9 → 4,1 (+1,2; 95 % KI 0,8 til 1,6)», or without the interval.
    func format(_ measure: MeasureComparison, reliable: Bool, interval: Bool = true, least: Int = 1) -> String? {
        guard let before = measure.before.mean, let after = measure.after.mean, let welch = measure.welch else {
            return nil
        }
        let t = Phrases(language: language)
        let places = Self.decimals(
            before: before, after: after, difference: welch.difference, reliable: reliable, least: least)
        var text =
            "\(language.format(before, decimals: places)) → \(language.format(after, decimals: places)) "
            + "(\(language.formatSigned(welch.difference, decimals: places))"
        if interval, let ci = welch.confidenceInterval {
            text +=
                "; \(t.ci95) \(language.formatSigned(ci.lower, decimals: places)) \(t.to) \(language.formatSigned(ci.upper, decimals: places))"
        }
        return text + ")"
    }

    /// The difference alone, signed, to two decimals (more only where a reliable change would
    /// otherwise print as zero).
    func difference(_ measure: MeasureComparison, reliable: Bool) -> String? {
        guard let welch = measure.welch else { return nil }
        var places = 2
        while reliable, places < 4, StrengthFigure.rounded(welch.difference, places) == 0 { places += 1 }
        return language.formatSigned(welch.difference, decimals: places)
    }
}

import RCSurvey

/// The words of CSV for Danish Excel (`--excel`): column names and rckit's own values in the
/// output's language, so that nothing in the sheet is English to a Danish reader.
extension Phrases {
    /// A column name or value id (`mean_before`, `strong`, `shared_goals`) in words.
    func csvTerm(_ id: String) -> String {
        if let dimension = Dimension(rawValue: id) { return dimension.label(language) }
        if let strength = Strength(rawValue: id) { return strength.label(language) }
        for (suffix, da, en) in [("_before", "før", "before"), ("_after", "efter", "after")] where id.hasSuffix(suffix)
        {
            return "\(csvTerm(String(id.dropLast(suffix.count)))) \(pick(da, en))"
        }
        switch id {
        case "segment": return pick("segment", "segment")
        case "rater": return pick("bedømmer", "rater")
        case "target": return pick("bedømt", "target")
        case "mean": return pick("gennemsnit", "mean")
        case "ci_low": return pick("KI nedre", "CI low")
        case "ci_high": return pick("KI øvre", "CI high")
        case "strength": return pick("styrke", "strength")
        case "suppressed": return pick("skjult", "suppressed")
        case "measure": return pick("mål", "measure")
        case "diff": return pick("forskel", "difference")
        case "hedges_g": return "Hedges' g"
        case "matters": return pick("tydelig ændring", "clear change")
        case "index": return pick("netværksindeks", "network index")
        case "cell": return pick("relation", "tie")
        default: return id
        }
    }

    /// true and false in words.
    func csvBoolean(_ value: Bool) -> String {
        value ? pick("sand", "true") : pick("falsk", "false")
    }
}

import RCStats
import RCSurvey

/// The change heat map of two rounds: after − before per cell, blue for improvement and
/// orange for decline, changes that matter (``CellComparison/verdict``: q < 0.05 and at least δ)
/// marked ↑/↓ in the corner with a bold border and a deep colour. Cells that cannot be compared
/// show only the two n. With the script, a "clear changes only" switch fades the rest.
struct ChangeHeatmapHTML: Sendable {
    var comparison: RoundComparison
    var language: Language
    var scale: ClosedRange<Double>
    /// Makes the filter switch's id unique in the page.
    var idSuffix: String

    init(
        comparison: RoundComparison, language: Language, scale: ClosedRange<Double> = 1...5, idSuffix: String = "1"
    ) {
        self.comparison = comparison
        self.language = language
        self.scale = scale
        self.idSuffix = idSuffix
    }

    func render() -> String {
        let t = Phrases(language: language)
        let palette = ReportPalette(thresholds: comparison.before.options.strength, scale: scale)
        let cells = comparison.cells
        let roles = comparison.roles
        let language = language
        let figure = comparison.figure(language)
        let dense = roles.count > 10
        var matrix = RoleMatrixHTML(roles: roles, corner: t.raterDownTargetAcross, caption: t.changeHeatmapTitle) {
            a, b in
            let cell = cells[a * roles.count + b]
            let measure = cell.comparison
            let pair = "\(roles[a]) → \(roles[b])"
            let k = comparison.minGroup
            let before = t.count(measure.before, k: k), after = t.count(measure.after, k: k)
            let counts = (dense ? "" : "n ") + "\(before)→\(after)"
            // Large groups' counts may break after the arrow in a narrow cell (1.234→ / 1.301).
            let sub = (dense ? "" : "n ") + "\(HTML.escape(before))→<wbr>\(HTML.escape(after))"
            guard let difference = measure.difference else {
                return RoleMatrixHTML.Cell(
                    classes: ["suppressed"], main: "·", sub: sub,
                    title: "\(pair): \(t.notCompared.lowercased()) (\(counts))")
            }
            let verdict = cell.verdict
            let matters = verdict.matters
            let text = figure.difference(measure, verdict: verdict) ?? language.formatSigned(difference)
            var title = "\(pair): \(figure.format(measure, verdict: verdict, interval: false) ?? text)"
            title += " — \(t.verdictWords(verdict)) (\(counts))"
            return RoleMatrixHTML.Cell(
                classes: matters ? ["matters"] : ["unclear"],
                swatch: palette.change(difference, matters: matters),
                main: text, sub: sub, title: title,
                badge: matters ? "<span class=\"chg\">\(verdict.symbol)</span>" : "")
        }
        matrix.kind = "change"
        let id = "matters-only-\(idSuffix)"
        var out =
            "<div class=\"filter\" data-js-only hidden><label><input type=\"checkbox\" id=\"\(id)\" data-action=\"matters-only\"> "
            + "\(HTML.escape(t.mattersOnly))</label></div>\n"
        out += matrix.render()
        out += "<div class=\"legend\"><span class=\"legend-title\">\(HTML.escape(t.scaleLegendTitle)):</span>"
        let span = (scale.upperBound - scale.lowerBound) / 4
        for (value, matters, label) in [
            (-0.6 * span, true, t.changeDeclined), (-0.3 * span, false, ""),
            (0.0, false, t.changeUnclear), (0.3 * span, false, ""), (0.6 * span, true, t.changeImproved)
        ] {
            let swatch = palette.change(value, matters: matters)
            out += "<span class=\"chip\(matters ? " matters" : "")\" style=\"background:\(swatch.fill)\"></span>"
            if !label.isEmpty { out += "<span class=\"chip-label\">\(HTML.escape(label))</span>" }
        }
        out +=
            "<span class=\"key\"><span class=\"chip suppressed\"></span><span class=\"chip-label\">\(HTML.escape(t.notComparableShort))</span></span></div>\n"
        return out
    }
}

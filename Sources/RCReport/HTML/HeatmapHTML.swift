import RCStats
import RCSurvey

/// The role × role heat map of one round as an HTML table: rater roles as rows, target roles
/// as columns; in each cell the mean, the strength symbol and n, coloured by strength.
/// Suppressed cells are hatched and show only n.
struct HeatmapHTML: Sendable {
    var analysis: NetworkAnalysis
    var language: Language
    /// The response scale's range, for the colour scale.
    var scale: ClosedRange<Double> = 1...5

    func render() -> String {
        let t = Phrases(language: language)
        let palette = ReportPalette(thresholds: analysis.options.strength, scale: scale)
        let cells = analysis.cells
        let roles = analysis.roles
        let figure = StrengthFigure(thresholds: analysis.options.strength)
        let language = language
        let dense = roles.count > 10
        let k = analysis.options.minGroup
        let matrix = RoleMatrixHTML(roles: roles, corner: t.raterDownTargetAcross, caption: t.heatmapTitle) { a, b in
            let cell = cells[a * roles.count + b]
            let pair = "\(roles[a]) → \(roles[b])"
            guard let mean = cell.estimate.mean, let strength = cell.strength else {
                let besideOthers = cell.estimate.hidden == .protectsOthers
                let count = t.count(cell.estimate, k: k)
                return RoleMatrixHTML.Cell(
                    classes: ["suppressed"], main: besideOthers ? Phrases.besideOthersSymbol : "·",
                    sub: cell.estimate.hidden == .fewerThanK ? count : "n=\(count)",
                    title: "\(pair): \(t.suppressed) (\(t.countPhrase(cell.estimate, k: k)))")
            }
            let text = figure.format(mean, as: strength, language: language)
            // Beside the figure where there is room; in the corner of the narrow cells of a dense map.
            let symbol = "<span class=\"sym\">\(strength.symbol)</span>"
            var classes = ["s-\(strength.rawValue)"]
            if text.count > 4 { classes.append("long") }
            return RoleMatrixHTML.Cell(
                classes: classes, swatch: palette.strength(mean, as: strength),
                main: dense ? text : text + symbol, sub: "n=\(language.formatCount(cell.estimate.n))",
                title: "\(pair): \(text) \(strength.label(language)) (n=\(language.formatCount(cell.estimate.n)))",
                badge: dense ? symbol : "")
        }
        return matrix.render() + legend(palette: palette, t: t)
    }

    private func legend(palette: ReportPalette, t: Phrases) -> String {
        let thresholds = analysis.options.strength
        let weak = language.format(thresholds.weakBelow)
        let strong = language.format(thresholds.strongAbove)
        let span = (scale.upperBound - scale.lowerBound) / 4
        let samples: [(Double, String)] = [
            (thresholds.weakBelow - 1.2 * span, "▼ \(Strength.weak.label(language)) < \(weak)"),
            (thresholds.weakBelow - 0.4 * span, ""),
            (
                (thresholds.weakBelow + thresholds.strongAbove) / 2,
                "■ \(Strength.moderate.label(language)) \(weak)–\(strong)"
            ),
            (thresholds.strongAbove + 0.3 * span, ""),
            (thresholds.strongAbove + 0.8 * span, "▲ \(Strength.strong.label(language)) > \(strong)")
        ]
        var out = "<div class=\"legend\"><span class=\"legend-title\">\(HTML.escape(t.scaleLegendTitle)):</span>"
        for (value, label) in samples {
            let swatch = palette.strength(value)
            out += "<span class=\"chip\" style=\"background:\(swatch.fill)\"></span>"
            if !label.isEmpty { out += "<span class=\"chip-label\">\(HTML.escape(label))</span>" }
        }
        out +=
            "<span class=\"key\"><span class=\"chip suppressed\"></span><span class=\"chip-label\">· \(HTML.escape(t.suppressedNote(analysis.options.minGroup)))</span></span>"
        out += "</div>\n"
        return out
    }
}

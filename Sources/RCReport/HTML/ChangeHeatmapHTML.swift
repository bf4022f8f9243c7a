import RCStats
import RCSurvey

/// The change heat map of two rounds: after − before per cell, blue for improvement and
/// orange for decline, reliable changes (q < 0.05) marked ▲/▼ with a bold border. Cells that
/// cannot be compared show only the two n.
public struct ChangeHeatmapHTML: Sendable {
    public var comparison: RoundComparison
    public var language: Language
    public var scale: ClosedRange<Double>
    /// The q-value below which a change counts as reliable.
    public var threshold: Double = 0.05

    public init(comparison: RoundComparison, language: Language, scale: ClosedRange<Double> = 1...5) {
        self.comparison = comparison
        self.language = language
        self.scale = scale
    }

    public func render() -> String {
        let t = Phrases(language: language)
        let palette = ReportPalette(thresholds: comparison.before.options.strength, scale: scale)
        let cells = comparison.cells
        let roles = comparison.roles
        let language = language
        let threshold = threshold
        let matrix = RoleMatrixHTML(roles: roles, corner: t.raterDownTargetAcross, caption: t.changeHeatmapTitle) { a, b in
            let cell = cells[a * roles.count + b]
            let measure = cell.comparison
            let pair = "\(roles[a]) → \(roles[b])"
            let counts = "n \(measure.before.n)→\(measure.after.n)"
            guard let difference = measure.difference else {
                return RoleMatrixHTML.Cell(classes: ["suppressed"], main: "·", sub: counts,
                                           title: "\(pair): \(t.notCompared.lowercased()) (\(counts))")
            }
            let reliable = (cell.q ?? 1) < threshold
            let symbol = reliable ? (difference > 0 ? "▲" : "▼") : ""
            let text = language.formatSigned(difference)
            var title = "\(pair): \(text)"
            if let q = cell.q { title += ", q \(language.formatP(q))" }
            title += " (\(counts))"
            return RoleMatrixHTML.Cell(classes: reliable ? ["reliable"] : ["unclear"],
                                       swatch: palette.change(difference, reliable: reliable),
                                       main: text + (symbol.isEmpty ? "" : "<span class=\"sym\">\(symbol)</span>"),
                                       sub: counts, title: title)
        }
        var out = matrix.render()
        out += "<div class=\"legend\"><span class=\"legend-title\">\(HTML.escape(t.scaleLegendTitle)):</span>"
        let span = (scale.upperBound - scale.lowerBound) / 4
        for (value, reliable, label) in [(-0.6 * span, true, t.changeDeclined), (-0.3 * span, false, ""),
                                         (0.0, false, t.changeUnclear), (0.3 * span, false, ""), (0.6 * span, true, t.changeImproved)] {
            let swatch = palette.change(value, reliable: reliable)
            out += "<span class=\"chip\(reliable ? " reliable" : "")\" style=\"background:\(swatch.fill)\"></span>"
            if !label.isEmpty { out += "<span class=\"chip-label\">\(HTML.escape(label))</span>" }
        }
        out += "<span class=\"key\"><span class=\"chip suppressed\"></span><span class=\"chip-label\">\(HTML.escape(t.notComparableShort))</span></span></div>\n"
        return out
    }
}

import RCStats
import RCSurvey

/// The terminal view of a comparison: the summary, the network index and dimension profile
/// before and after, and the change heat map (difference per cell, changes that matter marked).
struct ComparisonTable: Sendable {
    var comparison: RoundComparison
    var language: Language
    var color = false

    private var t: Phrases { Phrases(language: language) }
    private func bold(_ text: String) -> String { color ? TerminalColor.bold(text) : text }

    func render() -> String {
        let before = TextColumns.sanitize(comparison.before.round)
        let after = TextColumns.sanitize(comparison.after.round)
        var out = bold("\(t.relationalCoordination) · \(t.comparisonTitle.lowercased()): \(before) → \(after)") + "\n\n"
        out += bold(t.summaryTitle) + "\n"
        for line in ComparisonSummary(comparison: comparison, language: language).lines {
            out += "  " + TextColumns.sanitize(line) + "\n"
        }
        out += "\n" + measures()
        for analysis in [comparison.before, comparison.after] where !analysis.leftOut.isEmpty {
            out +=
                "  \(TextColumns.sanitize(analysis.round)): "
                + t.leftOutExplained(analysis.leftOut, k: analysis.options.minGroup) + "\n"
        }
        out += "\n" + heatmap()
        return out
    }

    private func row(_ label: String, _ measure: MeasureComparison, verdict: ChangeVerdict, width: Int) -> String {
        // As the report prints them: the change is the difference of the printed means.
        let printed = comparison.figure(language).printed(measure, verdict: verdict)
        let places = printed?.places ?? ChangeFigure.places
        func side(_ estimate: Estimate) -> String {
            estimate.mean.map { "\(language.format($0, decimals: places)) (\(language.formatCount(estimate.n)))" }
                ?? "· (\(t.count(estimate, k: comparison.minGroup)))"
        }
        var line =
            "  " + TextColumns.padRight(label, width) + TextColumns.padLeft(side(measure.before), 14)
            + TextColumns.padLeft(side(measure.after), 14)
        if let welch = measure.welch, let printed {
            line += TextColumns.padLeft(language.formatSigned(printed.difference, decimals: places), 9)
            if let interval = welch.confidenceInterval {
                line +=
                    "  [\(language.format(interval.lower, decimals: places)); \(language.format(interval.upper, decimals: places))]"
            }
            if let p = welch.pValue { line += "  p \(language.formatP(p))" }
            if let g = measure.hedgesG { line += "  g \(language.format(g))" }
        } else {
            line += TextColumns.padLeft("·", 9)
        }
        return line + "\n"
    }

    func measures() -> String {
        let width = max(t.networkIndex.count, Dimension.allCases.map { $0.label(language).count }.max() ?? 0) + 2
        var out =
            "  " + TextColumns.padRight("", width) + TextColumns.padLeft(t.before, 14)
            + TextColumns.padLeft(t.after, 14)
            + TextColumns.padLeft(t.difference, 9) + "\n"
        out += row(t.networkIndex, comparison.index, verdict: comparison.indexVerdict, width: width)
        for item in comparison.dimensions {
            out += row(item.dimension.label(language), item.comparison, verdict: item.verdict, width: width)
        }
        return out
    }

    func heatmap() -> String {
        let roles = comparison.roles.map(TextColumns.sanitize)
        let cellWidth = 10
        var out = TextColumns.roleGrid(
            title: bold(t.changeHeatmapTitle), corner: t.raterTarget, roles: roles, cellWidth: cellWidth
        ) { a, b in
            let cell = comparison.cells[a * roles.count + b]
            var text = "· "
            var strength: Strength?
            if let difference = cell.comparison.difference {
                let verdict = cell.verdict
                text =
                    (comparison.figure(language).difference(cell.comparison, verdict: verdict)
                        ?? language.formatSigned(difference)) + (verdict.matters ? verdict.symbol : " ")
                strength = verdict.matters ? (difference > 0 ? .strong : .weak) : .moderate
            }
            text = TextColumns.padLeft(text, cellWidth - 1)
            return color && strength != .moderate ? TerminalColor.paint(text, strength) : text
        }
        out += t.changeLegend(delta: comparison.figure(language).threshold) + "\n"
        return out
    }
}

import RCStats
import RCSurvey

/// A comparison as tables for other tools: Markdown and CSV, one row per cell.
struct ComparisonTabular: Sendable {
    var comparison: RoundComparison
    var language: Language
    /// With `--where`: the segment the comparison is, the CSV's first column (`segment`), as in
    /// `compare --by`'s CSV.
    var segment: SegmentName?

    private var t: Phrases { Phrases(language: language) }
    private func fmt(_ value: Double?) -> String { value.map { language.format($0) } ?? "·" }
    private var k: Int { comparison.minGroup }

    func markdown() -> String {
        var out = "## \(t.summaryTitle)\n\n"
        for line in ComparisonSummary(comparison: comparison, language: language).lines {
            out +=
                line.hasPrefix("  ")
                ? "  - \(Markdown.escape(line.trimmingWhitespace()))\n" : "- \(Markdown.escape(line))\n"
        }
        out += "\n## \(t.changeHeatmapTitle)\n\n"
        out += Markdown.roleGrid(comparison.roles, corner: t.raterTarget) { a, b in
            let cell = comparison.cells[a * comparison.roles.count + b]
            guard let difference = comparison.figure(language).difference(cell.comparison, verdict: cell.verdict) else {
                return "·"
            }
            return "\(difference)\(cell.verdict.matters ? " " + cell.verdict.symbol : "")"
        }
        out += "\n" + t.changeLegend(delta: comparison.figure(language).threshold) + "\n"
        out += "\n| | \(t.before) | \(t.after) | \(t.difference) | \(t.ci95) | p |\n|---|---:|---:|---:|---|---:|\n"
        func row(_ label: String, _ measure: MeasureComparison, _ verdict: ChangeVerdict) -> String {
            // As the report prints them: the change is the difference of the printed means.
            let printed = comparison.figure(language).printed(measure, verdict: verdict)
            let places = printed?.places ?? ChangeFigure.places
            func side(_ estimate: Estimate) -> String {
                "\(estimate.mean.map { language.format($0, decimals: places) } ?? "·") (\(t.count(estimate, k: k)))"
            }
            let interval =
                measure.welch?.confidenceInterval.map {
                    "\(language.format($0.lower, decimals: places)) \(t.to) \(language.format($0.upper, decimals: places))"
                } ?? "·"
            let difference = printed.map { language.formatSigned($0.difference, decimals: places) } ?? "·"
            return
                "| \(label) | \(side(measure.before)) | \(side(measure.after)) | "
                + "\(difference) | \(interval) | \(measure.welch?.pValue.map(language.formatP) ?? "·") |\n"
        }
        out += row(t.networkIndex, comparison.index, comparison.indexVerdict)
        for item in comparison.dimensions { out += row(item.dimension.label(language), item.comparison, item.verdict) }
        for analysis in [comparison.before, comparison.after] where !analysis.leftOut.isEmpty {
            out +=
                "\n\(Markdown.escape(analysis.round)): "
                + Markdown.escape(t.leftOutExplained(analysis.leftOut, k: analysis.options.minGroup)) + "\n"
        }
        return out
    }

    func csv(excel: Bool = false) -> String {
        SpreadsheetCSV.table(
            csvRows(), segment: segment.map { $0.value ?? t.noValue }, excel: excel, language: language)
    }

    /// The rows of ``csv(excel:)``, the header first.
    func csvRows() -> [[SpreadsheetCSV.Cell]] {
        var table: [[SpreadsheetCSV.Cell]] = []
        table.append(
            [
                "measure", "rater", "target", "n_before", "mean_before", "sd_before", "n_after", "mean_after",
                "sd_after",
                "diff", "ci_low", "ci_high", "t", "df", "p", "q", "hedges_g", "suppressed", "matters"
            ].map(SpreadsheetCSV.Cell.term))
        func row(
            _ measure: String, _ rater: String, _ target: String, _ m: MeasureComparison, q: Double?,
            verdict: ChangeVerdict
        ) {
            let w = m.welch
            table.append([
                .term(measure), .text(rater), .text(target),
                AnalysisTabular.count(m.before, k: k), .number(m.before.mean, decimals: -1),
                .number(m.before.sd, decimals: -1),
                AnalysisTabular.count(m.after, k: k), .number(m.after.mean, decimals: -1),
                .number(m.after.sd, decimals: -1),
                .number(w?.difference, decimals: -1), .number(w?.confidenceInterval?.lower, decimals: -1),
                .number(w?.confidenceInterval?.upper, decimals: -1), .number(w?.t, decimals: -1),
                .number(w?.degreesOfFreedom, decimals: -1), .number(w?.pValue, decimals: -1), .number(q, decimals: -1),
                .number(m.hedgesG, decimals: -1), .boolean(m.isSuppressed), .boolean(verdict.matters)
            ])
        }
        row("index", "", "", comparison.index, q: nil, verdict: comparison.indexVerdict)
        for item in comparison.dimensions {
            row(item.dimension.id, "", "", item.comparison, q: item.q, verdict: item.verdict)
        }
        for cell in comparison.cells {
            row("cell", cell.rater, cell.target, cell.comparison, q: cell.q, verdict: cell.verdict)
        }
        return table
    }
}

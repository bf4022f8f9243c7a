import RCStats
import RCSurvey

/// The network as tables for other tools: Markdown for documents, CSV for spreadsheets.
struct AnalysisTabular: Sendable {
    var analysis: NetworkAnalysis
    var language: Language
    /// With `--where`: the segment the analysis is — the Markdown's first heading, and the CSV's
    /// first column (`segment`), as in `--by`'s CSV.
    var segment: SegmentName?

    private var t: Phrases { Phrases(language: language) }

    /// The heat map as a Markdown table, then the dimension profile and the roles.
    func markdown() -> String {
        let figure = StrengthFigure(thresholds: analysis.options.strength)
        var out = segment?.markdownHeading(language) ?? ""
        out += "## \(t.heatmapTitle)\n\n"
        out += Markdown.roleGrid(analysis.roles, corner: t.raterTarget) { a, b in
            let cell = analysis.cells[a * analysis.roles.count + b]
            if let mean = cell.estimate.mean, let strength = cell.strength {
                return
                    "\(figure.format(mean, as: strength, language: language)) \(strength.symbol) (\(language.formatCount(cell.estimate.n)))"
            }
            let mark = cell.estimate.hidden == .protectsOthers ? Phrases.besideOthersSymbol : "·"
            return "\(mark) (\(t.count(cell.estimate, k: k)))"
        }
        let strongText = language.format(analysis.options.strength.strongAbove)
        let weakText = language.format(analysis.options.strength.weakBelow)
        out +=
            "\n"
            + t.legend.replacingOccurrences(of: "%STRONG", with: strongText)
            .replacingOccurrences(of: "%WEAK", with: weakText)
            .replacingOccurrences(of: "%K", with: "\(analysis.options.minGroup)") + "\n"
        if analysis.cells.contains(where: { $0.estimate.hidden == .protectsOthers }) {
            out += "\n" + Markdown.escape(t.besideOthersLegend) + "\n"
        }
        for line in t.agreementLines(analysis) { out += "\n" + Markdown.escape(line) + "\n" }
        if !analysis.leftOut.isEmpty {
            out += "\n" + Markdown.escape(t.leftOutExplained(analysis.leftOut, k: k)) + "\n"
        }
        out += "\n## \(t.dimensionProfile)\n\n| \(t.dimension) | n | \(t.mean) | \(t.sd) |\n|---|---:|---:|---:|\n"
        for item in analysis.dimensions {
            out +=
                "| \(item.dimension.label(language)) | \(t.count(item.estimate, k: k)) | \(fmt(item.estimate.mean)) | \(fmt(item.estimate.sd)) |\n"
        }
        out +=
            "\n## \(t.roles)\n\n| \(t.role) | \(t.respondents) | \(t.asRater) | \(t.asTarget) |\n|---|---:|---:|---:|\n"
        for summary in analysis.roleSummaries {
            out +=
                "| \(Markdown.escape(summary.role)) | \(language.formatCount(summary.respondents)) | \(brief(summary.asRater)) | \(brief(summary.asTarget)) |\n"
        }
        return out
    }

    private var k: Int { analysis.options.minGroup }
    private func fmt(_ value: Double?) -> String { value.map { language.format($0) } ?? "·" }
    private func brief(_ estimate: Estimate) -> String {
        estimate.mean.map { "\(language.format($0)) (\(language.formatCount(estimate.n)))" }
            ?? "· (\(t.count(estimate, k: k)))"
    }

    /// One row per rater × target cell with its figures and per-dimension means. A group that
    /// answered but is hidden reads "<k" in `n` (and in its dimension's column), never 0.
    func csv(excel: Bool = false) -> String {
        SpreadsheetCSV.table(
            csvRows(), segment: segment.map { $0.value ?? t.noValue }, excel: excel, language: language)
    }

    /// The rows of ``csv(excel:)``, the header first.
    func csvRows() -> [[SpreadsheetCSV.Cell]] {
        var table: [[SpreadsheetCSV.Cell]] = []
        table.append(
            (["rater", "target", "n", "mean", "sd", "ci_low", "ci_high", "strength", "suppressed"]
                + Dimension.allCases.map(\.id)).map(SpreadsheetCSV.Cell.term))
        for cell in analysis.cells {
            var row: [SpreadsheetCSV.Cell] = [
                .text(cell.rater), .text(cell.target), Self.count(cell.estimate, k: k),
                .number(cell.estimate.mean, decimals: 4), .number(cell.estimate.sd, decimals: 4),
                .number(cell.estimate.figures?.ci?.lowerBound, decimals: 4),
                .number(cell.estimate.figures?.ci?.upperBound, decimals: 4),
                cell.strength.map { .term($0.rawValue) } ?? .text(""), .boolean(cell.estimate.isSuppressed)
            ]
            row += cell.dimensions.map { item in
                item.estimate.hidden == .fewerThanK ? .text("<\(k)") : .number(item.estimate.mean, decimals: 4)
            }
            table.append(row)
        }
        return table
    }

    /// `n` as a CSV cell: the number, or "<k" for a group that answered but is hidden.
    static func count(_ estimate: Estimate, k: Int) -> SpreadsheetCSV.Cell {
        estimate.hidden == .fewerThanK ? .text("<\(k)") : .integer(estimate.n)
    }
}

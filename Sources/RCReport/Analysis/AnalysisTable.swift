import RCStats
import RCSurvey

/// The terminal view of a network analysis: headline figures, the role × role heat map
/// (rater roles as rows, target roles as columns, mean and n in each cell), the dimension
/// profile, the roles, and the largest reciprocity gaps.
struct AnalysisTable: Sendable {
    var analysis: NetworkAnalysis
    var ingest: IngestCounts? = nil
    var language: Language
    /// ANSI colours (for a terminal); plain text otherwise.
    var color = false
    /// With `--where`: the segment the analysis is, as the heading.
    var segment: SegmentName?

    private var t: Phrases { Phrases(language: language) }
    /// The role names, safe to print (computed: take a copy before a loop).
    private var roles: [String] { analysis.roles.map(TextColumns.sanitize) }

    func render() -> String {
        var out = segment?.tableHeading(language, color: color) ?? ""
        out += header()
        out += "\n" + heatmap()
        out += "\n" + profile()
        out += "\n" + roleTable()
        let gaps = analysis.reciprocityGaps.prefix(5)
        if !gaps.isEmpty {
            out += "\n\(bold(t.reciprocity))\n"
            for gap in gaps {
                out +=
                    "  \(TextColumns.sanitize(gap.roleA)) → \(TextColumns.sanitize(gap.roleB)) "
                    + "\(language == .da ? "minus omvendt" : "minus reverse"): \(language.formatSigned(gap.gap))\n"
            }
        }
        return out
    }

    private func bold(_ text: String) -> String { color ? TerminalColor.bold(text) : text }

    private var k: Int { analysis.options.minGroup }

    private func estimateText(_ estimate: Estimate) -> String {
        guard let figures = estimate.figures else { return "— (\(t.countPhrase(estimate, k: k)))" }
        var text = "\(language.format(figures.mean)) (n=\(language.formatCount(estimate.n))"
        if let sd = figures.sd { text += ", sd \(language.format(sd))" }
        return text + ")"
    }

    func header() -> String {
        var title = t.relationalCoordination
        if !analysis.round.isEmpty { title += " · \(t.round.lowercased()) \(TextColumns.sanitize(analysis.round))" }
        title +=
            " · \(language.formatCount(analysis.respondents)) \(t.respondents) · \(t.minGroup) \(analysis.options.minGroup)"
        var out = bold(title) + "\n"
        if let ingest { out += "\(t.ingest): \(t.ingestLine(ingest))\n" }
        out += "\n\(t.networkIndex): \(estimateText(analysis.index))\n"
        out += "\(t.withinRoleIndex): \(estimateText(analysis.withinRole))\n"
        if let alpha = analysis.reliability.cronbachAlpha {
            out +=
                "\(t.reliability): \(language.format(alpha)) (\(language.formatCount(analysis.reliability.n)) \(t.ties))\n"
        } else {
            out += "\(t.reliability): \(t.notComputable) (\(language.formatCount(analysis.reliability.n)) \(t.ties))\n"
        }
        for line in t.agreementLines(analysis) { out += TextColumns.sanitize(line) + "\n" }
        if !analysis.leftOut.isEmpty { out += t.leftOutExplained(analysis.leftOut, k: k) + "\n" }
        return out
    }

    func heatmap() -> String {
        let roles = self.roles
        let figure = StrengthFigure(thresholds: analysis.options.strength)
        let cellWidth = 11
        var out = TextColumns.roleGrid(
            title: bold(t.heatmapTitle), corner: t.raterTarget, roles: roles, cellWidth: cellWidth
        ) { a, b in
            let cell = analysis.cells[a * roles.count + b]
            var text: String
            if let mean = cell.estimate.mean, let strength = cell.strength {
                text =
                    "\(figure.format(mean, as: strength, language: language))\(strength.symbol) \(TextColumns.padLeft("\(language.formatCount(cell.estimate.n))", 3))"
            } else {
                let mark = cell.estimate.hidden == .protectsOthers ? Phrases.besideOthersSymbol : "·"
                text = "   \(mark) \(TextColumns.padLeft(t.count(cell.estimate, k: k), 3))"
            }
            text = TextColumns.padLeft(text, cellWidth - 1)
            return color ? TerminalColor.paint(text, cell.strength) : text
        }
        let strongText = language.format(analysis.options.strength.strongAbove)
        let weakText = language.format(analysis.options.strength.weakBelow)
        out +=
            t.legend.replacingOccurrences(of: "%STRONG", with: strongText)
            .replacingOccurrences(of: "%WEAK", with: weakText)
            .replacingOccurrences(of: "%K", with: "\(analysis.options.minGroup)") + "\n"
        if analysis.cells.contains(where: { $0.estimate.hidden == .protectsOthers }) {
            out += t.besideOthersLegend + "\n"
        }
        out +=
            (language == .da
                ? "Tal i cellen: gennemsnit, symbol, antal respondenter."
                : "In each cell: mean, symbol, number of respondents.") + "\n"
        return out
    }

    func profile() -> String {
        var out = bold(t.dimensionProfile) + "\n"
        let width = Dimension.allCases.map { $0.label(language).count }.max() ?? 0
        for item in analysis.dimensions {
            out +=
                "  " + TextColumns.padRight(item.dimension.label(language), width + 2) + estimateText(item.estimate)
                + "\n"
        }
        return out
    }

    func roleTable() -> String {
        let roles = self.roles
        let nameWidth = max(t.role.count, roles.map(\.count).max() ?? 0) + 2
        var out = bold(t.roles) + "\n"
        out +=
            "  " + TextColumns.padRight(t.role, nameWidth) + TextColumns.padLeft(t.respondents.capitalized, 13)
            + TextColumns.padLeft(t.asRater, 16) + TextColumns.padLeft(t.asTarget, 16) + "\n"
        for (index, summary) in analysis.roleSummaries.enumerated() {
            func brief(_ estimate: Estimate) -> String {
                estimate.mean.map { "\(language.format($0)) (\(language.formatCount(estimate.n)))" }
                    ?? "· (\(t.count(estimate, k: k)))"
            }
            out +=
                "  " + TextColumns.padRight(roles[index], nameWidth)
                + TextColumns.padLeft("\(language.formatCount(summary.respondents))", 13)
                + TextColumns.padLeft(brief(summary.asRater), 16) + TextColumns.padLeft(brief(summary.asTarget), 16)
                + "\n"
        }
        return out
    }
}

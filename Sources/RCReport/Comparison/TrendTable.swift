import RCStats
import RCSurvey

/// Three or more rounds side by side: the network index, the within-role index and each
/// dimension per round, with the change from the round before marked where it matters (SPEC §4).
struct TrendTable: Sendable {
    /// Consecutive comparisons: round 1 → 2, 2 → 3, …
    var comparisons: [RoundComparison]
    var language: Language

    private var t: Phrases { Phrases(language: language) }
    private var minGroup: Int { comparisons.first?.minGroup ?? 3 }

    var analyses: [NetworkAnalysis] {
        guard let first = comparisons.first else { return [] }
        return [first.before] + comparisons.map(\.after)
    }

    /// Rows of (label, one cell per round).
    var rows: [(String, [String])] {
        // The report's one rule (SPEC §4): p for the index, BH q over the seven dimensions, and δ.
        func cell(_ estimate: Estimate, _ verdict: ChangeVerdict?) -> String {
            guard let mean = estimate.mean else { return "· (\(t.count(estimate, k: minGroup)))" }
            var text = language.format(mean)
            if let verdict, verdict.matters { text += " " + verdict.symbol }
            return text
        }
        var rows: [(String, [String])] = []
        rows.append(
            (
                t.networkIndex,
                analyses.enumerated().map { index, analysis in
                    cell(analysis.index, index == 0 ? nil : comparisons[index - 1].indexVerdict)
                }
            ))
        rows.append((t.withinRoleIndex, analyses.map { cell($0.withinRole, nil) }))
        for dimension in Dimension.allCases {
            rows.append(
                (
                    dimension.label(language),
                    analyses.enumerated().map { index, analysis in
                        cell(
                            analysis.dimensions[dimension.index].estimate,
                            index == 0 ? nil : comparisons[index - 1].dimensions[dimension.index].verdict)
                    }
                ))
        }
        return rows
    }

    func render() -> String {
        let labels = analyses.map { TextColumns.sanitize($0.round) }
        let width =
            max(
                t.networkIndex.count, t.withinRoleIndex.count,
                Dimension.allCases.map { $0.label(language).count }.max() ?? 0) + 2
        let column = max(12, (labels.map(\.count).max() ?? 0) + 2)
        var out = t.trendTitle + "\n  " + TextColumns.padRight("", width)
        for label in labels { out += TextColumns.padLeft(label, column) }
        out += "\n"
        for (label, cells) in rows {
            out += "  " + TextColumns.padRight(label, width)
            for cell in cells { out += TextColumns.padLeft(cell, column) }
            out += "\n"
        }
        out += t.trendLegend(delta: comparisons.first?.figure(language).threshold ?? "") + "\n"
        return out
    }

    func markdown() -> String {
        var out =
            "## \(t.trendTitle)\n\n| | " + analyses.map { Markdown.escape($0.round) }.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: analyses.count) + "\n"
        for (label, cells) in rows { out += "| \(label) | " + cells.joined(separator: " | ") + " |\n" }
        return out
    }
}

import RCStats
import RCSurvey

/// The largest reciprocity gaps as a table: both directions' means, the gap and a bar.
struct ReciprocityHTML: Sendable {
    var analysis: NetworkAnalysis
    var language: Language
    /// How many pairs to show.
    var limit: Int = 8

    func render() -> String {
        let t = Phrases(language: language)
        let gaps = analysis.reciprocityGaps.prefix(limit)
        guard let largest = gaps.first?.gap, largest > 0 else {
            return "<p class=\"explain\">\(HTML.escape(t.noGaps))</p>\n"
        }
        let number = Dictionary(
            analysis.roles.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        var out =
            "<table class=\"data gaps\"><thead><tr><th>A</th><th>B</th><th class=\"num\">\(HTML.escape(t.aRatesB))</th>"
            + "<th class=\"num\">\(HTML.escape(t.bRatesA))</th><th class=\"num\">\(HTML.escape(t.gap))</th><th></th></tr></thead><tbody>\n"
        for gap in gaps {
            let ab = analysis.cell(rater: gap.roleA, target: gap.roleB)?.estimate.mean
            let ba = analysis.cell(rater: gap.roleB, target: gap.roleA)?.estimate.mean
            let share = gap.gap / largest
            let width = share.isFinite ? Int((min(max(share, -1), 1) * 120).rounded()) : 0
            out +=
                "<tr><td class=\"name\"><span class=\"muted\">\(number[gap.roleA] ?? 0)</span> \(HTML.escape(gap.roleA))</td>"
                + "<td class=\"name\"><span class=\"muted\">\(number[gap.roleB] ?? 0)</span> \(HTML.escape(gap.roleB))</td>"
                + "<td class=\"num\">\(ab.map { language.format($0) } ?? "·")</td><td class=\"num\">\(ba.map { language.format($0) } ?? "·")</td>"
                + "<td class=\"num\"><strong>\(language.formatSigned(gap.gap))</strong></td>"
                + "<td><span class=\"gapbar\" style=\"width:\(max(width, 2))px\"></span></td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}

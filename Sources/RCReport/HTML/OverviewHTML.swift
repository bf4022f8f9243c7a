import RCStats
import RCSurvey

/// The report's overview: headline figures per round, the numbered role list with
/// respondents per role, and what was suppressed and why.
struct OverviewHTML: Sendable {
    /// The rounds, in order.
    var analyses: [NetworkAnalysis]
    var language: Language
    /// Consecutive comparisons of `analyses`: a later round's index card then says whether its
    /// change from the round before is a clear one, so that a move across a strength threshold is
    /// not read as a change the report does not find.
    var comparisons: [RoundComparison] = []

    private var t: Phrases { Phrases(language: language) }
    /// The minimum group size (the same in every round).
    private var k: Int { analyses.first?.options.minGroup ?? 3 }

    func render() -> String {
        guard !analyses.isEmpty else { return "" }
        var out = ""
        for (position, analysis) in analyses.enumerated() {
            if analyses.count > 1 {
                out += "<h3>\(HTML.escape(t.roundHeading)): \(HTML.escape(analysis.round))</h3>\n"
            }
            out += kpis(
                analysis, change: position > 0 && position - 1 < comparisons.count ? comparisons[position - 1] : nil)
            for line in t.agreementLines(analysis) {
                out += "<p class=\"explain agreement\">\(HTML.escape(line))</p>\n"
            }
        }
        out += "<h3>\(HTML.escape(t.roleList))</h3>\n" + roleTable()
        out += "<h3>\(HTML.escape(t.whatWasSuppressed))</h3>\n"
        for analysis in analyses {
            if analyses.count > 1 {
                out +=
                    "<p class=\"explain\"><strong>\(HTML.escape(t.roundHeading)): \(HTML.escape(analysis.round))</strong></p>\n"
            }
            out += suppression(analysis)
        }
        return out
    }

    private func estimateKPI(_ label: String, _ estimate: Estimate, thresholds: StrengthThresholds, change: String = "")
        -> String
    {
        guard let figures = estimate.figures else {
            return
                "<div class=\"kpi\"><div class=\"label\">\(HTML.escape(label))</div><div class=\"value muted\">·</div>"
                + "<div class=\"sub\">\(HTML.escape(t.suppressed)) (\(HTML.escape(t.countPhrase(estimate, k: k))))</div></div>"
        }
        let strength = thresholds.strength(of: figures.mean)
        var sub = "n=\(language.formatCount(estimate.n))"
        if let sd = figures.sd { sub += " · \(t.sd.lowercased()) \(language.format(sd))" }
        if let ci = figures.summary.confidenceInterval(level: 0.95) {
            // "95 % KI" held together (no line break between 95 and %).
            let ci95 = t.ci95.replacingOccurrences(of: " ", with: "\u{A0}")
            sub += " · \(ci95) \(language.format(ci.lower))–\(language.format(ci.upper))"
        }
        return "<div class=\"kpi s-\(strength.rawValue)\"><div class=\"label\">\(HTML.escape(label))</div>"
            + "<div class=\"value\">\(StrengthFigure(thresholds: thresholds).format(figures.mean, as: strength, language: language)) <span class=\"sym\">\(strength.symbol)</span></div>"
            + "<div class=\"sub\">\(HTML.escape(strength.label(language))) · \(sub)</div>"
            + (change.isEmpty ? "" : "<div class=\"sub change\">\(HTML.escape(change))</div>") + "</div>"
    }

    func kpis(_ analysis: NetworkAnalysis, change comparison: RoundComparison? = nil) -> String {
        let thresholds = analysis.options.strength
        var out = "<div class=\"kpis\">"
        out +=
            "<div class=\"kpi\"><div class=\"label\">\(HTML.escape(t.respondentsTitle))</div><div class=\"value\">\(language.formatCount(analysis.respondents))</div>"
            + "<div class=\"sub\">\(analysis.roles.count) \(HTML.escape(t.roles.lowercased())) · \(HTML.escape(t.groupsOfAtLeast(analysis.options.minGroup)))</div></div>"
        var change = ""
        if let comparison,
            let difference = comparison.figure(language).difference(comparison.index, verdict: comparison.indexVerdict)
        {
            change = t.indexChangeSince(
                comparison.before.round, difference: difference, verdict: comparison.indexVerdict)
        }
        out += estimateKPI(t.networkIndex, analysis.index, thresholds: thresholds, change: change)
        out += estimateKPI(t.withinRoleIndex, analysis.withinRole, thresholds: thresholds)
        let alpha = analysis.reliability.cronbachAlpha.map { language.format($0) } ?? "·"
        let alphaNote = analysis.reliability.cronbachAlpha == nil ? "\(t.notComputable) · " : ""
        out +=
            "<div class=\"kpi\"><div class=\"label\">\(HTML.escape(t.reliability))</div><div class=\"value\">\(alpha)</div>"
            + "<div class=\"sub\">\(HTML.escape(alphaNote))\(language.formatCount(analysis.reliability.n)) \(HTML.escape(t.ties))</div></div>"
        return out + "</div>\n"
    }

    func roleTable() -> String {
        guard let first = analyses.first else { return "" }
        let columns =
            "<th class=\"num\">\(HTML.escape(t.respondents.capitalized))</th>"
            + "<th class=\"num\">\(HTML.escape(t.asRater))</th><th class=\"num\">\(HTML.escape(t.asTarget))</th>"
        var out = "<table class=\"data roles\"><thead>"
        if analyses.count > 1 {
            out += "<tr><th></th><th></th>"
            for analysis in analyses {
                out +=
                    "<th colspan=\"3\" class=\"round-head\">\(HTML.escape(t.roundHeading)): \(HTML.escape(analysis.round))</th>"
            }
            out += "</tr>"
        }
        out += "<tr><th class=\"num\">\(HTML.escape(t.number))</th><th>\(HTML.escape(t.role))</th>"
        out += String(repeating: columns, count: analyses.count)
        out += "</tr></thead><tbody>\n"
        func brief(_ estimate: Estimate) -> String {
            estimate.mean.map {
                "\(language.format($0)) <span class=\"muted\">(\(language.formatCount(estimate.n)))</span>"
            }
                ?? "<span class=\"muted\">· (\(HTML.escape(t.count(estimate, k: k))))</span>"
        }
        for (index, role) in first.roles.enumerated() {
            out +=
                "<tr data-role=\"\(index)\" tabindex=\"0\"><td class=\"num\">\(index + 1)</td><td class=\"name\">\(HTML.escape(role))</td>"
            for analysis in analyses {
                let summary = analysis.roleSummaries[index]
                out +=
                    "<td class=\"num\">\(language.formatCount(summary.respondents))</td><td class=\"num\">\(brief(summary.asRater))</td>"
                    + "<td class=\"num\">\(brief(summary.asTarget))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    func suppression(_ analysis: NetworkAnalysis) -> String {
        let k = analysis.options.minGroup
        let roles = analysis.roles
        var lines: [String] = []
        for (label, estimate) in [(t.networkIndex, analysis.index), (t.withinRoleIndex, analysis.withinRole)]
        where estimate.isSuppressed {
            lines.append(HTML.escape(t.indexSuppressed(label, count: t.countPhrase(estimate, k: k))))
        }
        var wholeRows = Set<Int>()
        for (index, summary) in analysis.roleSummaries.enumerated()
        where summary.respondents > 0 && summary.respondents < k {
            wholeRows.insert(index)
            lines.append(HTML.escape(t.wholeRoleSuppressed(roles[index], respondents: summary.respondents, k: k)))
        }
        var pairs: [String] = []
        for (position, cell) in analysis.cells.enumerated() where cell.estimate.hidden != nil {
            let a = position / roles.count
            guard !wholeRows.contains(a), analysis.roleSummaries[a].respondents > 0 else { continue }
            pairs.append(
                "\(HTML.escape(cell.rater)) → \(HTML.escape(cell.target)) (\(HTML.escape(t.countPhrase(cell.estimate, k: k))))"
            )
        }
        // Single questions hidden inside shown ties (their answers are among those left out).
        var questions: [String] = []
        for (position, cell) in analysis.cells.enumerated() where !cell.estimate.isSuppressed {
            guard !wholeRows.contains(position / roles.count) else { continue }
            for dimension in cell.dimensions where dimension.estimate.hidden != nil {
                questions.append(
                    "\(HTML.escape(cell.rater)) → \(HTML.escape(cell.target)) · \(HTML.escape(dimension.dimension.label(t.language))) (\(HTML.escape(t.countPhrase(dimension.estimate, k: k))))"
                )
            }
        }
        if lines.isEmpty && pairs.isEmpty && questions.isEmpty && analysis.leftOut.isEmpty {
            return "<p class=\"explain\">\(HTML.escape(t.nothingSuppressed))</p>\n"
        }
        var out = "<ul class=\"suppressed-list\">"
        for line in lines { out += "<li>\(line)</li>" }
        if !pairs.isEmpty {
            out += "<li>\(HTML.escape(t.cellsSuppressed(pairs.count, k: k)))<ul class=\"pairs\">"
            for pair in pairs.prefix(40) { out += "<li>\(pair)</li>" }
            if pairs.count > 40 { out += "<li>… (\(pairs.count - 40))</li>" }
            out += "</ul></li>"
        }
        if !questions.isEmpty {
            out += "<li>\(HTML.escape(t.dimensionCellsSuppressed(questions.count, k: k)))<ul class=\"pairs\">"
            for question in questions.prefix(40) { out += "<li>\(question)</li>" }
            if questions.count > 40 { out += "<li>… (\(questions.count - 40))</li>" }
            out += "</ul></li>"
        }
        if !analysis.leftOut.isEmpty {
            out += "<li class=\"left-out\">\(HTML.escape(t.leftOutExplained(analysis.leftOut, k: k)))</li>"
        }
        return out + "</ul>\n"
    }
}

import RCStats
import RCSurvey

/// The report's first page, for projecting in a workshop: title and subtitle, what improved
/// and what declined reliably, the whole network's verdict, the largest changes that are not
/// reliable (for discussion), and the strongest and weakest ties now, each as a sentence, with
/// figures printed so they never contradict the verdict. Role names are escaped here.
struct StoryHTML: Sendable {
    var story: ReportStory
    var language: Language
    /// How many reliable changes of each direction to spell out before "… and N more".
    var listed = 6

    private var t: Phrases { Phrases(language: language) }

    func render() -> String {
        var out = "<div class=\"story-grid\">\n"
        if let comparison = story.comparison {
            out += changeBlock(
                t.storyImproved, story.improvements, symbol: "↑", kind: "up",
                empty: t.storyNoImprovements, comparison: comparison)
            out += changeBlock(
                t.storyDeclined, story.declines, symbol: "↓", kind: "down",
                empty: t.storyNoDeclines, comparison: comparison)
            out += networkBlock(comparison)
            if !story.forDiscussion.isEmpty {
                out +=
                    "<div class=\"story-block discuss\"><h3>\(HTML.escape(t.storyDiscussion))</h3>"
                    + "<p class=\"note\">\(HTML.escape(t.storyDiscussionNote))</p><ul>"
                for change in story.forDiscussion { out += item(change, comparison: comparison) }
                out += "</ul></div>\n"
            }
        } else {
            out += indexNowBlock()
        }
        out += tiesBlock(t.storyStrongest, story.strongest, kind: "strong")
        out += tiesBlock(t.storyWeakest, story.weakest, kind: "weak")
        out += "</div>\n"
        if story.comparison != nil { out += "<p class=\"rule\">\(HTML.escape(t.verdictRule))</p>\n" }
        return out
    }

    private func roleName(_ index: Int, in comparison: RoundComparison) -> String { comparison.roles[index] }

    private func item(_ change: ReportStory.Change, comparison: RoundComparison) -> String {
        guard let pair = change.pair, let before = change.measure.before.mean, let after = change.measure.after.mean,
            let difference = change.measure.difference
        else { return "" }
        let places = ChangeFigure.decimals(
            before: before, after: after, difference: difference, reliable: change.verdict.isReliable)
        let sentence = t.tieChange(
            roleName(pair.rater, in: comparison), roleName(pair.target, in: comparison),
            from: language.format(before, decimals: places), to: language.format(after, decimals: places),
            by: language.formatSigned(difference, decimals: places))
        return "<li data-a=\"\(pair.rater)\" data-b=\"\(pair.target)\">\(HTML.escape(sentence))</li>"
    }

    private func changeBlock(
        _ title: String, _ changes: [ReportStory.Change], symbol: String, kind: String, empty: String,
        comparison: RoundComparison
    ) -> String {
        var out = "<div class=\"story-block \(kind)\"><h3><span class=\"chg\">\(symbol)</span> \(HTML.escape(title))"
        if !changes.isEmpty { out += " <span class=\"count\">(\(changes.count))</span>" }
        out += "</h3>"
        guard !changes.isEmpty else { return out + "<p>\(HTML.escape(empty))</p></div>\n" }
        out += "<ul>"
        for change in changes.prefix(listed) { out += item(change, comparison: comparison) }
        if changes.count > listed {
            out += "<li class=\"more\">\(HTML.escape(t.andMore(changes.count - listed)))</li>"
        }
        return out + "</ul></div>\n"
    }

    private func networkBlock(_ comparison: RoundComparison) -> String {
        var out = "<div class=\"story-block whole\"><h3>\(HTML.escape(t.storyWholeNetwork))</h3>"
        if let index = story.index, let before = index.measure.before.mean, let after = index.measure.after.mean,
            let difference = index.measure.difference
        {
            let places = ChangeFigure.decimals(
                before: before, after: after, difference: difference, reliable: index.verdict.isReliable, least: 2)
            let sentence = t.indexSentence(
                from: language.format(before, decimals: places), to: language.format(after, decimals: places),
                by: language.formatSigned(difference, decimals: places), verdict: index.verdict,
                p: index.q.map(language.formatP))
            out +=
                "<p>\(index.verdict.symbol.isEmpty ? "" : "<span class=\"chg\">\(index.verdict.symbol)</span> ")\(HTML.escape(sentence))</p>"
        }
        if let paired = comparison.paired {
            var text =
                "\(t.paired) \(paired.count) \(t.matchedRespondents): \(language.formatSigned(paired.meanDifference, decimals: 2))"
            if let p = paired.pValue { text += ", p \(language.formatP(p))" }
            text += "."
            if story.pairedDisagrees, let p = paired.pValue {
                text += " " + t.pairedWhy(pairedReliable: p < ChangeVerdicts.level)
            }
            out += "<p class=\"paired\">\(HTML.escape(text))</p>"
        }
        let improved = story.dimensions.filter { $0.verdict == .improved }.compactMap {
            Dimension(rawValue: $0.label)?.label(language)
        }
        let declined = story.dimensions.filter { $0.verdict == .declined }.compactMap {
            Dimension(rawValue: $0.label)?.label(language)
        }
        out += "<p>\(HTML.escape(t.dimensionsSentence(improved: improved, declined: declined)))</p>"
        return out + "</div>\n"
    }

    private func indexNowBlock() -> String {
        let analysis = story.latest
        var out = "<div class=\"story-block whole\"><h3>\(HTML.escape(t.storyWholeNetwork))</h3>"
        if let mean = analysis.index.mean {
            let strength = analysis.options.strength.strength(of: mean)
            let figure = StrengthFigure(thresholds: analysis.options.strength).format(
                mean, as: strength, decimals: 2, language: language)
            out +=
                "<p>\(HTML.escape(t.networkIndex)): <strong>\(figure)</strong> \(strength.symbol) \(HTML.escape(strength.label(language))) (n=\(analysis.index.n))</p>"
        } else {
            out +=
                "<p>\(HTML.escape(t.networkIndex)): \(HTML.escape(t.suppressed)) (\(HTML.escape(t.countPhrase(analysis.index, k: analysis.options.minGroup))))</p>"
        }
        return out + "</div>\n"
    }

    private func tiesBlock(_ title: String, _ ties: [ReportStory.Tie], kind: String) -> String {
        guard !ties.isEmpty else { return "" }
        let roles = story.latest.roles
        let figure = StrengthFigure(thresholds: story.latest.options.strength)
        var out = "<div class=\"story-block ties \(kind)\"><h3>\(HTML.escape(title))</h3><ul>"
        for tie in ties {
            let mean = figure.format(tie.mean, as: tie.strength, decimals: 1, language: language)
            let sentence = t.tieNow(
                roles[tie.rater], roles[tie.target], mean: mean, strength: tie.strength.label(language), n: tie.n)
            out +=
                "<li data-a=\"\(tie.rater)\" data-b=\"\(tie.target)\"><span class=\"sym\" aria-hidden=\"true\">\(tie.strength.symbol)</span> \(HTML.escape(sentence))</li>"
        }
        return out + "</ul></div>\n"
    }
}

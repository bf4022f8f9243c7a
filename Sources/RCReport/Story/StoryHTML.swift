import RCStats
import RCSurvey

/// The report's first page, for projecting in a workshop: title and subtitle, what clearly
/// improved and declined (changes that matter, SPEC §4) and how many more changed a little but
/// reliably, the whole network's verdict and who could be followed from round to round, the
/// large changes that may be chance (for discussion), and the strongest and weakest ties now,
/// each as a sentence, with figures printed so they never contradict the verdict. Plain
/// language only: no p, q or test names (those are in the methods and the detail sections).
/// Role names are escaped here.
struct StoryHTML: Sendable {
    var story: ReportStory
    var language: Language
    /// How many changes that matter of each direction to spell out before "… and N more".
    var listed = 6

    private var t: Phrases { Phrases(language: language) }

    func render() -> String {
        var out = "<div class=\"story-grid\">\n"
        if let comparison = story.comparison {
            let delta = comparison.figure(language).threshold
            out += changeBlock(
                t.storyImproved, story.improvements, symbol: "↑", kind: "up",
                empty: t.storyNoImprovements, small: story.smallUp, comparison: comparison)
            out += changeBlock(
                t.storyDeclined, story.declines, symbol: "↓", kind: "down",
                empty: t.storyNoDeclines, small: story.smallDown, comparison: comparison)
            out += networkBlock(comparison)
            if !story.forDiscussion.isEmpty {
                out +=
                    "<div class=\"story-block discuss\"><h3>\(HTML.escape(t.storyDiscussion))</h3>"
                    + "<p class=\"note\">\(HTML.escape(t.storyDiscussionNote(delta: delta)))</p><ul>"
                for change in story.forDiscussion { out += item(change, comparison: comparison) }
                out += "</ul></div>\n"
            }
        } else {
            out += indexNowBlock()
        }
        out += tiesBlock(t.storyStrongest, story.strongest, kind: "strong")
        out += tiesBlock(t.storyWeakest, story.weakest, kind: "weak")
        out += "</div>\n"
        if let comparison = story.comparison {
            let thresholds = story.latest.options.strength
            let rule = t.verdictRule(
                delta: comparison.figure(language).threshold, weak: language.format(thresholds.weakBelow),
                strong: language.format(thresholds.strongAbove))
            out += "<p class=\"rule\">\(HTML.escape(rule))</p>\n"
        }
        return out
    }

    private func roleName(_ index: Int, in comparison: RoundComparison) -> String { comparison.roles[index] }

    private func item(_ change: ReportStory.Change, comparison: RoundComparison) -> String {
        guard let pair = change.pair,
            let printed = comparison.figure(language).printed(change.measure, verdict: change.verdict)
        else { return "" }
        let places = printed.places
        let sentence = t.tieChange(
            roleName(pair.rater, in: comparison), roleName(pair.target, in: comparison),
            from: language.format(printed.before, decimals: places),
            to: language.format(printed.after, decimals: places),
            by: language.formatSigned(printed.difference, decimals: places))
        return "<li data-a=\"\(pair.rater)\" data-b=\"\(pair.target)\">\(HTML.escape(sentence))</li>"
    }

    private func changeBlock(
        _ title: String, _ changes: [ReportStory.Change], symbol: String, kind: String, empty: String, small: Int,
        comparison: RoundComparison
    ) -> String {
        var out = "<div class=\"story-block \(kind)\"><h3><span class=\"chg\">\(symbol)</span> \(HTML.escape(title))"
        if !changes.isEmpty { out += " <span class=\"count\">(\(language.formatCount(changes.count)))</span>" }
        out += "</h3>"
        if changes.isEmpty {
            out += "<p>\(HTML.escape(empty))</p>"
        } else {
            out += "<ul>"
            for change in changes.prefix(listed) { out += item(change, comparison: comparison) }
            if changes.count > listed {
                out += "<li class=\"more\">\(HTML.escape(t.andMore(changes.count - listed)))</li>"
            }
            out += "</ul>"
        }
        if small > 0 {
            let text = t.smallButReliable(small, up: kind == "up", delta: comparison.figure(language).threshold)
            out += "<p class=\"note small\">\(HTML.escape(text))</p>"
        }
        return out + "</div>\n"
    }

    private func networkBlock(_ comparison: RoundComparison) -> String {
        var out = "<div class=\"story-block whole\"><h3>\(HTML.escape(t.storyWholeNetwork))</h3>"
        let figure = comparison.figure(language)
        if let index = story.index, let printed = figure.printed(index.measure, verdict: index.verdict) {
            let places = printed.places
            let sentence = t.indexSentence(
                from: language.format(printed.before, decimals: places),
                to: language.format(printed.after, decimals: places),
                by: language.formatSigned(printed.difference, decimals: places),
                judged: t.judged(index.verdict, difference: printed.difference, delta: figure.threshold))
            out +=
                "<p>\(index.verdict.symbol.isEmpty ? "" : "<span class=\"chg\">\(index.verdict.symbol)</span> ")\(HTML.escape(sentence))</p>"
        }
        out +=
            "<p class=\"paired\">\(HTML.escape(t.pairingSentence(comparison, minGroup: comparison.minGroup)))</p>"
        let improved = story.dimensions.filter { $0.verdict == .improved }.compactMap {
            Dimension(rawValue: $0.label)?.label(language)
        }
        let declined = story.dimensions.filter { $0.verdict == .declined }.compactMap {
            Dimension(rawValue: $0.label)?.label(language)
        }
        let small = story.dimensions.filter { $0.verdict == .small }.count
        out += "<p>\(HTML.escape(t.dimensionsSentence(improved: improved, declined: declined, small: small)))</p>"
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
                "<p>\(HTML.escape(t.networkIndex)): <strong>\(figure)</strong> \(strength.symbol) \(HTML.escape(strength.label(language))) (n=\(language.formatCount(analysis.index.n)))</p>"
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
            let mean = figure.format(tie.mean, as: tie.strength, decimals: ChangeFigure.places, language: language)
            let sentence = t.tieNow(
                roles[tie.rater], roles[tie.target], mean: mean, strength: tie.strength.label(language), n: tie.n)
            out +=
                "<li data-a=\"\(tie.rater)\" data-b=\"\(tie.target)\"><span class=\"sym\" aria-hidden=\"true\">\(tie.strength.symbol)</span> \(HTML.escape(sentence))</li>"
        }
        return out + "</ul></div>\n"
    }
}

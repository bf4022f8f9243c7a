import RCIngest
import RCStats
import RCSurvey

/// The whole report as one self-contained HTML page: inline CSS, SVG and one inline script,
/// nothing to fetch, so it opens offline from a `file://` URL and prints on A4. Without the
/// script (and in print) it is the complete static report; the script only adds interaction
/// (role highlight, a clear-changes filter, sorting by index, a dimension switch, details
/// on hover and keyboard focus, one role's ties in the network map).
///
/// Sections: the story (the first page a facilitator projects); about the report (what was
/// read, contents); overview; with two or more rounds, per consecutive pair the workshop
/// summary, before/after bars and the change heat map; per round the heat map, the dimension
/// maps, the network map, the dimension profile and the reciprocity gaps; `extraSections`;
/// a methods note. `handout` keeps only the story, the last change map and the latest round's
/// heat map (at most three A4 pages).
struct HTMLReport: Sendable {
    /// The analysed rounds, in order.
    var analyses: [NetworkAnalysis]
    /// Consecutive comparisons of `analyses` (empty for one round).
    var comparisons: [RoundComparison]
    var language: Language
    /// The response scale's range (colour scales and bar axes).
    var scale: ClosedRange<Double> = 1...5
    /// The report's title (`--title`, else the instrument's title).
    var title: String?
    /// A line under the title, e.g. the unit's name (`--subtitle`).
    var subtitle: String?
    /// With `--where`: the segment the report is of (`Afdeling: Akut`), said in the page's title
    /// and under its heading, the handout's too.
    var segment: String?
    /// The instrument's focal process, shown under the title.
    var process: String?
    /// The data files' names (user data: escaped).
    var sources: [String] = []
    var ingest: IngestCounts?
    /// The rejected answer records `--accept-rejects` left out, said on the first page and under
    /// what was read.
    var leftOut = RejectionSummary()
    /// When the report was made, as text ("2025-03-14"); omitted when nil.
    var generated: String?
    /// The program that made the report, for the footer.
    var generator: String?
    /// With `--invited`: response rates per role, shown in the overview (``ResponseRatesOutput``).
    var responseRates: ResponseRates?
    /// With `--by`: the whole organisation beside its segments, per round (``SegmentsHTML``).
    var segments: [SegmentedAnalysis] = []
    /// The short version for a workshop: story, change map, latest heat map.
    var handout = false
    /// Sections added by other renderers (segments, …), placed before the methods note.
    var extraSections: [ReportSection] = []

    init(analyses: [NetworkAnalysis], comparisons: [RoundComparison] = [], language: Language) {
        self.analyses = analyses
        self.comparisons = comparisons
        self.language = language
    }

    private var t: Phrases { Phrases(language: language) }

    /// The report's sections in order (without the story page, which heads the report).
    func sections() -> [ReportSection] {
        if handout { return handoutSections() }
        var sections = [
            ReportSection(
                id: "overview", title: t.overview,
                html: "<section class=\"part\" id=\"overview\">\n<h2>\(HTML.escape(t.overview))</h2>\n"
                    + overview() + "</section>\n")
        ]
        for (index, comparison) in comparisons.enumerated() {
            sections.append(
                ReportSection(
                    id: "comparison-\(index + 1)",
                    title: "\(t.comparisonHeading): \(comparison.before.round) → \(comparison.after.round)",
                    html: comparisonSection(comparison, index: index)))
        }
        for (index, analysis) in analyses.enumerated() {
            let name = analyses.count > 1 || !analysis.round.isEmpty ? ": \(analysis.round)" : ""
            sections.append(
                ReportSection(
                    id: "round-\(index + 1)", title: t.heatmapSection + name,
                    html: roundSection(analysis, index: index)))
        }
        for (index, segmented) in segments.enumerated() {
            sections.append(
                ReportSection(
                    id: "segments-\(index + 1)", title: segmented.by,
                    html: SegmentsHTML(segmented: segmented, language: language, scale: scale, index: index).render()))
        }
        sections += extraSections
        sections.append(ReportSection(id: "methods", title: t.methodsSection, html: methods()))
        return sections
    }

    private func overview() -> String {
        var overview = OverviewHTML(analyses: analyses, language: language)
        overview.comparisons = comparisons
        guard let responseRates else { return overview.render() }
        return overview.render() + ResponseRatesOutput(rates: responseRates, language: language).html()
    }

    /// The handout: the last comparison's change map and the latest round's heat map.
    func handoutSections() -> [ReportSection] {
        var sections: [ReportSection] = []
        if let comparison = comparisons.last {
            var html = "<section class=\"part handout-map\" id=\"comparison-\(comparisons.count)\">\n"
            html +=
                "<h2>\(HTML.escape(t.changeSection)): \(comparisonTitle(comparison))\(segmentTag)</h2>\n<p class=\"explain\">\(HTML.escape(t.changeExplain(delta: comparison.figure(language).threshold)))</p>\n"
            html += ChangeHeatmapHTML(comparison: comparison, language: language, scale: scale, idSuffix: "h").render()
            sections.append(
                ReportSection(
                    id: "comparison-\(comparisons.count)", title: t.changeSection, html: html + "</section>\n"))
        }
        if let analysis = analyses.last {
            var html = "<section class=\"part handout-map\" id=\"round-\(analyses.count)\">\n"
            html +=
                "<h2>\(HTML.escape(t.heatmapSection))\(roundTag(analysis))\(segmentTag)</h2>\n<p class=\"explain\">\(HTML.escape(t.heatmapExplain))</p>\n"
            html += HeatmapHTML(analysis: analysis, language: language, scale: scale).render()
            sections.append(
                ReportSection(id: "round-\(analyses.count)", title: t.heatmapSection, html: html + "</section>\n"))
        }
        return sections
    }

    func render() -> String {
        let sections = sections()
        let heading = title.flatMap { $0.isEmpty ? nil : $0 } ?? t.reportTitle
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let pageTitle = segment.map { heading + " – " + $0 } ?? heading
        out += "<title>\(HTML.escape(pageTitle))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n"
        out +=
            "<body class=\"\(handout ? "handout" : "full")\">\n<main data-index-order=\"\(indexOrder().map(String.init).joined(separator: ","))\">\n"
        out += storySection(heading: heading)
        if !handout { out += header(sections) }
        for section in sections { out += section.html }
        if let generator {
            out += "<footer>\(HTML.escape(generator))\(generated.map { " · \(HTML.escape($0))" } ?? "")</footer>\n"
        }
        out += "</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n"
        out += "<script>\n\(ReportScript.source)\n</script>\n</body>\n</html>\n"
        return out
    }

    /// The role indices ordered by the latest round's index as rater (highest first; hidden last),
    /// for the script's "sort by index". Only shown figures decide the order.
    func indexOrder() -> [Int] {
        guard let latest = analyses.last else { return [] }
        let means = latest.roleSummaries.map { $0.asRater.mean }
        return latest.roles.indices.sorted { a, b in
            switch (means[a], means[b]) {
            case let (x?, y?): x != y ? x > y : a < b
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
    }

    /// The first page: title, subtitle, process, rounds and the story.
    func storySection(heading: String) -> String {
        var out = "<section class=\"part story\" id=\"story\">\n<header class=\"story-head\">"
        out += "<h1>\(HTML.escape(heading))</h1>\n"
        if let subtitle, !subtitle.isEmpty { out += "<p class=\"subtitle\">\(HTML.escape(subtitle))</p>\n" }
        if let segment { out += "<p class=\"subtitle segment\">\(HTML.escape(segment))</p>\n" }
        if let process, !process.isEmpty {
            out += "<p class=\"process\">\(HTML.escape(t.focalProcess)): \(HTML.escape(process))</p>\n"
        }
        out += "<p class=\"when\">" + storyRounds() + "</p>\n"
        if let line = t.leftOutLine(leftOut) { out += "<p class=\"when left-out\">\(HTML.escape(line))</p>\n" }
        if handout { out += "<p class=\"when handout-note\">\(HTML.escape(t.handoutNote))</p>\n" }
        out += "</header>\n"
        if let latest = analyses.last {
            out += StoryHTML(story: ReportStory(latest: latest, comparison: comparisons.last), language: language)
                .render()
        }
        return out + "</section>\n"
    }

    private func storyRounds() -> String {
        var parts: [String] = []
        for analysis in analyses {
            let name = analysis.round.isEmpty ? t.singleRound : analysis.round
            parts.append(
                "\(HTML.escape(t.roundHeading)): \(HTML.escape(name)) (\(language.formatCount(analysis.respondents)) \(HTML.escape(t.respondents)))"
            )
        }
        var text = parts.joined(separator: " → ")
        if let first = analyses.first { text += " · " + HTML.escape(t.groupsOfAtLeast(first.options.minGroup)) }
        return text
    }

    private func roundTag(_ analysis: NetworkAnalysis) -> String {
        guard analyses.count > 1 || !analysis.round.isEmpty else { return "" }
        return
            " <span class=\"round-tag\">· \(HTML.escape(t.roundHeading.lowercased())): \(HTML.escape(analysis.round))</span>"
    }

    /// With `--where`: the segment after a heading, so that every page handed out says whose it is.
    private var segmentTag: String {
        segment.map { " <span class=\"round-tag segment\">· \(HTML.escape($0))</span>" } ?? ""
    }

    private func comparisonTitle(_ comparison: RoundComparison) -> String {
        "\(HTML.escape(comparison.before.round)) → \(HTML.escape(comparison.after.round))"
    }

    func header(_ sections: [ReportSection]) -> String {
        var out = "<section class=\"part about\" id=\"about\">\n<dl class=\"meta\">"
        if !sources.isEmpty {
            out += "<dt>\(HTML.escape(t.sources))</dt><dd>\(sources.map(HTML.escape).joined(separator: ", "))</dd>"
        }
        if let ingest { out += "<dt>\(HTML.escape(t.ingest))</dt><dd>\(HTML.escape(t.ingestLine(ingest)))</dd>" }
        if let line = t.leftOutLine(leftOut) {
            out += "<dt>\(HTML.escape(t.leftOutTitle))</dt><dd>\(HTML.escape(line))</dd>"
        }
        if let first = analyses.first {
            out +=
                "<dt>\(HTML.escape(t.minGroupTitle))</dt><dd>\(HTML.escape(t.suppressedNote(first.options.minGroup)))</dd>"
        }
        if let generated { out += "<dt>\(HTML.escape(t.generated))</dt><dd>\(HTML.escape(generated))</dd>" }
        out += "</dl>\n"
        out += "<nav class=\"toc\"><strong>\(HTML.escape(t.contents))</strong><ol>"
        out += "<li><a href=\"#story\">\(HTML.escape(t.storyTitle))</a></li>"
        for section in sections {
            out += "<li><a href=\"#\(HTML.escape(section.id))\">\(HTML.escape(section.title))</a></li>"
        }
        out += "</ol></nav>\n"
        out +=
            "<div class=\"controls\" data-js-only hidden><button type=\"button\" data-action=\"sort\" aria-pressed=\"false\">\(HTML.escape(t.sortByIndex))</button>"
            + "<button type=\"button\" data-action=\"clear\">\(HTML.escape(t.clearFocus))</button>"
            + "<span class=\"hint\">\(HTML.escape(t.clickRoleHint))</span></div>\n"
        return out + "</section>\n"
    }

    func comparisonSection(_ comparison: RoundComparison, index: Int) -> String {
        var out = "<section class=\"part comparison\" id=\"comparison-\(index + 1)\">\n"
        out += "<h2>\(HTML.escape(t.comparisonHeading)): \(comparisonTitle(comparison))\(segmentTag)</h2>\n"
        out += "<h3>\(HTML.escape(t.summaryTitle))</h3>\n" + summaryList(comparison)
        out +=
            "<figure><h3>\(HTML.escape(t.beforeAfterSection))</h3>\n<p class=\"explain\">\(HTML.escape(t.beforeAfterExplain(delta: comparison.figure(language).threshold)))</p>\n"
        out += BarsSVG.beforeAfter(comparison, language: language, scale: scale).render() + "</figure>\n"
        out +=
            "<figure><h3>\(HTML.escape(t.changeSection))</h3>\n<p class=\"explain\">\(HTML.escape(t.changeExplain(delta: comparison.figure(language).threshold)))</p>\n"
        out +=
            ChangeHeatmapHTML(comparison: comparison, language: language, scale: scale, idSuffix: "\(index + 1)")
            .render() + "</figure>\n"
        return out + "</section>\n"
    }

    /// The workshop summary with its structure kept: each heading's lines in their own list
    /// (↑ improvements, ↓ declines), every change that matters listed, and the lines that stand
    /// alone (index, paired test, dimensions) as paragraphs between the lists.
    func summaryList(_ comparison: RoundComparison) -> String {
        var summary = ComparisonSummary(comparison: comparison, language: language)
        summary.listed = Int.max
        var out = "<div class=\"summary\">"
        var open = false
        for line in summary.lines {
            if line.hasPrefix("  ") {
                // Under a heading: an item of its list; under a line of its own: a note to it.
                if open {
                    out += "<li>\(HTML.escape(line.trimmingWhitespace()))</li>"
                } else {
                    out += "<p class=\"explain\">\(HTML.escape(line.trimmingWhitespace()))</p>"
                }
                continue
            }
            if open { out += "</ul>"; open = false }
            if line.hasSuffix(":") {
                let kind = line.hasPrefix(t.improvements) ? "up" : line.hasPrefix(t.declines) ? "down" : "other"
                let symbol =
                    kind == "up"
                    ? "<span class=\"chg\">↑</span> " : kind == "down" ? "<span class=\"chg\">↓</span> " : ""
                out +=
                    "<h4 class=\"\(kind)\">\(symbol)\(HTML.escape(String(line.dropLast())))</h4><ul class=\"\(kind)\">"
                open = true
            } else {
                out += "<p>\(HTML.escape(line))</p>"
            }
        }
        if open { out += "</ul>" }
        return out + "</div>\n"
    }

    func roundSection(_ analysis: NetworkAnalysis, index: Int) -> String {
        let prefix = "r\(index + 1)"
        var out = "<section class=\"part round\" id=\"round-\(index + 1)\">\n"
        out +=
            "<div class=\"keep\"><h2>\(HTML.escape(t.heatmapSection))\(roundTag(analysis))\(segmentTag)</h2>\n<p class=\"explain\">\(HTML.escape(t.heatmapExplain))</p>\n"
        out +=
            "<figure>" + HeatmapHTML(analysis: analysis, language: language, scale: scale).render()
            + "</figure></div>\n"
        // Parts ordered so that print pages fill: with a dozen roles or fewer the network map,
        // profile and dimension maps share pages; with more, the large dimension maps come
        // first and the network map, profile and reciprocity gaps share a page after them.
        var network = "", profile = "", dimensions = "", reciprocity = ""
        let map = NetworkSVG(analysis: analysis, language: language, scale: scale, idPrefix: "\(prefix)-net")
        network +=
            "<figure><h3>\(HTML.escape(t.networkSection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.networkExplain))</p>\n"
        network += map.render() + map.legend() + "</figure>\n"
        profile +=
            "<figure><h3>\(HTML.escape(t.profileSection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.profileExplain))</p>\n"
        profile += BarsSVG.profile(analysis, language: language, scale: scale).render() + "</figure>\n"
        let maps = DimensionMapsSVG(analysis: analysis, language: language, scale: scale, idPrefix: "\(prefix)-dim")
        dimensions +=
            "<div class=\"dimensions\(analysis.roles.count > 12 ? " many" : "")\"><h3>\(HTML.escape(t.dimensionsSection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.dimensionsExplain))</p>\n"
        dimensions += maps.render()
        dimensions +=
            "<div class=\"legend\"><span class=\"key\"><span class=\"chip suppressed\"></span><span class=\"chip-label\">\(HTML.escape(t.hatchedSuppressed))</span></span>"
            + "<span class=\"chip-label\">▲ \(HTML.escape(Strength.strong.label(language)))  ■ \(HTML.escape(Strength.moderate.label(language)))  ▼ \(HTML.escape(Strength.weak.label(language)))</span></div></div>\n"
        reciprocity +=
            "<figure><h3>\(HTML.escape(t.reciprocitySection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.reciprocityExplain))</p>\n"
        reciprocity += ReciprocityHTML(analysis: analysis, language: language).render() + "</figure>\n"
        out +=
            analysis.roles.count > 12
            ? dimensions + network + profile + reciprocity : network + profile + dimensions + reciprocity
        return out + "</section>\n"
    }

    func methods() -> String {
        guard let first = analyses.first else { return "" }
        let thresholds = first.options.strength
        var out =
            "<section class=\"part\" id=\"methods\">\n<h2>\(HTML.escape(t.methodsSection))</h2>\n<ol class=\"methods\">"
        let delta = comparisons.first?.figure(language).threshold
        for paragraph in t.methods(
            minGroup: first.options.minGroup, minItems: first.options.minItems,
            weak: language.format(thresholds.weakBelow), strong: language.format(thresholds.strongAbove), delta: delta)
        {
            out += "<li>\(HTML.escape(paragraph))</li>"
        }
        return out + "</ol>\n</section>\n"
    }
}

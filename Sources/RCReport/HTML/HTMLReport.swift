import RCStats
import RCSurvey

/// The whole report as one self-contained HTML page: inline CSS and SVG, no scripts, fonts,
/// images or links to fetch, so it opens offline in any browser and prints on A4.
///
/// Sections: overview; with two or more rounds, per consecutive pair the workshop summary,
/// before/after bars and the change heat map; per round the heat map, the seven dimension
/// maps, the network map, the dimension profile and the reciprocity gaps; a methods note.
public struct HTMLReport: Sendable {
    /// The analysed rounds, in order.
    public var analyses: [NetworkAnalysis]
    /// Consecutive comparisons of `analyses` (empty for one round).
    public var comparisons: [RoundComparison]
    public var language: Language
    /// The response scale's range (colour scales and bar axes).
    public var scale: ClosedRange<Double> = 1...5
    /// The instrument's title and focal process, shown in the header.
    public var title: String?
    public var process: String?
    /// The data files' names (user data: escaped).
    public var sources: [String] = []
    public var ingest: IngestCounts?
    /// When the report was made, as text ("2025-03-14"); omitted when nil.
    public var generated: String?
    /// The program that made the report, for the footer.
    public var generator: String?
    /// With `--invited`: response rates per role, shown in the overview (``ResponseRatesOutput``).
    public var responseRates: ResponseRates?
    /// With `--by`: the whole organisation beside its segments, per round (``SegmentsHTML``).
    public var segments: [SegmentedAnalysis] = []

    public init(analyses: [NetworkAnalysis], comparisons: [RoundComparison] = [], language: Language) {
        self.analyses = analyses
        self.comparisons = comparisons
        self.language = language
    }

    private var t: Phrases { Phrases(language: language) }

    public func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTML.escape(title ?? t.reportTitle))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += header()
        out += "<section class=\"part\" id=\"overview\">\n<h2>\(HTML.escape(t.overview))</h2>\n"
        out += OverviewHTML(analyses: analyses, language: language).render()
        if let responseRates { out += ResponseRatesOutput(rates: responseRates, language: language).html() }
        out += "</section>\n"
        for (index, comparison) in comparisons.enumerated() {
            out += comparisonSection(comparison, index: index)
        }
        for (index, analysis) in analyses.enumerated() {
            out += roundSection(analysis, index: index)
        }
        for (index, segmented) in segments.enumerated() {
            out += SegmentsHTML(segmented: segmented, language: language, scale: scale, index: index).render()
        }
        out += methods()
        if let generator { out += "<footer>\(HTML.escape(generator))</footer>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func roundTag(_ analysis: NetworkAnalysis) -> String {
        guard analyses.count > 1 || !analysis.round.isEmpty else { return "" }
        return " <span class=\"round-tag\">· \(HTML.escape(t.roundHeading.lowercased())) \(HTML.escape(analysis.round))</span>"
    }

    private func comparisonTitle(_ comparison: RoundComparison) -> String {
        "\(HTML.escape(comparison.before.round)) → \(HTML.escape(comparison.after.round))"
    }

    func header() -> String {
        var out = "<header class=\"report-head\">\n<h1>\(HTML.escape(title ?? t.reportTitle))</h1>\n"
        if let process, !process.isEmpty {
            out += "<p class=\"process\">\(HTML.escape(t.focalProcess)): \(HTML.escape(process))</p>\n"
        }
        out += "<dl class=\"meta\">"
        let roundNames = analyses.map { $0.round.isEmpty ? t.singleRound : $0.round }
        out += "<dt>\(HTML.escape(t.rounds))</dt><dd>\(roundNames.map(HTML.escape).joined(separator: " → "))</dd>"
        if !sources.isEmpty {
            out += "<dt>\(HTML.escape(t.sources))</dt><dd>\(sources.map(HTML.escape).joined(separator: ", "))</dd>"
        }
        if let ingest { out += "<dt>\(HTML.escape(t.ingest))</dt><dd>\(HTML.escape(t.ingestLine(ingest)))</dd>" }
        if let first = analyses.first {
            out += "<dt>\(HTML.escape(t.minGroupTitle))</dt><dd>\(HTML.escape(t.suppressedNote(first.options.minGroup)))</dd>"
        }
        if let generated { out += "<dt>\(HTML.escape(t.generated))</dt><dd>\(HTML.escape(generated))</dd>" }
        out += "</dl>\n"
        out += "<nav class=\"toc\"><strong>\(HTML.escape(t.contents))</strong><ol>"
        out += "<li><a href=\"#overview\">\(HTML.escape(t.overview))</a></li>"
        for (index, comparison) in comparisons.enumerated() {
            out += "<li><a href=\"#comparison-\(index + 1)\">\(HTML.escape(t.comparisonHeading)): \(comparisonTitle(comparison))</a></li>"
        }
        for (index, analysis) in analyses.enumerated() {
            let name = analyses.count > 1 || !analysis.round.isEmpty ? ": \(HTML.escape(analysis.round))" : ""
            out += "<li><a href=\"#round-\(index + 1)\">\(HTML.escape(t.heatmapSection))\(name)</a></li>"
        }
        out += "<li><a href=\"#methods\">\(HTML.escape(t.methodsSection))</a></li></ol></nav>\n"
        return out + "</header>\n"
    }

    func comparisonSection(_ comparison: RoundComparison, index: Int) -> String {
        var out = "<section class=\"part comparison\" id=\"comparison-\(index + 1)\">\n"
        out += "<h2>\(HTML.escape(t.comparisonHeading)): \(comparisonTitle(comparison))</h2>\n"
        out += "<h3>\(HTML.escape(t.summaryTitle))</h3>\n" + summaryList(comparison)
        out += "<figure><h3>\(HTML.escape(t.beforeAfterSection))</h3>\n<p class=\"explain\">\(HTML.escape(t.beforeAfterExplain))</p>\n"
        out += BarsSVG.beforeAfter(comparison, language: language, scale: scale).render() + "</figure>\n"
        out += "<figure><h3>\(HTML.escape(t.changeSection))</h3>\n<p class=\"explain\">\(HTML.escape(t.changeExplain))</p>\n"
        out += ChangeHeatmapHTML(comparison: comparison, language: language, scale: scale).render() + "</figure>\n"
        return out + "</section>\n"
    }

    /// The workshop summary as a list: headings, then improvements ▲ and declines ▼.
    func summaryList(_ comparison: RoundComparison) -> String {
        let summary = ComparisonSummary(comparison: comparison, language: language)
        var out = "<ul class=\"summary\">"
        var marker = ""
        for line in summary.lines {
            if line.hasPrefix("  ") {
                out += "<li class=\"\(marker)\">\(HTML.escape(line.trimmingWhitespace()))</li>"
            } else if line.hasSuffix(":") {
                marker = line.hasPrefix(t.improvements) ? "up" : line.hasPrefix(t.declines) ? "down" : ""
                out += "<li class=\"head\">\(HTML.escape(line))</li>"
            } else {
                marker = ""
                out += "<li>\(HTML.escape(line))</li>"
            }
        }
        return out + "</ul>\n"
    }

    func roundSection(_ analysis: NetworkAnalysis, index: Int) -> String {
        let prefix = "r\(index + 1)"
        var out = "<section class=\"part round\" id=\"round-\(index + 1)\">\n"
        out += "<h2>\(HTML.escape(t.heatmapSection))\(roundTag(analysis))</h2>\n<p class=\"explain\">\(HTML.escape(t.heatmapExplain))</p>\n"
        out += "<figure>" + HeatmapHTML(analysis: analysis, language: language, scale: scale).render() + "</figure>\n"
        out += "<h3>\(HTML.escape(t.dimensionsSection))</h3>\n<p class=\"explain\">\(HTML.escape(t.dimensionsExplain))</p>\n"
        out += DimensionMapsSVG(analysis: analysis, language: language, scale: scale, idPrefix: "\(prefix)-dim").render()
        out += "<div class=\"legend\"><span class=\"key\"><span class=\"chip suppressed\"></span><span class=\"chip-label\">\(HTML.escape(t.hatchedSuppressed))</span></span>"
            + "<span class=\"chip-label\">▲ \(HTML.escape(Strength.strong.label(language)))  ■ \(HTML.escape(Strength.moderate.label(language)))  ▼ \(HTML.escape(Strength.weak.label(language)))</span></div>\n"
        let network = NetworkSVG(analysis: analysis, language: language, scale: scale, idPrefix: "\(prefix)-net")
        out += "<figure><h3>\(HTML.escape(t.networkSection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.networkExplain))</p>\n"
        out += network.render() + network.legend() + "</figure>\n"
        out += "<figure><h3>\(HTML.escape(t.profileSection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.profileExplain))</p>\n"
        out += BarsSVG.profile(analysis, language: language, scale: scale).render() + "</figure>\n"
        out += "<figure><h3>\(HTML.escape(t.reciprocitySection))\(roundTag(analysis))</h3>\n<p class=\"explain\">\(HTML.escape(t.reciprocityExplain))</p>\n"
        out += ReciprocityHTML(analysis: analysis, language: language).render() + "</figure>\n"
        return out + "</section>\n"
    }

    func methods() -> String {
        guard let first = analyses.first else { return "" }
        let thresholds = first.options.strength
        var out = "<section class=\"part\" id=\"methods\">\n<h2>\(HTML.escape(t.methodsSection))</h2>\n<ol class=\"methods\">"
        for paragraph in t.methods(minGroup: first.options.minGroup, minItems: first.options.minItems,
                                   weak: language.format(thresholds.weakBelow), strong: language.format(thresholds.strongAbove)) {
            out += "<li>\(HTML.escape(paragraph))</li>"
        }
        return out + "</ol>\n</section>\n"
    }
}

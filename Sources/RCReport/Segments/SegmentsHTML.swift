import RCStats
import RCSurvey

/// The segments of a report (`--by`): small multiples — each segment's index and heat map
/// beside the whole organisation's as the benchmark — and a segment × dimension profile.
/// Every figure is a segment's own (suppressed as its own analysis) or the whole
/// organisation's, which rests on the data the segments show (SPEC §6).
struct SegmentsHTML {
    var segmented: SegmentedAnalysis
    var language: Language
    var scale: ClosedRange<Double>
    /// The section's number in the report (several rounds: one section each).
    var index: Int

    private var t: Phrases { Phrases(language: language) }

    /// The layout of the small multiples and the profile table (the report's own styles colour the cells).
    static let css = """
        .segment-multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--multiple-width,22rem)),1fr));gap:1.2rem;margin-top:1rem}
        .segment-multiple{margin:0;break-inside:avoid}.segment-multiple h3{margin:.2rem 0}.segment-multiple .index{margin:.2rem 0 .5rem;font-size:.9rem}
        .segment-multiple table{font-size:.75rem}.segment-profile{border-collapse:collapse;font-size:.85rem;margin:.8rem 0}
        .segment-profile th,.segment-profile td{border:1px solid #ccc;padding:.25rem .4rem;text-align:right}
        .segment-profile th[scope=row]{text-align:left}.segment-profile td.suppressed{color:#777;background:repeating-linear-gradient(45deg,#f4f4f4 0 4px,#e4e4e4 4px 8px)}
        """

    func render() -> String {
        let whole = segmented.whole
        var out = "<section class=\"part segments\" id=\"segments-\(index + 1)\">\n"
        if index == 0 { out += "<style>\(SegmentsHTML.css)</style>\n" }
        var title = "\(t.segmentsSection): \(HTML.escape(segmented.by))"
        if !whole.round.isEmpty {
            title +=
                " <span class=\"round-tag\">· \(HTML.escape(t.roundHeading.lowercased())) \(HTML.escape(whole.round))</span>"
        }
        out += "<h2>\(title)</h2>\n<p class=\"explain\">\(HTML.escape(t.wholeRestsOnSegments(by: segmented.by)))</p>\n"
        out += "<p class=\"explain\">\(HTML.escape(t.segmentAgreementLine(segmented.agreement)))</p>\n"
        let besideOthers = segmented.segments.contains { segment in
            segment.analysis.cells.contains {
                $0.estimate.hidden == .protectsOthers
                    || $0.dimensions.contains { $0.estimate.hidden == .protectsOthers }
            }
        }
        if besideOthers { out += "<p class=\"explain\">\(HTML.escape(t.besideOthersLegend))</p>\n" }
        out += profile()
        // Each heat map as wide as its roles need (a figure and its symbol per cell, the names beside):
        // side by side for a few roles, one under the other for many.
        let width = max(22, 11 + 3.3 * Double(whole.roles.count))
        out += "<div class=\"segment-multiples\" style=\"--multiple-width: \(SVGNumber.format(width))rem\">\n"
        out += multiple(t.wholeOrganisation, whole, benchmark: nil)
        for segment in segmented.segments {
            out += multiple(segment.value ?? t.noValue, segment.analysis, benchmark: whole.index.mean)
        }
        return out + "</div>\n</section>\n"
    }

    /// One small multiple: the title, the index (and its difference from the whole), the heat map.
    private func multiple(_ name: String, _ analysis: NetworkAnalysis, benchmark: Double?) -> String {
        var out =
            "<figure class=\"segment-multiple\">\n<h3>\(HTML.escape(name))</h3>\n<p class=\"index\">\(HTML.escape(t.networkIndex)): "
        if let mean = analysis.index.mean {
            out +=
                "<strong>\(HTML.escape(language.format(mean)))</strong> (n=\(language.formatCount(analysis.index.n)))"
            if let benchmark {
                out += " · \(HTML.escape(t.versusWhole)) \(HTML.escape(language.formatSigned(mean - benchmark)))"
            }
        } else {
            out += "· (\(HTML.escape(t.countPhrase(analysis.index, k: analysis.options.minGroup))))"
        }
        out += " · \(language.formatCount(analysis.respondents)) \(HTML.escape(t.respondents))</p>\n"
        let k = analysis.options.minGroup
        // At least k respondents, yet no tie shown: say why, so that it does not read as a mistake.
        if analysis.respondents >= k, analysis.index.hidden == .fewerThanK,
            !analysis.cells.contains(where: { $0.estimate.mean != nil })
        {
            let protects = analysis.cells.contains { $0.dimensions.contains { $0.estimate.hidden == .protectsOthers } }
            let why =
                protects
                ? t.noTieBesideOthers(analysis.respondents)
                : t.noTieReachesK(analysis.respondents, k: k, items: analysis.options.minItems)
            out += "<p class=\"explain\">\(HTML.escape(why))</p>\n"
        }
        out += HeatmapHTML(analysis: analysis, language: language, scale: scale).render()
        return out + "</figure>\n"
    }

    /// A dimension's label with soft hyphens where its long words may break, so that a narrow
    /// column on paper breaks "kommuni-kation", never "kommunik|ation".
    static func breakable(_ label: String) -> String {
        label.replacingOccurrences(of: "kommunikation", with: "kommuni\u{AD}kation")
            .replacingOccurrences(of: "communication", with: "commu\u{AD}nication")
            .replacingOccurrences(of: "Problemløsende", with: "Problem\u{AD}løsende")
    }

    /// Segment × dimension: the dimension profile of the whole organisation and of each segment.
    private func profile() -> String {
        let palette = ReportPalette(thresholds: segmented.whole.options.strength, scale: scale)
        var out =
            "<table class=\"segment-profile\">\n<caption>\(HTML.escape(t.segmentProfileTitle))</caption>\n<thead><tr><th scope=\"col\">\(HTML.escape(segmented.by))</th>"
        for dimension in Dimension.allCases {
            out += "<th scope=\"col\">\(HTML.escape(SegmentsHTML.breakable(dimension.label(language))))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let rows =
            [(t.wholeOrganisation, segmented.whole)] + segmented.segments.map { ($0.value ?? t.noValue, $0.analysis) }
        for (name, analysis) in rows {
            out += "<tr><th scope=\"row\">\(HTML.escape(name))</th>"
            for item in analysis.dimensions {
                if let mean = item.estimate.mean, let strength = item.strength {
                    let swatch = palette.strength(mean, as: strength)
                    out +=
                        "<td class=\"s-\(strength.rawValue)\" style=\"background:\(swatch.fill);color:\(swatch.text)\">"
                        + "\(HTML.escape(language.format(mean))) \(strength.symbol) <small>n=\(language.formatCount(item.estimate.n))</small></td>"
                } else {
                    let count = t.count(item.estimate, k: analysis.options.minGroup)
                    out +=
                        "<td class=\"suppressed\">· <small>\(item.estimate.hidden == .fewerThanK ? "" : "n=")\(HTML.escape(count))</small></td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}

import RCStats
import RCSurvey

/// The seven dimension heat maps as small multiples: one compact SVG per dimension, roles
/// numbered as in the role list, the mean in each cell with the report's two decimals. Suppressed
/// cells are hatched and empty.
struct DimensionMapsSVG: Sendable {
    var analysis: NetworkAnalysis
    var language: Language
    var scale: ClosedRange<Double>
    /// Prefix for the SVG ids, unique within the page.
    var idPrefix: String

    init(
        analysis: NetworkAnalysis, language: Language, scale: ClosedRange<Double> = 1...5, idPrefix: String = "dm"
    ) {
        self.analysis = analysis
        self.language = language
        self.scale = scale
        self.idPrefix = idPrefix
    }

    /// Whether the maps are too many roles for seven small ones side by side: then, with the
    /// script, one map is shown at a time with a dimension switch (in print and without the
    /// script all seven still show).
    var switchable: Bool { analysis.roles.count > 8 }

    /// Every dimension's map in a wrapping grid (and, above eight roles, the switch).
    func render() -> String {
        var out = ""
        if switchable {
            out +=
                "<div class=\"dimswitch\" data-js-only hidden><label>\(HTML.escape(Phrases(language: language).dimensionSwitch)) "
                + "<select data-action=\"dimension\">"
            for dimension in Dimension.allCases {
                out += "<option value=\"\(dimension.index)\">\(HTML.escape(dimension.label(language)))</option>"
            }
            out += "</select></label></div>\n"
        }
        out +=
            "<div class=\"multiples\(analysis.roles.count > 9 ? " dense" : "")\(analysis.roles.count > 12 ? " crowded" : "")"
            + "\(switchable ? " switchable" : "")\">\n"
        for dimension in Dimension.allCases {
            out +=
                "<figure class=\"multiple\" data-dimension=\"\(dimension.index)\"><figcaption>\(HTML.escape(dimension.label(language)))</figcaption>\n"
            out += svg(dimension) + "</figure>\n"
        }
        return out + "</div>\n"
    }

    /// One dimension's map as an SVG element.
    func svg(_ dimension: Dimension) -> String {
        let count = analysis.roles.count
        let cell = 30.0  // room for a two-decimal mean and its symbol
        let margin = 18.0
        let dense = count > 12
        let size = margin + cell * Double(count) + 2
        let palette = ReportPalette(thresholds: analysis.options.strength, scale: scale)
        let hatch = "\(idPrefix)-hatch-\(dimension.index)"
        let f = SVGNumber.format
        var out =
            "<svg class=\"dimmap\" viewBox=\"0 0 \(f(size)) \(f(size))\" role=\"img\" "
            + "aria-label=\"\(HTML.escape(dimension.label(language)))\">"
        out +=
            "<defs><pattern id=\"\(hatch)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"5\" height=\"5\" fill=\"#f7f7f7\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#b9b9b9\" stroke-width=\"1.6\"/></pattern></defs>"
        for index in 0..<count {
            let centre = margin + cell * (Double(index) + 0.5)
            out +=
                "<text class=\"axis\" data-role=\"\(index)\" x=\"\(f(centre))\" y=\"11\" text-anchor=\"middle\">\(index + 1)</text>"
            out +=
                "<text class=\"axis\" data-role=\"\(index)\" x=\"\(f(margin - 3))\" y=\"\(f(centre + 3))\" text-anchor=\"end\">\(index + 1)</text>"
        }
        for a in 0..<count {
            for b in 0..<count {
                let item = analysis.cells[a * count + b].dimensions[dimension.index]
                let estimate = item.estimate
                let x = margin + cell * Double(b)
                let y = margin + cell * Double(a)
                let title = "\(analysis.roles[a]) → \(analysis.roles[b])"
                if let mean = estimate.mean {
                    let strength = item.strength ?? analysis.options.strength.strength(of: mean)
                    let swatch = palette.strength(mean, as: strength)
                    let figure = StrengthFigure(thresholds: analysis.options.strength)
                    out +=
                        "<g class=\"dcell\" data-a=\"\(a)\" data-b=\"\(b)\" tabindex=\"0\"><title>\(HTML.escape(title)) · \(HTML.escape(dimension.label(language))): "
                        + "\(figure.format(mean, as: strength, language: language)) \(HTML.escape(strength.label(language))) (n=\(language.formatCount(estimate.n)))</title>"
                    out +=
                        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell - 1))\" height=\"\(f(cell - 1))\" fill=\"\(swatch.fill)\""
                        + (a == b ? " stroke=\"#1d232b\" stroke-width=\"0.8\"" : "") + "/>"
                    out +=
                        "<text x=\"\(f(x + cell / 2 - 0.5))\" y=\"\(f(y + cell / 2 + 3.2))\" text-anchor=\"middle\" fill=\"\(swatch.text)\" class=\"val\">"
                        + "\(figure.format(mean, as: strength, decimals: ChangeFigure.places, language: language))"
                        + (dense ? "" : "<tspan class=\"sym\">\(strength.symbol)</tspan>") + "</text></g>"
                } else {
                    out +=
                        "<g class=\"dcell\" data-a=\"\(a)\" data-b=\"\(b)\" tabindex=\"0\"><title>\(HTML.escape(title)) · \(HTML.escape(dimension.label(language))): \(HTML.escape(Phrases(language: language).suppressed)) (\(HTML.escape(Phrases(language: language).countPhrase(estimate, k: analysis.options.minGroup))))</title>"
                    out +=
                        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell - 1))\" height=\"\(f(cell - 1))\" fill=\"url(#\(hatch))\"/></g>"
                }
            }
        }
        return out + "</svg>\n"
    }
}

import Foundation
import RCStats
import RCSurvey

/// The network map: roles as numbered nodes on a circle, each shown between-role tie as an
/// arrow from rater to target. The two directions of a pair bend to opposite sides, so an
/// asymmetric tie shows as two different arrows. Width grows with the mean; colour and line
/// style give the strength (blue solid strong, grey thin moderate, orange dashed weak).
/// Suppressed ties are not drawn. Every shown tie is in the SVG, but when there are more than
/// twice `highlighted` of them, only the `highlighted` strongest and weakest are visible; the
/// script shows all ties of a role when it is clicked (in print, the static selection).
struct NetworkSVG: Sendable {
    var analysis: NetworkAnalysis
    var language: Language
    var scale: ClosedRange<Double>
    /// Prefix for the SVG ids, unique within the page.
    var idPrefix: String

    init(
        analysis: NetworkAnalysis, language: Language, scale: ClosedRange<Double> = 1...5, idPrefix: String = "net"
    ) {
        self.analysis = analysis
        self.language = language
        self.scale = scale
        self.idPrefix = idPrefix
    }

    /// A drawn tie: rater and target index, mean and strength.
    struct Edge: Equatable {
        var rater: Int
        var target: Int
        var mean: Double
        var strength: Strength
    }

    /// How many of the strongest and of the weakest ties the static map shows: as many as
    /// there are roles, at most ten of each (the heat map has them all).
    var highlighted: Int { min(max(analysis.roles.count, 3), 10) }

    /// Every tie between roles that is not suppressed.
    var edges: [Edge] {
        let count = analysis.roles.count
        var edges: [Edge] = []
        for a in 0..<count {
            for b in 0..<count where a != b {
                let cell = analysis.cells[a * count + b]
                guard let mean = cell.estimate.mean, let strength = cell.strength else { continue }
                edges.append(Edge(rater: a, target: b, mean: mean, strength: strength))
            }
        }
        return edges
    }

    /// Whether every shown tie is visible in the static map (few enough ties).
    var showsAllTies: Bool { edges.count <= 2 * highlighted }

    /// The ties visible in the static map: all, or the `highlighted` strongest and weakest.
    var visibleEdges: Set<Int> {
        let all = edges
        guard !showsAllTies else { return Set(all.indices) }
        let order = all.indices.sorted { all[$0].mean != all[$1].mean ? all[$0].mean > all[$1].mean : $0 < $1 }
        return Set(order.prefix(highlighted)).union(order.suffix(highlighted))
    }

    func render() -> String {
        let roles = analysis.roles
        let count = roles.count
        let radius = count > 10 ? 215.0 : 190.0
        let labelRoom = 200.0
        let width = 2 * (radius + 30 + labelRoom)
        let height = 2 * (radius + 42)
        let cx = width / 2
        let cy = height / 2
        let node = count > 10 ? 14.0 : 16.0
        let f = SVGNumber.format
        func position(_ index: Int) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
            return (cx + radius * cos(angle), cy + radius * sin(angle))
        }

        var out =
            "<svg class=\"network\(count > 10 ? " many" : "")\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
            + "aria-label=\"\(HTML.escape(Phrases(language: language).networkSection))\">"
        out += "<defs>"
        for strength in Strength.allCases {
            out +=
                "<marker id=\"\(idPrefix)-arrow-\(strength.rawValue)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(ReportPalette.lineColor(strength))\"/></marker>"
        }
        out += "</defs>"

        // Moderate ties underneath, then weak, then strong on top.
        let order: [Strength] = [.moderate, .weak, .strong]
        let thresholds = analysis.options.strength
        let span = (scale.upperBound - scale.lowerBound) / 4
        let low = thresholds.weakBelow - span
        let high = thresholds.strongAbove + 0.75 * span
        let all = edges
        let visible = visibleEdges
        out += "<g class=\"edges\" fill=\"none\">"
        for strength in order {
            for (edgeIndex, edge) in all.enumerated() where edge.strength == strength {
                let a = position(edge.rater)
                let b = position(edge.target)
                let dx = b.x - a.x
                let dy = b.y - a.y
                let length = max((dx * dx + dy * dy).squareRoot(), 1)
                // Bend to the right of the direction of travel.
                let bend = min(0.16 * length, 46)
                let control = (x: (a.x + b.x) / 2 - dy / length * bend, y: (a.y + b.y) / 2 + dx / length * bend)
                func toward(_ from: (x: Double, y: Double), _ distance: Double) -> (x: Double, y: Double) {
                    let ux = control.x - from.x
                    let uy = control.y - from.y
                    let l = max((ux * ux + uy * uy).squareRoot(), 1)
                    return (from.x + ux / l * distance, from.y + uy / l * distance)
                }
                let start = toward(a, node + 1)
                let end = toward(b, node + 2)
                let t = min(max((edge.mean - low) / max(high - low, 1e-9), 0), 1)
                let strokeWidth = strength == .moderate ? 0.8 + 1.6 * t : 1.0 + 4.2 * t
                let dash = strength == .weak ? " stroke-dasharray=\"6 3.5\"" : ""
                let opacity = strength == .moderate ? "0.75" : strength == .weak && count > 8 ? "0.7" : "0.92"
                out +=
                    "<path d=\"M\(f(start.x)),\(f(start.y)) Q\(f(control.x)),\(f(control.y)) \(f(end.x)),\(f(end.y))\" "
                    + "stroke=\"\(ReportPalette.lineColor(strength))\" stroke-width=\"\(f(strokeWidth))\" stroke-opacity=\"\(opacity)\"\(dash) "
                    + "marker-end=\"url(#\(idPrefix)-arrow-\(strength.rawValue))\" class=\"tie s-\(strength.rawValue)\(visible.contains(edgeIndex) ? "" : " extra")\" "
                    + "data-a=\"\(edge.rater)\" data-b=\"\(edge.target)\">"
                    + "<title>\(HTML.escape(roles[edge.rater])) → \(HTML.escape(roles[edge.target])): "
                    + "\(StrengthFigure(thresholds: analysis.options.strength).format(edge.mean, as: strength, language: language)) \(strength.symbol)</title></path>"
            }
        }
        out += "</g><g class=\"nodes\">"
        for (index, role) in roles.enumerated() {
            let p = position(index)
            out +=
                "<g class=\"node\" data-role=\"\(index)\" tabindex=\"0\"><circle cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"\(f(node))\" fill=\"#ffffff\" stroke=\"#1d232b\" stroke-width=\"1.5\"/>"
            out +=
                "<text class=\"node-num\" x=\"\(f(p.x))\" y=\"\(f(p.y + 4.5))\" text-anchor=\"middle\">\(index + 1)</text>"
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
            let lx = cx + (radius + node + 8) * cos(angle)
            let ly = cy + (radius + node + 8) * sin(angle) + 4 + 6 * sin(angle)
            let anchor = cos(angle) > 0.2 ? "start" : cos(angle) < -0.2 ? "end" : "middle"
            // A long name on up to three lines (cut only past them): growing upwards above the
            // circle, centred beside it, downwards below it.
            let lines = role.wrapped(count > 10 ? 26 : 32, lines: 3)
            let lift = sin(angle) < -0.2 ? 1.1 : sin(angle) > 0.2 ? 0 : 0.55
            let first = "\(SVGNumber.format(-lift * Double(lines.count - 1)))em"
            var label = ""
            for (k, line) in lines.enumerated() {
                label += "<tspan x=\"\(f(lx))\" dy=\"\(k == 0 ? first : "1.1em")\">\(HTML.escape(line))</tspan>"
            }
            out +=
                "<text class=\"node-label\" x=\"\(f(lx))\" y=\"\(f(ly))\" text-anchor=\"\(anchor)\">"
                + "<title>\(HTML.escape(role))</title>\(label)</text></g>"
        }
        out += "</g></svg>\n"
        return out
    }

    /// The key under the map.
    func legend() -> String {
        let t = Phrases(language: language)
        func sample(_ strength: Strength, _ label: String) -> String {
            let dash = strength == .weak ? " stroke-dasharray=\"6 3.5\"" : ""
            let width = strength == .strong ? 4 : strength == .moderate ? 1.5 : 2.5
            return
                "<span class=\"line-key\"><svg width=\"34\" height=\"10\" viewBox=\"0 0 34 10\"><line x1=\"1\" y1=\"5\" x2=\"33\" y2=\"5\" "
                + "stroke=\"\(ReportPalette.lineColor(strength))\" stroke-width=\"\(width)\"\(dash)/></svg>\(HTML.escape(label))</span>"
        }
        let moderate = sample(.moderate, t.moderateLine)
        var note = t.lineWidthNote
        if !showsAllTies {
            note += " " + t.networkShown(strongest: highlighted, weakest: highlighted, total: edges.count)
        }
        return "<div class=\"legend\">" + sample(.strong, t.strongLine) + moderate
            + sample(.weak, t.weakLine) + "<span class=\"chip-label\">\(HTML.escape(note))</span>"
            + "<span class=\"chip-label\" data-js-only hidden>\(HTML.escape(t.networkClick))</span></div>\n"
    }
}

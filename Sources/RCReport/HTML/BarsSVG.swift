import Foundation
import RCStats
import RCSurvey

/// Horizontal bars on the response scale with 95% confidence whiskers and the weak/strong
/// thresholds drawn as lines: the dimension profile of one round, or before/after pairs.
struct BarsSVG: Sendable {
    /// One bar: a labelled estimate (suppressed bars show only n).
    struct Bar: Sendable {
        var series: String
        var estimate: Estimate
    }

    /// One group of bars (a dimension), with an optional note on the right (the change).
    struct Group: Sendable {
        var label: String
        var bars: [Bar]
        var note: String?
        init(label: String, bars: [Bar], note: String? = nil) {
            self.label = label
            self.bars = bars
            self.note = note
        }
    }

    var groups: [Group]
    var language: Language
    var thresholds: StrengthThresholds
    var scale: ClosedRange<Double>
    /// Colour by strength (one round) or by series (before light, after dark).
    var colorBySeries: Bool
    /// The minimum group size, for a hidden bar's "fewer than k".
    var minGroup: Int

    init(
        groups: [Group], language: Language, thresholds: StrengthThresholds, scale: ClosedRange<Double> = 1...5,
        colorBySeries: Bool = false, minGroup: Int = 3
    ) {
        self.groups = groups
        self.language = language
        self.thresholds = thresholds
        self.scale = scale
        self.colorBySeries = colorBySeries
        self.minGroup = minGroup
    }

    /// The dimension profile of one round.
    static func profile(_ analysis: NetworkAnalysis, language: Language, scale: ClosedRange<Double> = 1...5)
        -> BarsSVG
    {
        BarsSVG(
            groups: analysis.dimensions.map {
                Group(label: $0.dimension.label(language), bars: [Bar(series: "", estimate: $0.estimate)])
            },
            language: language, thresholds: analysis.options.strength, scale: scale,
            minGroup: analysis.options.minGroup)
    }

    /// The network index and the dimensions before and after, with the change on the right.
    static func beforeAfter(
        _ comparison: RoundComparison, language: Language, scale: ClosedRange<Double> = 1...5
    ) -> BarsSVG {
        let t = Phrases(language: language)
        let figure = comparison.figure(language)
        func note(_ measure: MeasureComparison, _ verdict: ChangeVerdict, q: Double?, label: String) -> String? {
            guard let welch = measure.welch else { return nil }
            var text = figure.difference(measure, verdict: verdict) ?? language.formatSigned(welch.difference)
            if !verdict.symbol.isEmpty { text += " \(verdict.symbol)" }
            if let q { text += "  \(label) \(language.formatP(q))" }
            return text
        }
        let before = comparison.before.round.isEmpty ? t.before : comparison.before.round
        let after = comparison.after.round.isEmpty ? t.after : comparison.after.round
        var groups = [
            Group(
                label: t.networkIndex,
                bars: [
                    Bar(series: before, estimate: comparison.index.before),
                    Bar(series: after, estimate: comparison.index.after)
                ],
                note: note(comparison.index, comparison.indexVerdict, q: comparison.index.welch?.pValue, label: "p"))
        ]
        for item in comparison.dimensions {
            groups.append(
                Group(
                    label: item.dimension.label(language),
                    bars: [
                        Bar(series: before, estimate: item.comparison.before),
                        Bar(series: after, estimate: item.comparison.after)
                    ],
                    note: note(item.comparison, item.verdict, q: item.q, label: "q")))
        }
        return BarsSVG(
            groups: groups, language: language, thresholds: comparison.before.options.strength, scale: scale,
            colorBySeries: true, minGroup: comparison.minGroup)
    }

    /// The distance between grid lines on a scale `range` wide: 1 up to 6, 2 up to 12, else
    /// the round number (1, 2 or 5 times a power of ten) that gives at most ten lines.
    static func tickStep(_ range: Double) -> Double {
        guard range.isFinite, range > 0 else { return 1 }
        if range <= 6 { return 1 }
        if range <= 12 { return 2 }
        let rough = range / 10
        let power = pow(10, (log10(rough)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
    }

    func render() -> String {
        let f = SVGNumber.format
        let labelWidth = 200.0
        let seriesWidth = colorBySeries ? 58.0 : 0
        let plotLeft = labelWidth + seriesWidth
        let plotWidth = 380.0
        let valueWidth = 96.0
        let noteWidth = 150.0
        let barHeight = colorBySeries ? 13.0 : 17.0
        let gap = 3.0
        let groupGap = colorBySeries ? 12.0 : 8.0
        let top = 22.0
        var height = top
        for group in groups { height += Double(group.bars.count) * (barHeight + gap) + groupGap }
        height += 6
        let width = plotLeft + plotWidth + valueWidth + noteWidth
        let low = scale.lowerBound
        let high = scale.upperBound
        func x(_ value: Double) -> Double { plotLeft + (min(max(value, low), high) - low) / (high - low) * plotWidth }

        var out = "<svg class=\"bars\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\">"
        // Grid and thresholds.
        let step = BarsSVG.tickStep(high - low)
        var tick = (low / step).rounded(.up) * step
        // At most a dozen ticks, whatever the scale (``tickStep(_:)``).
        var ticks = 0
        while tick <= high, ticks < 24 {
            ticks += 1
            out +=
                "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top - 4))\" x2=\"\(f(x(tick)))\" y2=\"\(f(height - 4))\" stroke=\"#e3e0da\" stroke-width=\"1\"/>"
            out +=
                "<text class=\"axis\" x=\"\(f(x(tick)))\" y=\"\(f(top - 8))\" text-anchor=\"middle\">\(language.format(tick, decimals: 0))</text>"
            tick += step
        }
        for (value, strength) in [(thresholds.weakBelow, Strength.weak), (thresholds.strongAbove, .strong)] {
            out +=
                "<line x1=\"\(f(x(value)))\" y1=\"\(f(top - 4))\" x2=\"\(f(x(value)))\" y2=\"\(f(height - 4))\" "
                + "stroke=\"\(ReportPalette.lineColor(strength))\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"/>"
        }
        var y = top
        for group in groups {
            let groupHeight = Double(group.bars.count) * (barHeight + gap) - gap
            out +=
                "<text class=\"bar-label\" x=\"\(f(labelWidth - 8))\" y=\"\(f(y + groupHeight / 2 + 4))\" text-anchor=\"end\">"
                + "\(HTML.escape(group.label))</text>"
            for (index, bar) in group.bars.enumerated() {
                if colorBySeries {
                    out +=
                        "<text class=\"series\" x=\"\(f(labelWidth + 2))\" y=\"\(f(y + barHeight / 2 + 3.5))\">\(HTML.escape(bar.series.abbreviated(9)))</text>"
                }
                if let figures = bar.estimate.figures {
                    let mean = figures.mean
                    let strength = thresholds.strength(of: mean)
                    let fill: String
                    if colorBySeries {
                        fill = index == group.bars.count - 1 ? ReportPalette.strongLine : "#aab4c3"
                    } else {
                        fill = ReportPalette(thresholds: thresholds, scale: scale).strength(mean).fill
                    }
                    out +=
                        "<rect x=\"\(f(plotLeft))\" y=\"\(f(y))\" width=\"\(f(max(x(mean) - plotLeft, 0.5)))\" height=\"\(f(barHeight))\" "
                        + "fill=\"\(fill)\" stroke=\"#5b6470\" stroke-width=\"0.5\"/>"
                    let interval =
                        figures.ci.map { ($0.lowerBound, $0.upperBound) }
                        ?? figures.summary.confidenceInterval(level: 0.95).map { ($0.lower, $0.upper) }
                    if let (lower, upper) = interval, lower.isFinite, upper.isFinite {
                        let mid = y + barHeight / 2
                        out +=
                            "<path d=\"M\(f(x(lower))),\(f(mid)) H\(f(x(upper))) M\(f(x(lower))),\(f(mid - 4)) V\(f(mid + 4)) "
                            + "M\(f(x(upper))),\(f(mid - 4)) V\(f(mid + 4))\" stroke=\"#1d232b\" stroke-width=\"1.2\" fill=\"none\"/>"
                    }
                    let symbol = colorBySeries ? "" : " \(strength.symbol)"
                    out +=
                        "<text class=\"bar-value\" x=\"\(f(plotLeft + plotWidth + 8))\" y=\"\(f(y + barHeight / 2 + 4))\">"
                        + "\(colorBySeries ? language.format(mean) : StrengthFigure(thresholds: thresholds).format(mean, as: strength, language: language))\(symbol) "
                        + "<tspan class=\"bar-n\">n=\(bar.estimate.n)</tspan></text>"
                } else {
                    out +=
                        "<text class=\"bar-value muted\" x=\"\(f(plotLeft + 4))\" y=\"\(f(y + barHeight / 2 + 4))\">"
                        + "\(HTML.escape(Phrases(language: language).suppressed)) (\(HTML.escape(Phrases(language: language).countPhrase(bar.estimate, k: minGroup))))</text>"
                }
                y += barHeight + gap
            }
            if let note = group.note {
                out +=
                    "<text class=\"bar-note\" x=\"\(f(width - 4))\" y=\"\(f(y - gap - groupHeight / 2 + 4))\" text-anchor=\"end\">"
                    + "\(HTML.escape(note))</text>"
            }
            y += groupGap
        }
        return out + "</svg>\n"
    }
}

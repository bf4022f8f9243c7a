import RCStats
import RCSurvey

/// Role × role grids of a workbook: a header row of target roles, a row per rater role.
enum WorkbookGrid {
    /// A sheet of grids about `analysis`'s roles: the `heading` rows, then each grid with an
    /// empty row between, its first column and the rows down to the first grid's header frozen.
    static func sheet(
        _ name: String, heading: [[SpreadsheetML.Cell?]], grids: [[[SpreadsheetML.Cell?]]], analysis: NetworkAnalysis
    ) -> SpreadsheetML.Sheet {
        var sheet = SpreadsheetML.Sheet(name: name)
        sheet.rows = heading
        for (number, grid) in grids.enumerated() {
            if number > 0 { sheet.rows.append([]) }
            sheet.rows += grid
        }
        sheet.widths = widths(analysis)
        sheet.frozenRows = heading.count + 1
        sheet.frozenColumns = 1
        return sheet
    }

    static func text(_ text: String, bold: Bool = false, italic: Bool = false) -> SpreadsheetML.Cell {
        SpreadsheetML.Cell(value: .text(text), style: SpreadsheetML.Style(bold: bold, italic: italic))
    }

    /// A number format with `places` decimals, for Danish (decimal comma) or English.
    static func decimals(_ places: Int, _ language: Language, suffix: String = "") -> String {
        let digits = places > 0 ? "0." + String(repeating: "0", count: places) : "0"
        return locale(language) + digits + (suffix.isEmpty ? "" : "\" \(suffix)\"")
    }

    /// A number format's locale: Danish (decimal comma) or English.
    static func locale(_ language: Language) -> String { language == .da ? "[$-406]" : "[$-409]" }

    /// The hatched cell of a figure that is not shown (`mark`: "·", or × beside a smaller segment).
    static func hiddenCell(_ mark: String = "·") -> SpreadsheetML.Cell {
        SpreadsheetML.Cell(
            value: .text(mark), style: SpreadsheetML.Style(color: "#595959", hatched: true, centered: true))
    }

    /// The legend rows every grid sheet ends with: what "·" means, and the own-group diagonal.
    static func commonLegendRows(minGroup: Int, t: Phrases) -> [[SpreadsheetML.Cell?]] {
        [
            [text("· \(t.hiddenBelow(minGroup))", italic: true)],
            [outlinedSample(t), text(t.ownGroupLegend, italic: true)]
        ]
    }

    static func widths(_ analysis: NetworkAnalysis) -> [Double] {
        let longest = analysis.roles.map(\.count).max() ?? 10
        let column = Double(min(max(analysis.roles.map(\.count).max() ?? 10, 10), 22)) + 3
        return [Double(min(max(longest, 18), 40)) + 2] + analysis.roles.map { _ in column }
    }

    private static func header(_ roles: [String], t: Phrases) -> [SpreadsheetML.Cell?] {
        [text(t.raterTarget, bold: true)]
            + roles.map {
                SpreadsheetML.Cell(
                    value: .text($0), style: SpreadsheetML.Style(bold: true, centered: true, wrapped: true))
            }
    }

    /// The grid of a mean per cell (`figure` gives it and its strength, nil when hidden), in the
    /// colours of the HTML report, the strength symbol in the number format.
    static func means(
        _ analysis: NetworkAnalysis, t: Phrases, language: Language, scale: ClosedRange<Double>,
        figure: (NetworkCell) -> (Double, Strength?)?
    ) -> [[SpreadsheetML.Cell?]] {
        let palette = ReportPalette(thresholds: analysis.options.strength, scale: scale)
        let printed = StrengthFigure(thresholds: analysis.options.strength)
        return grid(analysis, t: t) { cell in
            guard let (mean, strength) = figure(cell), let strength else {
                return hiddenCell(cell.estimate.hidden == .protectsOthers ? Phrases.besideOthersSymbol : "·")
            }
            // As many decimals as it takes for the figure not to contradict its symbol (3.497 ▼).
            let places = printed.places(mean, as: strength)
            let swatch = palette.strength(mean, as: strength)
            return SpreadsheetML.Cell(
                value: .number(mean),
                style: SpreadsheetML.Style(
                    fill: swatch.fill, color: swatch.text,
                    numberFormat: decimals(places, language, suffix: strength.symbol), centered: true))
        }
    }

    /// A grid with the targets across and the raters down, `cell` in each cell; the own-group
    /// diagonal (a role rating itself) framed, as the legend says.
    static func grid(_ roles: [String], t: Phrases, cell: (_ rater: Int, _ target: Int) -> SpreadsheetML.Cell?)
        -> [[SpreadsheetML.Cell?]]
    {
        var rows = [header(roles, t: t)]
        for (a, rater) in roles.enumerated() {
            rows.append(
                [text(rater, bold: true)]
                    + roles.indices.map { b in
                        guard var content = cell(a, b) else { return nil }
                        content.style.outlined = a == b
                        return content
                    })
        }
        return rows
    }

    private static func grid(_ analysis: NetworkAnalysis, t: Phrases, cell: (NetworkCell) -> SpreadsheetML.Cell?)
        -> [[SpreadsheetML.Cell?]]
    {
        let count = analysis.roles.count
        return grid(analysis.roles, t: t) { a, b in cell(analysis.cells[a * count + b]) }
    }

    /// The grid of n per cell.
    static func counts(_ analysis: NetworkAnalysis, t: Phrases, language: Language) -> [[SpreadsheetML.Cell?]] {
        let k = analysis.options.minGroup
        return grid(analysis, t: t) { cell in
            // A group that answered but is hidden: "<k", never its count of 0.
            SpreadsheetML.Cell(
                value: cell.estimate.hidden == .fewerThanK ? .text("<\(k)") : .number(Double(cell.estimate.n)),
                style: SpreadsheetML.Style(hatched: cell.estimate.isSuppressed, numberFormat: "0", centered: true))
        }
    }

    /// What the colours, symbols, frames and hatching mean: a row of sample cells coloured and
    /// formatted exactly as the grid's cells are (the palette's own colours), then the words.
    static func legend(_ analysis: NetworkAnalysis, t: Phrases, language: Language, scale: ClosedRange<Double>)
        -> [[SpreadsheetML.Cell?]]
    {
        let thresholds = analysis.options.strength
        let strong = language.format(thresholds.strongAbove), weak = language.format(thresholds.weakBelow)
        let palette = ReportPalette(thresholds: thresholds, scale: scale)
        let span = (scale.upperBound - scale.lowerBound) / 4
        let samples = [
            thresholds.weakBelow - 1.2 * span, thresholds.weakBelow - 0.4 * span,
            (thresholds.weakBelow + thresholds.strongAbove) / 2, thresholds.strongAbove + 0.3 * span,
            thresholds.strongAbove + 0.8 * span
        ]
        let swatches: [SpreadsheetML.Cell?] = samples.map { value in
            let strength = thresholds.strength(of: value)
            let swatch = palette.strength(value, as: strength)
            return SpreadsheetML.Cell(
                value: .number(value),
                style: SpreadsheetML.Style(
                    fill: swatch.fill, color: swatch.text,
                    numberFormat: decimals(2, language, suffix: strength.symbol), centered: true))
        }
        var rows: [[SpreadsheetML.Cell?]] =
            [
                [text(t.scaleLegendTitle, bold: true)] + swatches,
                [
                    text(
                        "▲ \(Strength.strong.label(language)) > \(strong)   ■ \(Strength.moderate.label(language)) \(weak)–\(strong)   ▼ \(Strength.weak.label(language)) < \(weak)",
                        italic: true)
                ]
            ] + commonLegendRows(minGroup: analysis.options.minGroup, t: t)
        if analysis.cells.contains(where: { $0.estimate.hidden == .protectsOthers }) {
            rows.append([text(t.besideOthersLegend, italic: true)])
        }
        return rows
    }

    /// A framed empty cell: the legend's sample of the own-group diagonal.
    static func outlinedSample(_ t: Phrases) -> SpreadsheetML.Cell {
        SpreadsheetML.Cell(value: .text(""), style: SpreadsheetML.Style(outlined: true))
    }
}

import RCStats
import RCSurvey

/// `analyze --format xlsx`: the role × role heat map as a coloured grid for slides. The first
/// sheet holds the heat map (each mean a number, filled with the report's colour and shown
/// with its strength symbol through its number format), the second the n of every cell, then
/// one sheet per dimension and, with `--by`, one per segment. Headers are in the language of
/// the report; numbers are numbers, formatted for Danish or English (decimal comma or point).
/// Hidden figures are hatched cells with no number.
struct AnalysisWorkbook: Sendable {
    var analysis: NetworkAnalysis
    /// With `--by`: the segments (and `analysis` is their whole organisation).
    var segmented: SegmentedAnalysis?
    var language: Language
    /// The response scale's range (the colour scale).
    var scale: ClosedRange<Double>
    /// With `--where`: the segment the analysis is (`Afdeling: Akut`), in every sheet's heading.
    var segmentTitle: String?

    init(
        analysis: NetworkAnalysis, segmented: SegmentedAnalysis? = nil, language: Language,
        scale: ClosedRange<Double> = 1...5
    ) {
        self.analysis = segmented?.whole ?? analysis
        self.segmented = segmented
        self.language = language
        self.scale = scale
    }

    private var t: Phrases { Phrases(language: language) }

    /// The parts of the .xlsx package (to be zipped), by path.
    func parts() -> [(path: String, bytes: [UInt8])] { document.parts() }

    var document: SpreadsheetML {
        var document = SpreadsheetML()
        let whole = segmented == nil ? segmentTitle : t.wholeOrganisation
        document.sheets.append(heatmapSheet(t.heatmapSheet, analysis, subtitle: whole))
        document.sheets.append(countSheet(analysis, subtitle: whole))
        for dimension in Dimension.allCases {
            document.sheets.append(dimensionSheet(dimension, analysis, subtitle: whole))
        }
        if let segmented {
            for segment in segmented.segments {
                let title = t.segmentTitle(by: segmented.by, value: segment.value)
                document.sheets.append(
                    heatmapSheet(
                        segment.value ?? t.noValue, segment.analysis, subtitle: title,
                        then: [WorkbookGrid.counts(segment.analysis, t: t, language: language)]))
            }
        }
        return document
    }

    private func title(_ analysis: NetworkAnalysis, subtitle: String?) -> [[SpreadsheetML.Cell?]] {
        var heading = t.relationalCoordination
        if let subtitle { heading += " · " + subtitle }
        if !analysis.round.isEmpty { heading += " · \(t.round.lowercased()) \(analysis.round)" }
        var index: [SpreadsheetML.Cell?] = [WorkbookGrid.text(t.networkIndex, bold: true)]
        if let mean = analysis.index.mean {
            index.append(
                SpreadsheetML.Cell(
                    value: .number(mean), style: SpreadsheetML.Style(numberFormat: WorkbookGrid.decimals(2, language))))
        } else {
            index.append(WorkbookGrid.text("·"))
        }
        index.append(
            WorkbookGrid.text(
                "\(t.countPhrase(analysis.index, k: analysis.options.minGroup)) · \(language.formatCount(analysis.respondents)) \(t.respondents) · \(t.minGroup) \(analysis.options.minGroup)"
            ))
        return [[WorkbookGrid.text(heading, bold: true)], index, []]
    }

    /// The heat map of `analysis`, its legend, then `then`'s grids.
    private func heatmapSheet(
        _ name: String, _ analysis: NetworkAnalysis, subtitle: String?, then: [[[SpreadsheetML.Cell?]]] = []
    ) -> SpreadsheetML.Sheet {
        let means = WorkbookGrid.means(analysis, t: t, language: language, scale: scale) { cell in
            cell.estimate.mean.map { ($0, cell.strength) }
        }
        return WorkbookGrid.sheet(
            name, heading: title(analysis, subtitle: subtitle),
            grids: [means, WorkbookGrid.legend(analysis, t: t, language: language)] + then, analysis: analysis)
    }

    private func countSheet(_ analysis: NetworkAnalysis, subtitle: String?) -> SpreadsheetML.Sheet {
        WorkbookGrid.sheet(
            "n", heading: title(analysis, subtitle: subtitle),
            grids: [WorkbookGrid.counts(analysis, t: t, language: language)], analysis: analysis)
    }

    private func dimensionSheet(_ dimension: Dimension, _ analysis: NetworkAnalysis, subtitle: String?)
        -> SpreadsheetML.Sheet
    {
        let means = WorkbookGrid.means(analysis, t: t, language: language, scale: scale) { cell in
            let item = cell.dimensions[dimension.index]
            return item.estimate.mean.map { ($0, item.strength) }
        }
        return WorkbookGrid.sheet(
            dimension.label(language),
            heading: title(
                analysis, subtitle: [subtitle, dimension.label(language)].compactMap { $0 }.joined(separator: " · ")),
            grids: [means, WorkbookGrid.legend(analysis, t: t, language: language)], analysis: analysis)
    }
}

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
        let locale = language == .da ? "[$-406]" : "[$-409]"
        let digits = places > 0 ? "0." + String(repeating: "0", count: places) : "0"
        return locale + digits + (suffix.isEmpty ? "" : "\" \(suffix)\"")
    }

    static func widths(_ analysis: NetworkAnalysis) -> [Double] {
        let longest = analysis.roles.map(\.count).max() ?? 10
        let column = Double(min(max(analysis.roles.map(\.count).max() ?? 10, 10), 22)) + 3
        return [Double(min(max(longest, 18), 40)) + 2] + analysis.roles.map { _ in column }
    }

    private static func header(_ analysis: NetworkAnalysis, t: Phrases) -> [SpreadsheetML.Cell?] {
        [text(t.raterTarget, bold: true)]
            + analysis.roles.map {
                SpreadsheetML.Cell(
                    value: .text($0), style: SpreadsheetML.Style(bold: true, centered: true, wrapped: true))
            }
    }

    /// The grid of a mean per cell (`figure` gives it and its strength, nil when hidden).
    static func means(
        _ analysis: NetworkAnalysis, t: Phrases, language: Language, scale: ClosedRange<Double>,
        figure: (NetworkCell) -> (Double, Strength?)?
    ) -> [[SpreadsheetML.Cell?]] {
        let palette = ReportPalette(thresholds: analysis.options.strength, scale: scale)
        let printed = StrengthFigure(thresholds: analysis.options.strength)
        return grid(analysis, t: t) { cell in
            guard let (mean, strength) = figure(cell), let strength else {
                let mark = cell.estimate.hidden == .protectsOthers ? Phrases.besideOthersSymbol : "·"
                return SpreadsheetML.Cell(
                    value: .text(mark), style: SpreadsheetML.Style(color: "#595959", hatched: true, centered: true))
            }
            // As many decimals as it takes for the figure not to contradict its symbol (3.497 ▼).
            var places = 2
            while places < 10, !printed.agrees(StrengthFigure.rounded(mean, places), strength) { places += 1 }
            let swatch = palette.strength(mean, as: strength)
            return SpreadsheetML.Cell(
                value: .number(mean),
                style: SpreadsheetML.Style(
                    fill: swatch.fill, color: swatch.text,
                    numberFormat: decimals(places, language, suffix: strength.symbol), centered: true))
        }
    }

    /// A grid with the targets across and the raters down, `cell` in each cell.
    private static func grid(_ analysis: NetworkAnalysis, t: Phrases, cell: (NetworkCell) -> SpreadsheetML.Cell?)
        -> [[SpreadsheetML.Cell?]]
    {
        var rows = [header(analysis, t: t)]
        let count = analysis.roles.count
        for (a, rater) in analysis.roles.enumerated() {
            rows.append([text(rater, bold: true)] + (0..<count).map { cell(analysis.cells[a * count + $0]) })
        }
        return rows
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

    /// What the colours, symbols and hatching mean.
    static func legend(_ analysis: NetworkAnalysis, t: Phrases, language: Language) -> [[SpreadsheetML.Cell?]] {
        let thresholds = analysis.options.strength
        let strong = language.format(thresholds.strongAbove), weak = language.format(thresholds.weakBelow)
        var rows: [[SpreadsheetML.Cell?]] = [
            [
                text(
                    "▲ \(Strength.strong.label(language)) > \(strong)   ■ \(Strength.moderate.label(language)) \(weak)–\(strong)   ▼ \(Strength.weak.label(language)) < \(weak)",
                    italic: true)
            ],
            [text("· \(t.hiddenBelow(analysis.options.minGroup))", italic: true)]
        ]
        if analysis.cells.contains(where: { $0.estimate.hidden == .protectsOthers }) {
            rows.append([text(t.besideOthersLegend, italic: true)])
        }
        return rows
    }
}

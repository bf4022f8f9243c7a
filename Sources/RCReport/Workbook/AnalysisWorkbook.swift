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
                var sheet = heatmapSheet(segment.value ?? t.noValue, segment.analysis, subtitle: title)
                sheet.rows.append([])
                sheet.rows += WorkbookGrid.counts(segment.analysis, t: t, language: language)
                document.sheets.append(sheet)
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
                "\(t.countPhrase(analysis.index, k: analysis.options.minGroup)) · \(analysis.respondents) \(t.respondents) · \(t.minGroup) \(analysis.options.minGroup)"
            ))
        return [[WorkbookGrid.text(heading, bold: true)], index, []]
    }

    private func heatmapSheet(_ name: String, _ analysis: NetworkAnalysis, subtitle: String?) -> SpreadsheetML.Sheet {
        var sheet = SpreadsheetML.Sheet(name: name)
        sheet.rows = title(analysis, subtitle: subtitle)
        sheet.rows += WorkbookGrid.means(analysis, t: t, language: language, scale: scale) { cell in
            cell.estimate.mean.map { ($0, cell.strength) }
        }
        sheet.rows.append([])
        sheet.rows += WorkbookGrid.legend(analysis, t: t, language: language)
        sheet.widths = WorkbookGrid.widths(analysis)
        sheet.frozenRows = 4
        sheet.frozenColumns = 1
        return sheet
    }

    private func countSheet(_ analysis: NetworkAnalysis, subtitle: String?) -> SpreadsheetML.Sheet {
        var sheet = SpreadsheetML.Sheet(name: "n")
        sheet.rows = title(analysis, subtitle: subtitle) + WorkbookGrid.counts(analysis, t: t, language: language)
        sheet.widths = WorkbookGrid.widths(analysis)
        sheet.frozenRows = 4
        sheet.frozenColumns = 1
        return sheet
    }

    private func dimensionSheet(_ dimension: Dimension, _ analysis: NetworkAnalysis, subtitle: String?)
        -> SpreadsheetML.Sheet
    {
        var sheet = SpreadsheetML.Sheet(name: dimension.label(language))
        sheet.rows = title(
            analysis, subtitle: [subtitle, dimension.label(language)].compactMap { $0 }.joined(separator: " · "))
        sheet.rows += WorkbookGrid.means(analysis, t: t, language: language, scale: scale) { cell in
            let item = cell.dimensions[dimension.index]
            return item.estimate.mean.map { ($0, item.strength) }
        }
        sheet.rows.append([])
        sheet.rows += WorkbookGrid.legend(analysis, t: t, language: language)
        sheet.widths = WorkbookGrid.widths(analysis)
        sheet.frozenRows = 4
        sheet.frozenColumns = 1
        return sheet
    }
}

/// Role × role grids of a workbook: a header row of target roles, a row per rater role.
enum WorkbookGrid {
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
        var rows = [header(analysis, t: t)]
        let count = analysis.roles.count
        for (a, rater) in analysis.roles.enumerated() {
            var row: [SpreadsheetML.Cell?] = [text(rater, bold: true)]
            for b in 0..<count {
                let cell = analysis.cells[a * count + b]
                guard let (mean, strength) = figure(cell), let strength else {
                    let mark = cell.estimate.hidden == .protectsOthers ? Phrases.besideOthersSymbol : "·"
                    row.append(
                        SpreadsheetML.Cell(
                            value: .text(mark),
                            style: SpreadsheetML.Style(color: "#595959", hatched: true, centered: true)))
                    continue
                }
                // As many decimals as it takes for the figure not to contradict its symbol (3.497 ▼).
                var places = 2
                while places < 10, !printed.agrees(StrengthFigure.rounded(mean, places), strength) { places += 1 }
                let swatch = palette.strength(mean, as: strength)
                row.append(
                    SpreadsheetML.Cell(
                        value: .number(mean),
                        style: SpreadsheetML.Style(
                            fill: swatch.fill, color: swatch.text,
                            numberFormat: decimals(places, language, suffix: strength.symbol), centered: true)))
            }
            rows.append(row)
        }
        return rows
    }

    /// The grid of n per cell.
    static func counts(_ analysis: NetworkAnalysis, t: Phrases, language: Language) -> [[SpreadsheetML.Cell?]] {
        var rows = [header(analysis, t: t)]
        let count = analysis.roles.count
        for (a, rater) in analysis.roles.enumerated() {
            var row: [SpreadsheetML.Cell?] = [text(rater, bold: true)]
            for b in 0..<count {
                let cell = analysis.cells[a * count + b]
                // A group that answered but is hidden: "<k", never its count of 0.
                let k = analysis.options.minGroup
                row.append(
                    SpreadsheetML.Cell(
                        value: cell.estimate.hidden == .fewerThanK ? .text("<\(k)") : .number(Double(cell.estimate.n)),
                        style: SpreadsheetML.Style(
                            hatched: cell.estimate.isSuppressed, numberFormat: "0", centered: true)))
            }
            rows.append(row)
        }
        return rows
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

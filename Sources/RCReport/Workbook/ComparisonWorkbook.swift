import RCStats
import RCSurvey

/// `compare --format xlsx`: the change of every tie as a coloured grid (after − before, blue
/// for better, orange for worse, deep and with ↑/↓ where the change matters: SPEC §4), then each
/// round's heat map and n, and, with `--by`, a change grid per segment. Numbers are numbers,
/// formatted for Danish or English; cells not compared are hatched with no number; the legends'
/// sample cells are coloured as the grids' are, and the own-group diagonal is framed.
struct ComparisonWorkbook: Sendable {
    /// The consecutive comparisons; the workbook shows the first and last round of each.
    var comparisons: [RoundComparison]
    /// With `--by`: each segment's comparisons.
    var segments: [(title: String, comparisons: [RoundComparison])] = []
    var language: Language
    var scale: ClosedRange<Double> = 1...5
    /// With `--where`: the segment the comparison is (`Afdeling: Akut`), in every sheet's heading.
    var segmentTitle: String?

    private var t: Phrases { Phrases(language: language) }

    /// The parts of the .xlsx package (to be zipped), by path.
    func parts() -> [(path: String, bytes: [UInt8])] { document.parts() }

    var document: SpreadsheetML {
        var document = SpreadsheetML()
        let wholeTitle = segments.isEmpty ? segmentTitle : t.wholeOrganisation
        for comparison in comparisons {
            document.sheets.append(
                changeSheet(
                    comparison, name: "\(t.changeSheet) \(comparison.before.round)–\(comparison.after.round)",
                    subtitle: wholeTitle))
        }
        let rounds = (comparisons.first.map { [$0.before] } ?? []) + comparisons.map(\.after)
        let analysisSheets = rounds.map { round -> SpreadsheetML.Sheet in
            let heading = [t.relationalCoordination, wholeTitle, "\(t.round.lowercased()) \(round.round)"]
                .compactMap { $0 }.joined(separator: " · ")
            let means = WorkbookGrid.means(round, t: t, language: language, scale: scale) { cell in
                cell.estimate.mean.map { ($0, cell.strength) }
            }
            return WorkbookGrid.sheet(
                round.round.isEmpty ? t.heatmapSheet : round.round,
                heading: [[WorkbookGrid.text(heading, bold: true)], []],
                grids: [
                    means, WorkbookGrid.counts(round, t: t, language: language),
                    WorkbookGrid.legend(round, t: t, language: language, scale: scale)
                ], analysis: round)
        }
        document.sheets += analysisSheets
        for segment in segments {
            for comparison in segment.comparisons {
                document.sheets.append(changeSheet(comparison, name: segment.title, subtitle: segment.title))
            }
        }
        return document
    }

    private func changeSheet(_ comparison: RoundComparison, name: String, subtitle: String?) -> SpreadsheetML.Sheet {
        let palette = ReportPalette(thresholds: comparison.before.options.strength, scale: scale)
        let heading = [t.changeHeatmapTitle, subtitle, "\(comparison.before.round) → \(comparison.after.round)"]
            .compactMap { $0 }
            .joined(separator: " · ")
        let roles = comparison.roles
        let signed = WorkbookGrid.locale(language)
        let figure = comparison.figure(language)
        func changeCell(_ difference: Double, matters: Bool, symbol: String, places: Int = ChangeFigure.places)
            -> SpreadsheetML.Cell
        {
            let swatch = palette.change(difference, matters: matters)
            // ↑/↓ as the legend says: ▲/▼ mean a tie's strength on the heat-map sheets.
            let mark = matters ? "\" \(symbol)\"" : ""
            let digits = "0." + String(repeating: "0", count: places)
            return SpreadsheetML.Cell(
                value: .number(difference),
                style: SpreadsheetML.Style(
                    fill: swatch.fill, color: swatch.text,
                    numberFormat: "\(signed)+\(digits)\(mark);\(signed)-\(digits)\(mark);\(signed)\(digits)",
                    centered: true))
        }
        let grid = WorkbookGrid.grid(roles, t: t) { a, b in
            let cell = comparison.cells[a * roles.count + b]
            guard let printed = figure.printed(cell.comparison, verdict: cell.verdict),
                let difference = cell.comparison.difference
            else { return WorkbookGrid.hiddenCell() }
            // The change itself, shown with the report's decimals (a third where two would contradict the verdict).
            return changeCell(
                difference, matters: cell.verdict.matters, symbol: cell.verdict.symbol, places: printed.places)
        }
        // Sample cells coloured and marked exactly as the grid's: a decline and an improvement that
        // matter, smaller or unclear changes, none.
        let span = (scale.upperBound - scale.lowerBound) / 4
        let samples: [SpreadsheetML.Cell?] = [
            changeCell(-0.6 * span, matters: true, symbol: "↓"), changeCell(-0.3 * span, matters: false, symbol: ""),
            changeCell(0, matters: false, symbol: ""), changeCell(0.3 * span, matters: false, symbol: ""),
            changeCell(0.6 * span, matters: true, symbol: "↑")
        ]
        let legend =
            [
                [WorkbookGrid.text(t.scaleLegendTitle, bold: true)] + samples,
                [WorkbookGrid.text(t.changeLegend(delta: figure.threshold), italic: true)]
            ] + WorkbookGrid.commonLegendRows(minGroup: comparison.minGroup, t: t) + [
                // Who was followed from round to round, and why the others were not (SPEC §4).
                [WorkbookGrid.text(t.pairingDetail(comparison.pairing), italic: true)]
            ]
        return WorkbookGrid.sheet(
            name, heading: [[WorkbookGrid.text(heading, bold: true)], []], grids: [grid, legend],
            analysis: comparison.before)
    }
}

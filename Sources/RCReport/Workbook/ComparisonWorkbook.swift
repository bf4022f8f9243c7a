import RCStats
import RCSurvey

/// `compare --format xlsx`: the change of every tie as a coloured grid (after − before, blue
/// for better, orange for worse, deep and with ▲/▼ where reliable: q < 0.05), then each round's
/// heat map and n, and, with `--by`, a change grid per segment. Numbers are numbers, formatted
/// for Danish or English; cells not compared are hatched with no number.
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
                    WorkbookGrid.legend(round, t: t, language: language)
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
        var sheet = SpreadsheetML.Sheet(name: name)
        let heading = [t.changeHeatmapTitle, subtitle, "\(comparison.before.round) → \(comparison.after.round)"]
            .compactMap { $0 }
            .joined(separator: " · ")
        sheet.rows = [[WorkbookGrid.text(heading, bold: true)], []]
        let roles = comparison.roles
        sheet.rows.append(
            [WorkbookGrid.text(t.raterTarget, bold: true)]
                + roles.map {
                    SpreadsheetML.Cell(
                        value: .text($0), style: SpreadsheetML.Style(bold: true, centered: true, wrapped: true))
                })
        let signed = language == .da ? "[$-406]" : "[$-409]"
        for (a, rater) in roles.enumerated() {
            var row: [SpreadsheetML.Cell?] = [WorkbookGrid.text(rater, bold: true)]
            for b in roles.indices {
                let cell = comparison.cells[a * roles.count + b]
                guard let difference = cell.comparison.difference else {
                    row.append(
                        SpreadsheetML.Cell(
                            value: .text("·"),
                            style: SpreadsheetML.Style(color: "#595959", hatched: true, centered: true)))
                    continue
                }
                let verdict = cell.verdict
                let swatch = palette.change(difference, matters: verdict.matters)
                // ↑/↓ as the legend says: ▲/▼ mean a tie's strength on the heat-map sheets.
                let mark = verdict.matters ? "\" \(verdict.symbol)\"" : ""
                row.append(
                    SpreadsheetML.Cell(
                        value: .number(difference),
                        style: SpreadsheetML.Style(
                            fill: swatch.fill, color: swatch.text,
                            numberFormat: "\(signed)+0.00\(mark);\(signed)-0.00\(mark);\(signed)0.00",
                            centered: true)))
            }
            sheet.rows.append(row)
        }
        sheet.rows.append([])
        sheet.rows.append([
            WorkbookGrid.text(t.changeLegend(delta: comparison.figure(language).threshold), italic: true)
        ])
        sheet.rows.append([WorkbookGrid.text("· \(t.hiddenBelow(comparison.minGroup))", italic: true)])
        sheet.widths = WorkbookGrid.widths(comparison.before)
        sheet.frozenRows = 3
        sheet.frozenColumns = 1
        return sheet
    }
}

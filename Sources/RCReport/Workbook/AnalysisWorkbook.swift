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
            grids: [means, WorkbookGrid.legend(analysis, t: t, language: language, scale: scale)] + then,
            analysis: analysis)
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
            grids: [means, WorkbookGrid.legend(analysis, t: t, language: language, scale: scale)], analysis: analysis)
    }
}

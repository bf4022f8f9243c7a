import RCStats
import RCSurvey

/// `--format table`: the terminal tables (colour on a terminal, symbols always).
public enum TableRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "table"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["txt"]

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        guard case let .text(text) = tables(result, context) else { return tables(result, context) }
        return .text(text + context.leftOutText(markdown: false))
    }

    private static func tables(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        let language = context.language
        let color = context.color
        switch result {
        case let .analysis(analysis):
            var table = AnalysisTable(analysis: analysis, ingest: context.ingest, language: language, color: color)
            table.segment = context.segment
            return .text(table.render() + ResponseRatesOutput.lines(context.responseRates, markdown: false, language))
        case let .segmentedAnalysis(segmented, counts):
            let output = SegmentedAnalysisOutput(
                segmented: segmented, ingest: context.ingest, segmentIngest: counts, language: language)
            return .text(
                output.table(color: color) + ResponseRatesOutput.lines(context.responseRates, markdown: false, language)
            )
        case let .comparison(comparisons):
            let trend =
                comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).render() + "\n" : ""
            return .text(
                (context.segment?.tableHeading(language, color: color) ?? "") + trend
                    + comparisons.map { ComparisonTable(comparison: $0, language: language, color: color).render() }
                    .joined(separator: "\n"))
        case let .segmentedComparison(segmented):
            return .text(
                SegmentedComparisonOutput(segmented, ingest: context.ingest, language: language).table(color: color))
        }
    }
}

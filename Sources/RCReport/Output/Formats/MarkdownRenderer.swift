import RCStats
import RCSurvey

/// `--format md`: Markdown tables for documents.
public enum MarkdownRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "md"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["md", "markdown"]

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        guard case let .text(text) = tables(result, context) else { return tables(result, context) }
        return .text(text + context.leftOutText(markdown: true))
    }

    private static func tables(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        let language = context.language
        switch result {
        case let .analysis(analysis):
            var tabular = AnalysisTabular(analysis: analysis, language: language)
            tabular.segment = context.segment
            return .text(
                tabular.markdown() + ResponseRatesOutput.lines(context.responseRates, markdown: true, language))
        case let .segmentedAnalysis(segmented, counts):
            let output = SegmentedAnalysisOutput(
                segmented: segmented, ingest: context.ingest, segmentIngest: counts, language: language)
            return .text(output.markdown() + ResponseRatesOutput.lines(context.responseRates, markdown: true, language))
        case let .comparison(comparisons):
            let trend =
                comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).markdown() + "\n" : ""
            return .text(
                (context.segment?.markdownHeading(language) ?? "") + trend
                    + comparisons.map {
                        "# \($0.before.round) → \($0.after.round)\n\n"
                            + ComparisonTabular(comparison: $0, language: language).markdown()
                    }
                    .joined(separator: "\n"))
        case let .segmentedComparison(segmented):
            return .text(SegmentedComparisonOutput(segmented, ingest: context.ingest, language: language).markdown())
        }
    }
}

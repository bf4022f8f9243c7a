import RCStats
import RCSurvey

/// `--format csv`: one table for spreadsheets (a comparison: of two rounds), with `--excel` in
/// Danish Excel's dialect.
public enum CSVRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "csv"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["csv"]

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) throws(RenderError) -> RenderedOutput {
        let language = context.language
        switch result {
        case let .analysis(analysis):
            var tabular = AnalysisTabular(analysis: analysis, language: language)
            tabular.segment = context.segment
            return .text(tabular.csv(excel: context.excel))
        case let .segmentedAnalysis(segmented, counts):
            let output = SegmentedAnalysisOutput(
                segmented: segmented, ingest: context.ingest, segmentIngest: counts, language: language)
            return .text(output.csv(excel: context.excel))
        case let .comparison(comparisons):
            guard comparisons.count == 1, let only = comparisons.first else {
                throw .twoRoundsOnly(format: name, rounds: comparisons.count + 1)
            }
            var tabular = ComparisonTabular(comparison: only, language: language)
            tabular.segment = context.segment
            return .text(tabular.csv(excel: context.excel))
        case let .segmentedComparison(segmented):
            guard segmented.whole.count == 1 else {
                throw .twoRoundsOnly(format: name, rounds: segmented.rounds.count)
            }
            return .text(
                SegmentedComparisonOutput(segmented, ingest: context.ingest, language: language).csv(
                    excel: context.excel))
        }
    }
}

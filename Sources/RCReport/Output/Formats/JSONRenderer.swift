import RCStats
import RCSurvey

/// `--format json`: the documents of SPEC §5 and §6, numbers as JSON numbers, hidden figures null.
public enum JSONRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "json"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["json"]

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        .text(context.addingLeftOut(to: document(result, context)).serialized())
    }

    private static func document(_ result: SurveyResult, _ context: ResultContext) -> JSONValue {
        let language = context.language
        switch result {
        case let .analysis(analysis):
            let document = AnalysisJSON(analysis: analysis, ingest: context.ingest, segment: context.segment).value
            return ResponseRatesOutput.adding(context.responseRates, to: document, language)
        case let .segmentedAnalysis(segmented, counts):
            let document = SegmentedAnalysisOutput(
                segmented: segmented, ingest: context.ingest, segmentIngest: counts, language: language
            ).json
            return ResponseRatesOutput.adding(context.responseRates, to: document, language)
        case let .comparison(comparisons):
            return ComparisonJSON(
                comparisons: comparisons, ingest: context.ingest, language: language, segment: context.segment
            ).value
        case let .segmentedComparison(segmented):
            return SegmentedComparisonOutput(segmented, ingest: context.ingest, language: language).json
        }
    }
}

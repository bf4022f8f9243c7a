import RCStats
import RCSurvey

/// `--format json`: the documents of SPEC §5 and §6, numbers as JSON numbers, hidden figures null.
public enum JSONRenderer: ResultRenderer {
    public static let name = "json"
    public static let fileExtensions = ["json"]

    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        let language = context.language
        switch result {
        case let .analysis(analysis):
            let document = AnalysisJSON(analysis: analysis, ingest: context.ingest, segment: context.segment).value
            return .text(ResponseRatesOutput.adding(context.responseRates, to: document, language).serialized())
        case let .segmentedAnalysis(segmented, counts):
            let document = SegmentedAnalysisOutput(
                segmented: segmented, ingest: context.ingest, segmentIngest: counts, language: language
            ).json
            return .text(ResponseRatesOutput.adding(context.responseRates, to: document, language).serialized())
        case let .comparison(comparisons):
            return .text(
                ComparisonJSON(
                    comparisons: comparisons, ingest: context.ingest, language: language, segment: context.segment
                ).render())
        case let .segmentedComparison(segmented):
            return .text(
                SegmentedComparisonOutput(segmented, ingest: context.ingest, language: language).json.serialized())
        }
    }
}

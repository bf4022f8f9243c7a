import RCStats
import RCSurvey

/// `--format html` and `rckit report`: the whole report as one self-contained page
/// (``HTMLReport``), every round compared with the one before, the segments as small multiples.
public enum HTMLRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "html"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["html", "htm"]

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        .text(report(result, context).render())
    }

    /// The report of `result`, its first lines and version as `context` says.
    static func report(_ result: SurveyResult, _ context: ResultContext) -> HTMLReport {
        let analyses = result.analyses
        var report = HTMLReport(
            analyses: analyses,
            comparisons: zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) },
            language: context.language)
        report.scale = context.scale
        report.title = context.report.title
        report.subtitle = context.report.subtitle
        report.process = context.report.process
        report.sources = context.report.sources
        report.ingest = context.ingest
        report.leftOut = context.leftOut
        report.generated = context.report.generated
        report.generator = context.report.generator
        report.segments = result.segmentedRounds
        report.responseRates = context.responseRates
        report.handout = context.report.handout
        report.segment = context.segment?.title(context.language)
        return report
    }
}

import RCIngest
import RCStats
import RCSurvey

/// `--format xlsx`: an Excel workbook of coloured grids (``AnalysisWorkbook``, ``ComparisonWorkbook``).
public enum WorkbookRenderer: ResultRenderer {
    /// The name `--format` takes.
    public static let name = "xlsx"
    /// The extensions of the files `--out` writes in this format.
    public static let fileExtensions = ["xlsx"]
    /// A workbook is a file, not text for a terminal.
    public static let isBinary = true

    /// `result` in this format (see the type).
    public static func render(_ result: SurveyResult, _ context: ResultContext) -> RenderedOutput {
        let language = context.language
        let parts: [(path: String, bytes: [UInt8])]
        switch result {
        case let .analysis(analysis):
            var workbook = AnalysisWorkbook(analysis: analysis, language: language, scale: context.scale)
            workbook.segmentTitle = context.segment?.title(language)
            parts = workbook.parts()
        case let .segmentedAnalysis(segmented, _):
            parts = AnalysisWorkbook(
                analysis: segmented.whole, segmented: segmented, language: language, scale: context.scale
            ).parts()
        case let .comparison(comparisons):
            var workbook = ComparisonWorkbook(comparisons: comparisons, language: language, scale: context.scale)
            workbook.segmentTitle = context.segment?.title(language)
            parts = workbook.parts()
        case let .segmentedComparison(segmented):
            let t = Phrases(language: language)
            parts = ComparisonWorkbook(
                comparisons: segmented.whole,
                segments: segmented.segments.map {
                    (t.segmentTitle(by: segmented.by, value: $0.value), $0.comparisons)
                },
                language: language, scale: context.scale
            ).parts()
        }
        // An Office Open XML package: the parts deflated, the content types first.
        var zip = ZipWriter()
        for part in parts { zip.add(part.path, part.bytes, deflated: true) }
        return .bytes(zip.bytes)
    }
}

import Foundation
import RCCommandLine
import RCReport
import RCStats
import RCSurvey

extension SurveyFiles {
    /// What every output of these files' result shares: the reading counts, the language and
    /// the instrument's scale and title, with what the command line chose.
    func resultContext(
        _ output: OutputOptions, excel: Bool = false, rates: ResponseRates? = nil, context: CommandContext
    ) -> ResultContext {
        let language = output.language ?? .da
        var result = ResultContext(ingest: counts, language: language, scale: instrument.scoreRange)
        result.responseRates = rates
        result.color = output.out == nil && context.useColor
        result.excel = excel
        result.report.title = instrument.title.text(language)
        result.report.process = instrument.process.text(language)
        result.report.sources = files.map { ($0 as NSString).lastPathComponent }
        result.report.generated = Self.today()
        result.report.generator = "rckit \(RCKit.version)"
        result.segment = segment.map { SegmentName(by: $0.by, value: $0.value) }
        result.leftOut = rejections
        return result
    }

    /// Today, as the report's footer gives it.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

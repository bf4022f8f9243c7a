import RCCommandLine

/// What every command that analyses survey files (analyze, compare, report) is asked: where the
/// answers come from, how to analyse them and where the result goes — built once.
struct AnalysisRequest {
    var input: InputOptions
    var analysis: AnalysisSettings
    /// `--by`, `--where` and `--invited`.
    var segments: SegmentOptions
    var output: OutputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        input = try InputOptions(arguments, files: arguments.positionals)
        analysis = AnalysisSettings(arguments)
        segments = try SegmentOptions(arguments)
        output = OutputOptions(arguments)
    }
}

/// The options of a command that analyses survey files: the shared request and its own.
protocol AnalysisCommandOptions: CommandOptions {
    var request: AnalysisRequest { get }
}

extension AnalysisCommandOptions {
    var input: InputOptions { request.input }
    var analysis: AnalysisSettings { request.analysis }
    var output: OutputOptions { request.output }
    var segments: SegmentOptions { request.segments }
    var inputFiles: [String] { request.input.allFiles }
}

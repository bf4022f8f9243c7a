import RCCommandLine
import RCStats

/// What every command that analyses survey files (analyze, compare, report) is asked: where the
/// answers come from, how to read and analyse them and where the result goes — built once.
struct AnalysisRequest {
    var input: InputOptions
    var reading: ReadingChoices
    var analysis: AnalysisSettings
    /// `--by`, `--where` and `--invited`.
    var segments: SegmentOptions
    var output: OutputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        input = try InputOptions(arguments, files: arguments.positionals)
        reading = try ReadingChoices(arguments, files: arguments.positionals)
        analysis = AnalysisSettings(arguments)
        segments = try SegmentOptions(arguments)
        output = OutputOptions(arguments)
    }

    /// Reads the files as one dataset (``InputOptions/read(context:labelRoundsByFile:roundNames:background:)``);
    /// any rejected answer stops here (``CommandError/rejected(_:files:language:)``) unless
    /// `--accept-rejects` leaves them out, which a warning then says.
    func read(context: CommandContext, labelRoundsByFile: Bool = false, background: Bool = false) throws
        -> SurveyFiles
    {
        let survey = try input.read(
            context: context, labelRoundsByFile: labelRoundsByFile, roundNames: reading.roundNames,
            background: background)
        // A file whose rows carry their own round labels keeps them: say so of a name left unused.
        for (file, name) in zip(input.files, reading.roundNames ?? []) where !survey.roundLabels.contains(name) {
            context.stderr.write(context.warning(.roundNameUnused(name: name, file: file)))
        }
        if !survey.rejections.isEmpty {
            guard reading.acceptRejects else {
                throw CommandError.rejected(survey.rejections, files: input.files, language: context.language)
            }
            context.stderr.write(context.warning(.rejectsLeftOut(survey.rejections)))
        }
        return survey
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

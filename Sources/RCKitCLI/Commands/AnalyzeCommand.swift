import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// `rckit analyze FILE...`: the relational coordination network of one survey round.
enum AnalyzeCommand: Command {
    static func spec(_ formats: OutputFormats) -> CommandSpec {
        CommandSpec(
            tool: RCKit.name, name: "analyze", summary: CLIText.summary(.analyze).localized,
            discussion: CLIText.discussion(.analyze).localized,
            positionals: [PositionalSpec(.placeholder(.file), .oneOrMore)],
            groups: [
                InputOptions.group([InputOptions.round.spec] + ReadingChoices.specs),
                OptionGroup(
                    AnalysisSettings.group.title,
                    AnalysisSettings.group.options + SegmentOptions.specs + [InvitedCounts.option.spec]),
                OutputOptions.group([
                    OutputOptions.resultFormat(formats).spec, OutputOptions.excel.spec, OutputOptions.language.spec,
                    OutputOptions.out.spec
                ])
            ])
    }

    /// Everything `analyze` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The round to analyse when the data has several.
        var round: String?
        /// The output format's name when `--format` gives it, and whether CSV is for Danish Excel.
        var format: String?
        var excel: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            round = arguments[InputOptions.round]
            (format, excel) = try OutputOptions.resultFormat(arguments)
        }

        var inputFiles: [String] { request.input.allFiles + [segments.invited].compactMap { $0 } }
        var outputFiles: [(option: String, path: String)] { output.outputFiles }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let renderer = try OutputOptions.renderer(
            options.format, excel: options.excel, out: options.output.out, context: context)
        var input = try options.request.read(context: context, background: options.segments.needsBackground)
        let round = try input.round(options.round)
        let settings = options.analysis.options(instrument: input.instrument)
        let result: SurveyResult
        if let by = options.segments.by {
            let segmented = try input.segmented(by: by, rounds: [round.label], options: settings)[0]
            result = .segmentedAnalysis(segmented.analysis, segmentIngest: segmented.counts)
        } else {
            if let only = options.segments.only {
                input = try input.restricted(to: only, options: settings)
            }
            result = .analysis(try input.analysis(options.round, options: settings))
        }
        let rates = try options.segments.invited.map { try InvitedCounts.rates($0, result.analyses[0]) }
        let resultContext = input.resultContext(options.output, excel: options.excel, rates: rates, context: context)
        try Output.write(try renderer.render(result, resultContext), to: options.output.out, context: context)
        return .success
    }
}

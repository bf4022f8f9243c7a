import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// `rckit compare BEFORE AFTER`: which ties changed between survey rounds.
enum CompareCommand: Command {
    static let rounds = InputOptions.round.repeatable()

    static func spec(_ formats: OutputFormats) -> CommandSpec {
        CommandSpec(
            tool: RCKit.name, name: "compare", summary: CLIText.summary(.compare).localized,
            discussion: CLIText.discussion(.compare).localized,
            positionals: [PositionalSpec(.placeholder(.before)), PositionalSpec(.placeholder(.after), .zeroOrMore)],
            groups: [
                InputOptions.group([rounds.spec] + ReadingChoices.specs),
                OptionGroup(
                    AnalysisSettings.group.title,
                    AnalysisSettings.group.options + ComparisonSettings.specs + SegmentOptions.specs),
                OutputOptions.group([
                    OutputOptions.resultFormat(formats).spec, OutputOptions.excel.spec, OutputOptions.language.spec,
                    OutputOptions.out.spec
                ])
            ])
    }

    /// Everything `compare` was asked for.
    struct Options: ComparisonCommandOptions {
        var request: AnalysisRequest
        /// `--min-change` and `--paired-ids`.
        var comparison: ComparisonSettings
        /// The rounds to compare, in order; empty for every round.
        var rounds: [String]
        /// The output format's name when `--format` gives it, and whether CSV is for Danish Excel.
        var format: String?
        var excel: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            comparison = try ComparisonSettings(arguments)
            rounds = arguments[all: CompareCommand.rounds]
            if rounds.count == 1 { throw UsageError(CLIText.giveRoundTwice.localized) }
            (format, excel) = try OutputOptions.resultFormat(arguments)
        }

        var outputFiles: [(option: String, path: String)] { output.outputFiles }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let renderer = try OutputOptions.renderer(
            options.format, excel: options.excel, out: options.output.out, context: context)
        let (input, settings) = try options.readRounds(context: context)
        let labels = options.rounds.isEmpty ? input.data.rounds.map(\.label) : options.rounds
        guard labels.count >= 2 else {
            let rounds = CLIText.rounds(input.roundLabels, context.language)
            let message = CLIText.compareNeedsTwoRounds(count: input.data.rounds.count, rounds: rounds)
            throw CommandError(message: message(context.language))
        }
        let result: SurveyResult
        if let by = options.segments.by {
            if renderer.name == CSVRenderer.name, labels.count != 2 {
                throw UsageError(CLIText.csvComparesTwoRounds.localized, command: "compare")
            }
            // The whole organisation, each round from the data its segments show, then each
            // segment's own rounds.
            let rounds = try input.segmented(by: by, rounds: labels, options: settings)
            result = .segmentedComparison(
                SegmentedComparison(rounds: rounds.map(\.analysis), counts: rounds.map(\.counts)))
        } else {
            let analyses = try input.analyses(labels, options: settings)
            result = .comparison(zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) })
        }
        let resultContext = input.resultContext(options.output, excel: options.excel, context: context)
        try Output.write(try renderer.render(result, resultContext), to: options.output.out, context: context)
        return .success
    }
}

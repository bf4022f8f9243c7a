import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// `rckit compare BEFORE AFTER`: which ties changed between survey rounds.
enum CompareCommand: Command {
    static let format = OutputOptions.format(ResultFormat.self, default: .table)
    static let rounds = InputOptions.round.repeatable()

    static let spec = CommandSpec(
        tool: RCKit.name, name: "compare", summary: CLIText.summary(.compare).localized,
        discussion: CLIText.discussion(.compare).localized,
        positionals: [PositionalSpec(.placeholder(.before)), PositionalSpec(.placeholder(.after), .zeroOrMore)],
        groups: [
            InputOptions.group([rounds.spec]),
            AnalysisSettings.group,
            OutputOptions.group([format.spec, OutputOptions.excel.spec, OutputOptions.language.spec, OutputOptions.out.spec]),
        ])

    /// Everything `compare` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The rounds to compare, in order; empty for every round.
        var rounds: [String]
        var format: ResultFormat
        var excel: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            rounds = arguments[all: CompareCommand.rounds]
            if rounds.count == 1 { throw UsageError(CLIText.giveRoundTwice.localized) }
            (format, excel) = try OutputOptions.tabular(arguments, CompareCommand.format)
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let language = options.output.language ?? .da
        let input = try options.input.read(context: context, labelRoundsByFile: true)
        let comparisons = try comparisons(input, rounds: options.rounds, options: options.analysis.options(instrument: input.instrument),
                                          language: context.language)
        let text: String
        switch options.format {
        case .json:
            text = ComparisonJSON(comparisons: comparisons, ingest: input.counts, language: language).render()
        case .table:
            let color = options.output.out == nil && context.useColor
            let trend = comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).render() + "\n" : ""
            text = trend + comparisons.map { ComparisonTable(comparison: $0, language: language, color: color).render() }.joined(separator: "\n")
        case .md:
            let trend = comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).markdown() + "\n" : ""
            text = trend + comparisons.map { "# \($0.before.round) → \($0.after.round)\n\n" + ComparisonTabular(comparison: $0, language: language).markdown() }
                .joined(separator: "\n")
        case .html:
            let analyses = [comparisons[0].before] + comparisons.map(\.after)
            text = ReportCommand.makeReport(input, analyses: analyses, files: options.input.files, language: language).render()
        case .csv:
            guard comparisons.count == 1, let only = comparisons.first else {
                throw UsageError(CLIText.csvComparesTwoRounds.localized, command: spec.name)
            }
            text = ComparisonTabular(comparison: only, language: language).csv(excel: options.excel)
        }
        try Output.write(text, to: options.output.out, context: context)
        return .success
    }

    /// The consecutive comparisons of the chosen (or all) rounds.
    static func comparisons(_ input: SurveyInput, rounds requested: [String], options: AnalysisOptions,
                            language: TextLanguage) throws -> [RoundComparison] {
        let labels = requested.isEmpty ? input.data.rounds.map(\.label) : requested
        guard labels.count >= 2 else {
            throw CommandError(message: CLIText.compareNeedsTwoRounds(count: input.data.rounds.count, rounds: input.roundList(language))(language))
        }
        let analyses = try input.analyses(labels, options: options, language: language)
        return zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) }
    }
}

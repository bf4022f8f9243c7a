import Foundation
import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// `rckit report FILE... --out report.html`: the whole report as one self-contained HTML file.
enum ReportCommand: Command {
    static let rounds = InputOptions.round.repeatable()
    static let out = OutputOptions.out.required()
    static let title = Option<String>.text("--title", .placeholder(.text), .help(.reportTitle))
    static let subtitle = Option<String>.text("--subtitle", .placeholder(.text), .help(.reportSubtitle))
    static let handout = Option<Bool>.flag("--handout", .help(.handout))

    static func spec(_ formats: OutputFormats) -> CommandSpec {
        CommandSpec(
            tool: RCKit.name, name: "report", summary: CLIText.summary(.report).localized,
            discussion: CLIText.discussion(.report).localized,
            positionals: [PositionalSpec(.placeholder(.file), .oneOrMore)],
            groups: [
                InputOptions.group([rounds.spec] + ReadingChoices.specs),
                OptionGroup(
                    AnalysisSettings.group.title,
                    AnalysisSettings.group.options + ComparisonSettings.specs + SegmentOptions.specs
                        + [InvitedCounts.option.spec]),
                OutputOptions.group([OutputOptions.language.spec, out.spec, title.spec, subtitle.spec, handout.spec])
            ])
    }

    /// Everything `report` was asked for.
    struct Options: ComparisonCommandOptions {
        var request: AnalysisRequest
        /// `--min-change` and `--paired-ids`.
        var comparison: ComparisonSettings
        /// The rounds to include, in order; empty for every round.
        var rounds: [String]
        /// Where the report goes (required).
        var out: String
        /// The report's title and subtitle, when given (else the instrument's title, no subtitle).
        var title: String?
        var subtitle: String?
        /// Only the story, the change map and the latest heat map.
        var handout: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            comparison = try ComparisonSettings(arguments)
            rounds = arguments[all: ReportCommand.rounds]
            out = arguments[ReportCommand.out] ?? ""
            title = arguments[ReportCommand.title]
            subtitle = arguments[ReportCommand.subtitle]
            handout = arguments.contains(ReportCommand.handout)
            if out.isEmpty {
                throw UsageError(
                    .missingOption(option: ReportCommand.out.name, valueName: ReportCommand.out.spec.valueName))
            }
        }

        var inputFiles: [String] { request.input.allFiles + [segments.invited].compactMap { $0 } }
        var outputFiles: [(option: String, path: String)] { [(ReportCommand.out.name, out)] }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let (input, settings) = try options.readRounds(context: context)
        let result: SurveyResult
        if let by = options.segments.by {
            // The whole organisation of every round rests on the data its segments show.
            let labels = options.rounds.isEmpty ? input.data.rounds.map(\.label) : options.rounds
            let rounds = try input.segmented(by: by, rounds: labels, options: settings)
            result =
                rounds.count == 1
                ? .segmentedAnalysis(rounds[0].analysis, segmentIngest: rounds[0].counts)
                : .segmentedComparison(
                    SegmentedComparison(rounds: rounds.map(\.analysis), counts: rounds.map(\.counts)))
        } else {
            let analyses = try input.analyses(options.rounds, options: settings)
            result =
                analyses.count == 1
                ? .analysis(analyses[0])
                : .comparison(zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) })
        }
        var resultContext = input.resultContext(
            options.output, rates: try rates(options, result.analyses), context: context)
        if let title = options.title, !title.isEmpty { resultContext.report.title = title }
        resultContext.report.subtitle = options.subtitle
        resultContext.report.handout = options.handout
        try Output.write(HTMLRenderer.render(result, resultContext), to: options.out, context: context)
        context.stderr.write(context.note(CLIText.wroteReport(path: options.out, rounds: result.analyses.count)))
        return .success
    }

    /// Response rates of the last round (`--invited`), for the overview.
    static func rates(_ options: Options, _ analyses: [NetworkAnalysis]) throws -> ResponseRates? {
        guard let path = options.segments.invited, let last = analyses.last else { return nil }
        return try InvitedCounts.rates(path, last)
    }
}

import RCReport
import RCStats
import RCSurvey

/// `rckit compare BEFORE AFTER`: which ties changed between survey rounds (SPEC §4).
enum CompareCommand: Command {
    enum Format: String, CaseIterable { case table, md, csv, json, html }

    static let spec = CommandSpec(
        name: "compare",
        summary: "Compare survey rounds: Welch and paired t-tests, Hedges' g and BH q-values per measure.",
        synopsis: "BEFORE AFTER [--round LABEL]... [--instrument I] [--min-group K] [--min-items M] [--format table|md|csv|json|html] [--excel] [--lang da|en] [--out FILE]",
        discussion: """
        BEFORE and AFTER are files of one round each, or give one or more files whose 'round' column
        holds the rounds and pick them with --round (repeatable, in order). Unlabelled files are named
        after the file. With three or more rounds, each round is compared with the one before (a trend).
        """,
        options: SurveyInput.options + SurveyInput.analysisOptions + [
            .value("--format", "FORMAT", "Output format (default: table).", allowed: Format.allCases.map(\.rawValue)),
            .flag("--excel", "CSV for Danish Excel: semicolons and decimal commas (implies --format csv)."),
            .value("--round", "LABEL", "A round to compare, in order (give two or more).", repeatable: true),
        ],
        positionals: 1...Int.max)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let settings = try AnalysisSettings(arguments)
        let language = settings.language
        let (format, excel) = try AnalysisSettings.format(arguments, csv: Format.csv, fallback: .table)
        let requested = arguments.allValues("--round")
        if requested.count == 1 { throw UsageError("give --round at least twice (the rounds to compare, in order)", command: "compare") }
        let input = try SurveyInput.load(arguments.positionals, options: settings.ingest, context: context, labelRoundsByFile: true)
        let comparisons = try comparisons(input, rounds: requested, options: settings.analysis)
        let text: String
        switch format {
        case .json:
            text = ComparisonJSON(comparisons: comparisons, ingest: input.counts, language: language).render()
        case .table:
            let color = arguments.value("--out") == nil && context.useColor
            let trend = comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).render() + "\n" : ""
            text = trend + comparisons.map { ComparisonTable(comparison: $0, language: language, color: color).render() }.joined(separator: "\n")
        case .md:
            let trend = comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).markdown() + "\n" : ""
            text = trend + comparisons.map { "# \($0.before.round) → \($0.after.round)\n\n" + ComparisonTabular(comparison: $0, language: language).markdown() }
                .joined(separator: "\n")
        case .html:
            let analyses = [comparisons[0].before] + comparisons.map(\.after)
            text = ReportCommand.makeReport(input, analyses: analyses, files: arguments.positionals, language: language).render()
        case .csv:
            guard comparisons.count == 1, let only = comparisons.first else {
                throw UsageError("--format csv compares two rounds; choose them with --round", command: "compare")
            }
            text = ComparisonTabular(comparison: only, language: language).csv(excel: excel)
        }
        try Output.write(text, to: arguments.value("--out"), context: context)
        return .success
    }

    /// The consecutive comparisons of the chosen (or all) rounds.
    static func comparisons(_ input: SurveyInput, rounds requested: [String], options: AnalysisOptions) throws -> [RoundComparison] {
        let labels = requested.isEmpty ? input.data.rounds.map(\.label) : requested
        guard labels.count >= 2 else {
            throw CommandError(message: "compare needs two rounds, but the data has \(input.data.rounds.count) (\(input.roundList)); give two files, or a file with a 'round' column")
        }
        let analyses = try input.analyses(labels, options: options)
        return zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) }
    }
}

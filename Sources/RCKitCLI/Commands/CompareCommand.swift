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
            OptionGroup(AnalysisSettings.group.title, AnalysisSettings.group.options + SegmentOptions.specs),
            OutputOptions.group([
                format.spec, OutputOptions.excel.spec, OutputOptions.language.spec, OutputOptions.out.spec
            ])
        ])

    /// Everything `compare` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The rounds to compare, in order; empty for every round.
        var rounds: [String]
        var format: ResultFormat
        var excel: Bool
        var segments: SegmentOptions

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            segments = try SegmentOptions(arguments)
            rounds = arguments[all: CompareCommand.rounds]
            if rounds.count == 1 { throw UsageError(CLIText.giveRoundTwice.localized) }
            (format, excel) = try OutputOptions.tabular(arguments, CompareCommand.format)
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let language = options.output.language ?? .da
        var input = try options.input.read(
            context: context, labelRoundsByFile: true, background: options.segments.needsBackground)
        let settings = options.analysis.options(instrument: input.instrument)
        if let only = options.segments.only {
            input = try input.restricted(to: only, options: settings, language: context.language)
        }
        if let by = options.segments.by {
            return try runSegmented(
                options, input: input, by: by, settings: settings, language: language, context: context)
        }
        let comparisons = try comparisons(input, rounds: options.rounds, options: settings, language: context.language)
        // With `--where`, every output says which segment it is.
        let segment = input.segment?.name
        let text: String
        switch options.format {
        case .json:
            text = ComparisonJSON(comparisons: comparisons, ingest: input.counts, language: language, segment: segment)
                .render()
        case .table:
            let color = options.output.out == nil && context.useColor
            let trend =
                comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).render() + "\n" : ""
            text =
                (segment?.tableHeading(language, color: color) ?? "") + trend
                + comparisons.map { ComparisonTable(comparison: $0, language: language, color: color).render() }.joined(
                    separator: "\n")
        case .md:
            let trend =
                comparisons.count > 1 ? TrendTable(comparisons: comparisons, language: language).markdown() + "\n" : ""
            text =
                (segment?.markdownHeading(language) ?? "") + trend
                + comparisons.map {
                    "# \($0.before.round) → \($0.after.round)\n\n"
                        + ComparisonTabular(comparison: $0, language: language).markdown()
                }
                .joined(separator: "\n")
        case .xlsx:
            var workbook = ComparisonWorkbook(
                comparisons: comparisons, language: language, scale: ReportCommand.scaleRange(input.instrument))
            workbook.segmentTitle = segment?.title(language)
            try Output.writeWorkbook(workbook.parts(), to: options.output.out ?? "")
            return .success
        case .html:
            let analyses = [comparisons[0].before] + comparisons.map(\.after)
            text = ReportCommand.makeReport(input, analyses: analyses, files: options.input.files, language: language)
                .render()
        case .csv:
            guard comparisons.count == 1, let only = comparisons.first else {
                throw UsageError(CLIText.csvComparesTwoRounds.localized, command: spec.name)
            }
            var tabular = ComparisonTabular(comparison: only, language: language)
            tabular.segment = segment
            text = tabular.csv(excel: options.excel)
        }
        try Output.write(text, to: options.output.out, context: context)
        return .success
    }

    /// `compare --by`: the whole organisation, each round from the data its segments show, then
    /// each segment's own rounds.
    static func runSegmented(
        _ options: Options, input: SurveyInput, by: String, settings: AnalysisOptions, language: Language,
        context: CommandContext
    ) throws -> ExitStatus {
        let labels = options.rounds.isEmpty ? input.data.rounds.map(\.label) : options.rounds
        guard labels.count >= 2 else {
            throw CommandError(
                message: CLIText.compareNeedsTwoRounds(
                    count: input.data.rounds.count,
                    rounds: input.roundList(context.language))(context.language))
        }
        if options.format == .csv, labels.count != 2 {
            throw UsageError(CLIText.csvComparesTwoRounds.localized, command: spec.name)
        }
        let rounds = try input.segmented(by: by, rounds: labels, options: settings, language: context.language)
        let wholes = rounds.map(\.analysis.whole)
        let whole = zip(wholes, wholes.dropFirst()).map { RoundComparison(before: $0, after: $1) }
        // Each segment's rounds, where it has respondents in both of a pair.
        var values: [String?] = []
        for round in rounds {
            for segment in round.analysis.segments where !values.contains(where: { $0 == segment.value }) {
                values.append(segment.value)
            }
        }
        let segments = values.map { value in
            let own = rounds.map { round in
                round.analysis.segments.firstIndex { $0.value == value }.map {
                    (round.analysis.segments[$0].analysis, round.counts[$0])
                }
            }
            let comparisons = zip(own, own.dropFirst()).compactMap { pair -> RoundComparison? in
                guard let before = pair.0?.0, let after = pair.1?.0 else { return nil }
                return RoundComparison(before: before, after: after)
            }
            return (value: value, comparisons: comparisons, ingest: own.compactMap { $0?.1 }.first ?? IngestCounts())
        }.filter { !$0.comparisons.isEmpty }
        let output = SegmentedComparisonOutput(
            by: rounds[0].analysis.by, whole: whole, segments: segments, ingest: input.counts,
            language: language)
        let text: String? =
            switch options.format {
            case .json: output.json.serialized()
            case .table: output.table(color: options.output.out == nil && context.useColor)
            case .md: output.markdown()
            case .csv: output.csv(excel: options.excel)
            case .html:
                ReportCommand.makeReport(
                    input, analyses: wholes, files: options.input.files, language: language,
                    segments: rounds.map(\.analysis)
                ).render()
            case .xlsx: nil
            }
        if let text {
            try Output.write(text, to: options.output.out, context: context)
        } else {
            try Output.writeWorkbook(
                ComparisonWorkbook(
                    comparisons: whole,
                    segments: segments.map {
                        (Phrases(language: language).segmentTitle(by: output.by, value: $0.value), $0.comparisons)
                    },
                    language: language, scale: ReportCommand.scaleRange(input.instrument)
                ).parts(), to: options.output.out ?? "")
        }
        return .success
    }

    /// The consecutive comparisons of the chosen (or all) rounds.
    static func comparisons(
        _ input: SurveyInput, rounds requested: [String], options: AnalysisOptions,
        language: TextLanguage
    ) throws -> [RoundComparison] {
        let labels = requested.isEmpty ? input.data.rounds.map(\.label) : requested
        guard labels.count >= 2 else {
            throw CommandError(
                message: CLIText.compareNeedsTwoRounds(
                    count: input.data.rounds.count, rounds: input.roundList(language))(language))
        }
        let analyses = try input.analyses(labels, options: options, language: language)
        return zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) }
    }
}

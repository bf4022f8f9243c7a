import RCCommandLine
import RCReport
import RCStats
import RCSurvey

/// `rckit analyze FILE...`: the relational coordination network of one survey round.
enum AnalyzeCommand: Command {
    static let format = OutputOptions.format(ResultFormat.self, default: .table)

    static let spec = CommandSpec(
        tool: RCKit.name, name: "analyze", summary: CLIText.summary(.analyze).localized,
        discussion: CLIText.discussion(.analyze).localized,
        positionals: [PositionalSpec(.placeholder(.file), .oneOrMore)],
        groups: [
            InputOptions.group([InputOptions.round.spec]),
            OptionGroup(
                AnalysisSettings.group.title,
                AnalysisSettings.group.options + SegmentOptions.specs + [InvitedCounts.option.spec]),
            OutputOptions.group([
                format.spec, OutputOptions.excel.spec, OutputOptions.language.spec, OutputOptions.out.spec
            ])
        ])

    /// Everything `analyze` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The round to analyse when the data has several.
        var round: String?
        var format: ResultFormat
        var excel: Bool
        var segments: SegmentOptions

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            segments = try SegmentOptions(arguments)
            round = arguments[InputOptions.round]
            (format, excel) = try OutputOptions.tabular(arguments, AnalyzeCommand.format)
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let language = options.output.language ?? .da
        var input = try options.input.read(context: context, background: options.segments.needsBackground)
        let round = try input.round(options.round, language: context.language)
        let settings = options.analysis.options(instrument: input.instrument)
        if let by = options.segments.by {
            let segmented = try input.segmented(
                by: by, round: round.label, options: settings, language: context.language)
            let output = SegmentedAnalysisOutput(
                segmented: segmented.analysis, ingest: input.counts,
                segmentIngest: segmented.counts, language: language)
            let rates = try options.segments.invited.map { try InvitedCounts.rates($0, segmented.analysis.whole) }
            let text: String? =
                switch options.format {
                case .table:
                    output.table(color: options.output.out == nil && context.useColor)
                        + Self.rates(rates, .table, language)
                case .md: output.markdown() + Self.rates(rates, .md, language)
                case .csv: output.csv(excel: options.excel)
                case .json: Self.withRates(output.json, rates, language).serialized()
                case .html:
                    ReportCommand.makeReport(
                        input, analyses: [segmented.analysis.whole], files: options.input.files,
                        language: language, segments: [segmented.analysis], responseRates: rates
                    ).render()
                case .xlsx: nil
                }
            if let text {
                try Output.write(text, to: options.output.out, context: context)
            } else {
                try Output.writeWorkbook(
                    AnalysisWorkbook(
                        analysis: segmented.analysis.whole, segmented: segmented.analysis,
                        language: language, scale: ReportCommand.scaleRange(input.instrument)
                    ).parts(),
                    to: options.output.out ?? "")
            }
            return .success
        }
        if let only = options.segments.only {
            input = try input.restricted(to: only, options: settings, language: context.language)
        }
        let analysis = try input.analysis(options.round, options: settings, language: context.language)
        let rates = try options.segments.invited.map { try InvitedCounts.rates($0, analysis) }
        // With `--where`, every output says which segment it is.
        let segment = input.segment?.name
        var table = AnalysisTable(
            analysis: analysis, ingest: input.counts, language: language,
            color: options.output.out == nil && context.useColor)
        table.segment = segment
        var tabular = AnalysisTabular(analysis: analysis, language: language)
        tabular.segment = segment
        let text: String? =
            switch options.format {
            case .table: table.render() + Self.rates(rates, .table, language)
            case .md: tabular.markdown() + Self.rates(rates, .md, language)
            case .csv: tabular.csv(excel: options.excel)
            case .json:
                Self.withRates(
                    AnalysisJSON(analysis: analysis, ingest: input.counts, segment: segment).value, rates, language
                )
                .serialized()
            case .html:
                ReportCommand.makeReport(
                    input, analyses: [analysis], files: options.input.files, language: language,
                    responseRates: rates
                ).render()
            case .xlsx: nil
            }
        if let text {
            try Output.write(text, to: options.output.out, context: context)
        } else {
            var workbook = AnalysisWorkbook(
                analysis: analysis, language: language, scale: ReportCommand.scaleRange(input.instrument))
            workbook.segmentTitle = segment?.title(language)
            try Output.writeWorkbook(workbook.parts(), to: options.output.out ?? "")
        }
        return .success
    }

    /// Response rates (`--invited`) after the tables: a blank line, then the rates.
    static func rates(_ rates: ResponseRates?, _ format: ResultFormat, _ language: Language) -> String {
        guard let rates else { return "" }
        let output = ResponseRatesOutput(rates: rates, language: language)
        return "\n" + (format == .md ? output.markdown() : output.text())
    }

    /// The JSON document with `response_rates` added when there are any.
    static func withRates(_ json: JSONValue, _ rates: ResponseRates?, _ language: Language) -> JSONValue {
        guard let rates, case let .object(members) = json else { return json }
        return .object(members + [("response_rates", ResponseRatesOutput(rates: rates, language: language).json)])
    }
}

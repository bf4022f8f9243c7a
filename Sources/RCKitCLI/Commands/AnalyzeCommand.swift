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
            OptionGroup(AnalysisSettings.group.title, AnalysisSettings.group.options + SegmentOptions.specs),
            OutputOptions.group([format.spec, OutputOptions.excel.spec, OutputOptions.language.spec, OutputOptions.out.spec]),
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
            let segmented = try input.segmented(by: by, round: round.label, options: settings, language: context.language)
            let output = SegmentedAnalysisOutput(segmented: segmented.analysis, ingest: input.counts,
                                                 segmentIngest: segmented.counts, language: language)
            let text: String? = switch options.format {
            case .table: output.table(color: options.output.out == nil && context.useColor)
            case .md: output.markdown()
            case .csv: output.csv(excel: options.excel)
            case .json: output.json.serialized()
            case .html: ReportCommand.makeReport(input, analyses: [segmented.analysis.whole], files: options.input.files,
                                                 language: language, segments: [segmented.analysis]).render()
            case .xlsx: nil
            }
            if let text {
                try Output.write(text, to: options.output.out, context: context)
            } else {
                try Output.writeWorkbook(AnalysisWorkbook(analysis: segmented.analysis.whole, segmented: segmented.analysis,
                                                          language: language, scale: ReportCommand.scaleRange(input.instrument)).parts(),
                                         to: options.output.out ?? "")
            }
            return .success
        }
        if let only = options.segments.only {
            input = try input.restricted(to: only, language: context.language)
        }
        let analysis = NetworkAnalysis(try input.round(options.round, language: context.language),
                                       roles: input.data.storageRoles, order: input.data.displayOrder, options: settings)
        let text: String? = switch options.format {
        case .table:
            AnalysisTable(analysis: analysis, ingest: input.counts, language: language,
                          color: options.output.out == nil && context.useColor).render()
        case .md: AnalysisTabular(analysis: analysis, language: language).markdown()
        case .csv: AnalysisTabular(analysis: analysis, language: language).csv(excel: options.excel)
        case .json: AnalysisJSON(analysis: analysis, ingest: input.counts).render()
        case .html: ReportCommand.makeReport(input, analyses: [analysis], files: options.input.files, language: language).render()
        case .xlsx: nil
        }
        if let text {
            try Output.write(text, to: options.output.out, context: context)
        } else {
            try Output.writeWorkbook(AnalysisWorkbook(analysis: analysis, language: language,
                                                      scale: ReportCommand.scaleRange(input.instrument)).parts(),
                                     to: options.output.out ?? "")
        }
        return .success
    }
}

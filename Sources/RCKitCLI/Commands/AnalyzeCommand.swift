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
            AnalysisSettings.group,
            OutputOptions.group([format.spec, OutputOptions.excel.spec, OutputOptions.language.spec, OutputOptions.out.spec]),
        ])

    /// Everything `analyze` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The round to analyse when the data has several.
        var round: String?
        var format: ResultFormat
        var excel: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            round = arguments[InputOptions.round]
            (format, excel) = try OutputOptions.tabular(arguments, AnalyzeCommand.format)
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let language = options.output.language ?? .da
        let input = try options.input.read(context: context)
        let round = try input.round(options.round, language: context.language)
        let analysis = NetworkAnalysis(round, roles: input.data.storageRoles, order: input.data.displayOrder,
                                       options: options.analysis.options(instrument: input.instrument))
        let text = switch options.format {
        case .table:
            AnalysisTable(analysis: analysis, ingest: input.counts, language: language,
                          color: options.output.out == nil && context.useColor).render()
        case .md: AnalysisTabular(analysis: analysis, language: language).markdown()
        case .csv: AnalysisTabular(analysis: analysis, language: language).csv(excel: options.excel)
        case .json: AnalysisJSON(analysis: analysis, ingest: input.counts).render()
        case .html: ReportCommand.makeReport(input, analyses: [analysis], files: options.input.files, language: language).render()
        }
        try Output.write(text, to: options.output.out, context: context)
        return .success
    }
}

import RCReport
import RCStats
import RCSurvey

/// `rckit analyze FILE...`: the relational coordination network of one survey round.
enum AnalyzeCommand: Command {
    enum Format: String, CaseIterable { case table, md, csv, json, html }

    static let spec = CommandSpec(
        name: "analyze",
        summary: "Compute the role-by-role network of tie scores (SPEC §3), with privacy suppression.",
        synopsis: "FILE... [--instrument I] [--min-group K] [--min-items M] [--format table|md|csv|json|html] [--excel] [--lang da|en] [--out FILE]",
        discussion: """
        FILE is a tidy long CSV or any export 'rckit import' reads; several files are one dataset.
        Figures resting on fewer than --min-group respondents are suppressed in every format.
        """,
        options: SurveyInput.options + SurveyInput.analysisOptions + [
            .value("--format", "FORMAT", "Output format (default: table).", allowed: Format.allCases.map(\.rawValue)),
            .flag("--excel", "CSV for Danish Excel: semicolons and decimal commas (implies --format csv)."),
            .value("--round", "LABEL", "The round to analyse when the data has several."),
        ],
        positionals: 1...Int.max)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let settings = try AnalysisSettings(arguments)
        let language = settings.language
        let (format, excel) = try AnalysisSettings.format(arguments, csv: Format.csv, fallback: .table)
        let input = try SurveyInput.load(arguments.positionals, options: settings.ingest, context: context)
        let round = try input.round(arguments.value("--round"))
        let analysis = NetworkAnalysis(round, roles: input.data.storageRoles, order: input.data.displayOrder, options: settings.analysis)
        let text = switch format {
        case .table:
            AnalysisTable(analysis: analysis, ingest: input.counts, language: language,
                          color: arguments.value("--out") == nil && context.useColor).render()
        case .md: AnalysisTabular(analysis: analysis, language: language).markdown()
        case .csv: AnalysisTabular(analysis: analysis, language: language).csv(excel: excel)
        case .json: AnalysisJSON(analysis: analysis, ingest: input.counts).render()
        case .html: ReportCommand.makeReport(input, analyses: [analysis], files: arguments.positionals, language: language).render()
        }
        try Output.write(text, to: arguments.value("--out"), context: context)
        return .success
    }
}

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

    static let spec = CommandSpec(
        tool: RCKit.name, name: "report", summary: CLIText.summary(.report).localized,
        discussion: CLIText.discussion(.report).localized,
        positionals: [PositionalSpec(.placeholder(.file), .oneOrMore)],
        groups: [
            InputOptions.group([rounds.spec]),
            OptionGroup(
                AnalysisSettings.group.title,
                AnalysisSettings.group.options + SegmentOptions.specs + [InvitedCounts.option.spec]),
            OutputOptions.group([OutputOptions.language.spec, out.spec, title.spec, subtitle.spec, handout.spec])
        ])

    /// Everything `report` was asked for.
    struct Options: AnalysisCommandOptions {
        var request: AnalysisRequest
        /// The rounds to include, in order; empty for every round.
        var rounds: [String]
        /// Where the report goes (required).
        var out: String
        var segments: SegmentOptions
        /// The report's title and subtitle, when given (else the instrument's title, no subtitle).
        var title: String?
        var subtitle: String?
        /// Only the story, the change map and the latest heat map.
        var handout: Bool

        init(_ arguments: ParsedArguments) throws(UsageError) {
            request = try AnalysisRequest(arguments)
            segments = try SegmentOptions(arguments)
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
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        var input = try options.input.read(
            context: context, labelRoundsByFile: true, background: options.segments.needsBackground)
        let settings = options.analysis.options(instrument: input.instrument)
        if let only = options.segments.only {
            input = try input.restricted(to: only, options: settings, language: context.language)
        }
        let language = options.output.language ?? .da
        var report: HTMLReport
        let analyses: [NetworkAnalysis]
        if let by = options.segments.by {
            // The whole organisation of every round rests on the data its segments show.
            let labels = options.rounds.isEmpty ? input.data.rounds.map(\.label) : options.rounds
            let segmented = try input.segmented(by: by, rounds: labels, options: settings, language: context.language)
                .map(\.analysis)
            analyses = segmented.map(\.whole)
            report = makeReport(
                input, analyses: analyses, files: options.input.files, language: language, segments: segmented,
                responseRates: try rates(options, analyses))
        } else {
            analyses = try input.analyses(options.rounds, options: settings, language: context.language)
            report = makeReport(
                input, analyses: analyses, files: options.input.files, language: language,
                responseRates: try rates(options, analyses))
        }
        if let title = options.title, !title.isEmpty { report.title = title }
        report.subtitle = options.subtitle
        report.handout = options.handout
        try Output.write(report.render(), to: options.out, context: context)
        context.stderr.write(context.note(CLIText.wroteReport(path: options.out, rounds: analyses.count)))
        return .success
    }

    /// The HTML report of `analyses`, with each round compared with the one before.
    static func makeReport(
        _ input: SurveyInput, analyses: [NetworkAnalysis], files: [String], language: Language,
        segments: [SegmentedAnalysis] = [], responseRates: ResponseRates? = nil
    ) -> HTMLReport {
        var report = HTMLReport(
            analyses: analyses,
            comparisons: zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) },
            language: language)
        report.scale = scaleRange(input.instrument)
        report.title = input.instrument.title.text(language)
        report.process = input.instrument.process.text(language)
        report.sources = files.map { ($0 as NSString).lastPathComponent }
        report.ingest = input.counts
        report.generated = today()
        report.generator = "rckit \(RCKit.version)"
        report.segments = segments
        report.responseRates = responseRates
        report.segment = input.segment?.name.title(language)
        return report
    }

    /// Response rates of the last round (`--invited`), for the overview.
    static func rates(_ options: Options, _ analyses: [NetworkAnalysis]) throws -> ResponseRates? {
        guard let path = options.segments.invited, let last = analyses.last else { return nil }
        return try InvitedCounts.rates(path, last)
    }

    /// The range the instrument's items are scored on (1…5 for the standard survey).
    static func scaleRange(_ instrument: Instrument) -> ClosedRange<Double> {
        let scales = instrument.items.compactMap { instrument.scale(for: $0.dimension) }
        guard let low = scales.map(\.minimum).min(), let high = scales.map(\.maximum).max(), low < high else {
            return 1...5
        }
        return low...high
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

import Foundation
import RCReport
import RCStats
import RCSurvey

/// `rckit report FILE... --out report.html`: the whole report as one self-contained HTML file.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        summary: "Write the whole report as one self-contained HTML file (heat maps, network map, profiles, changes).",
        synopsis: "FILE... --out FILE [--round LABEL]... [--instrument I] [--min-group K] [--min-items M] [--lang da|en]",
        discussion: """
        One round gives the single-round report; two or more rounds (files, or --round labels in a file
        with a 'round' column) add the comparison of each round with the one before. The file has no
        scripts and fetches nothing: it opens offline in any browser and prints on A4.
        """,
        options: SurveyInput.options + SurveyInput.analysisOptions + [
            .value("--round", "LABEL", "A round to include, in order (default: every round in the data).", repeatable: true),
        ],
        positionals: 1...Int.max)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        guard let out = arguments.value("--out"), !out.isEmpty else {
            throw UsageError("the report is a file: give --out FILE (for example --out report.html)", command: spec.name)
        }
        let settings = try AnalysisSettings(arguments)
        let input = try SurveyInput.load(arguments.positionals, options: settings.ingest, context: context, labelRoundsByFile: true)
        let analyses = try input.analyses(arguments.allValues("--round"), options: settings.analysis)
        let report = makeReport(input, analyses: analyses, files: arguments.positionals, language: settings.language)
        try Output.write(report.render(), to: out, context: context)
        context.stderr.write("rckit: wrote \(out) (\(analyses.count) round\(analyses.count == 1 ? "" : "s"))\n")
        return .success
    }

    /// The HTML report of `analyses`, with each round compared with the one before.
    static func makeReport(_ input: SurveyInput, analyses: [NetworkAnalysis], files: [String], language: Language) -> HTMLReport {
        var report = HTMLReport(analyses: analyses,
                                comparisons: zip(analyses, analyses.dropFirst()).map { RoundComparison(before: $0, after: $1) },
                                language: language)
        report.scale = scaleRange(input.instrument)
        report.title = input.instrument.title.text(language)
        report.process = input.instrument.process.text(language)
        report.sources = files.map { ($0 as NSString).lastPathComponent }
        report.ingest = input.counts
        report.generated = today()
        report.generator = "rckit \(RCKit.version)"
        return report
    }

    /// The range the instrument's items are scored on (1…5 for the standard survey).
    static func scaleRange(_ instrument: Instrument) -> ClosedRange<Double> {
        let scales = instrument.items.compactMap { instrument.scale(for: $0.dimension) }
        guard let low = scales.map(\.minimum).min(), let high = scales.map(\.maximum).max(), low < high else { return 1...5 }
        return low...high
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

import Foundation
import RCCommandLine
import RCStats
import RCSurvey

/// How rounds are compared, the same in `compare` and `report` (SPEC §4): `--min-change D`, the
/// smallest change that matters (else the instrument's `meaningful_change`, else a twentieth of
/// its scale's range), and `--paired-ids`, that ids looking like row numbers are stable ids.
struct ComparisonSettings {
    static let minChange = Option<String>.text("--min-change", Localized("D"), .help(.minChange))
    static let pairedIDs = Option<Bool>.flag("--paired-ids", .help(.pairedIDs))

    static var specs: [OptionSpec] { [minChange.spec, pairedIDs.spec] }

    /// `--min-change`, when given: a number above 0 (a decimal point or comma).
    var minChange: Double?
    var pairedIDs: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        pairedIDs = arguments.contains(Self.pairedIDs)
        guard let text = arguments[Self.minChange] else { return }
        let number = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        guard let number, number.isFinite, number > 0 else {
            throw UsageError(CLIText.minChangeInvalid(text).localized)
        }
        minChange = number
    }

    /// `options` with these settings, checked against `instrument`'s scale: δ may be at most its range.
    func applied(to options: AnalysisOptions, instrument: Instrument) throws(UsageError) -> AnalysisOptions {
        var options = options
        if let minChange {
            let range = instrument.scoreRange, width = range.upperBound - range.lowerBound
            guard minChange <= width else {
                throw UsageError(
                    CLIText.minChangeTooLarge(
                        value: minChange, low: range.lowerBound, high: range.upperBound
                    ).localized)
            }
            options.comparison.minimumChange = minChange
        }
        options.comparison.idsAreStable = pairedIDs
        return options
    }
}

/// The options of a command that compares rounds (`compare`, `report`): the shared request and
/// `--min-change`, `--paired-ids`.
protocol ComparisonCommandOptions: AnalysisCommandOptions {
    var comparison: ComparisonSettings { get }
}

extension ComparisonCommandOptions {
    /// The files read with their rounds labelled by file, restricted to `--where`'s segment, and
    /// the analysis options with the comparison's settings.
    func readRounds(context: CommandContext) throws -> (input: SurveyFiles, settings: AnalysisOptions) {
        var input = try request.read(
            context: context, labelRoundsByFile: true, background: segments.needsBackground)
        let settings = try comparison.applied(
            to: analysis.options(instrument: input.instrument), instrument: input.instrument)
        if let only = segments.only {
            input = try input.restricted(to: only, options: settings)
        }
        return (input, settings)
    }
}

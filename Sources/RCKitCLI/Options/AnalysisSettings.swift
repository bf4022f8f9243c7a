import RCCommandLine
import RCStats
import RCSurvey

/// How a round is analysed, the same in `analyze`, `compare` and `report`: `--min-group` and
/// `--min-items`.
struct AnalysisSettings {
    static let minGroup = Option<Int>.integer("--min-group", Localized("K"), .help(.minGroup), in: 1...100_000)
    static let minItems = Option<Int>.integer(
        "--min-items", Localized("M"), .help(.minItems), in: 1...Dimension.allCases.count)

    /// The ANALYSIS group of a command's help.
    static let group = OptionGroup(CLIText.group(.analysis).localized, [minGroup.spec, minItems.spec])

    var minGroup: Int?
    var minItems: Int?

    init(_ arguments: ParsedArguments) {
        minGroup = arguments[Self.minGroup]
        minItems = arguments[Self.minItems]
    }

    /// The analysis options, with the instrument's defaults for what was not given.
    func options(instrument: Instrument) -> AnalysisOptions {
        AnalysisOptions(instrument: instrument, minGroup: minGroup ?? 3, minItems: minItems)
    }
}

import RCCommandLine
import RCIngest
import RCStats
import RCSurvey

/// The export format `--input-format` asks for: detected, or one of the export formats.
enum InputFormat: Sendable, Equatable {
    case auto
    case export(ExportFormat)

    /// The values `--input-format` accepts: `auto` and every export format.
    static let choices: [(name: String, value: InputFormat)] =
        [("auto", .auto)] + ExportFormat.allCases.map { ($0.rawValue, .export($0)) }

    var format: ExportFormat? {
        switch self {
        case .auto: nil
        case let .export(format): format
        }
    }
}

/// Where survey data comes from and how to read it, the same in every command that reads survey
/// files: the files, `--instrument`, `--input-format`, `--mapping`, `--structure`, `--labels`,
/// `--value-labels`, `--dictionary`, `--sheet` and `--member`.
struct InputOptions {
    static let instrument = Option<String>.text("--instrument", Localized("I"), .help(.instrument))
    static let format = Option<InputFormat>.choice(
        "--input-format", .placeholder(.format), .help(.inputFormat), InputFormat.choices)
    static let mapping = Option<String>.text("--mapping", .placeholder(.file), .help(.mapping))
    static let structure = Option<String>.text("--structure", .placeholder(.file), .help(.structure))
    static let labels = Option<String>.text("--labels", .placeholder(.file), .help(.labels))
    static let valueLabels = Option<String>.text("--value-labels", .placeholder(.file), .help(.valueLabels))
    static let dictionary = Option<String>.text("--dictionary", .placeholder(.file), .help(.dictionary))
    static let sheet = Option<String>.text("--sheet", .placeholder(.name), .help(.sheet))
    static let member = Option<String>.text("--member", .placeholder(.name), .help(.member))
    /// The round (or, repeated, the rounds) to use, by label.
    static let round = Option<String>.text("--round", .placeholder(.round), .help(.round))

    /// The input options in help order; `format` may be given an alias (`import --format`).
    static func specs(format: Option<InputFormat> = format) -> [OptionSpec] {
        [
            instrument.spec, format.spec, mapping.spec, structure.spec, labels.spec, valueLabels.spec, dictionary.spec,
            sheet.spec,
            member.spec
        ]
    }

    /// The INPUT group of a command's help: these options, then `extra`.
    static func group(format: Option<InputFormat> = format, _ extra: [OptionSpec] = []) -> OptionGroup {
        OptionGroup(CLIText.group(.input).localized, specs(format: format) + extra)
    }

    var files: [String]
    /// `--instrument`: a built-in name or a file.
    var instrument: String?
    var format: InputFormat
    var mapping: String?
    var structure: String?
    var labels: String?
    /// `--value-labels`: what the codes in the files mean.
    var valueLabels: String?
    /// `--dictionary`: a REDCap data dictionary.
    var dictionary: String?
    var sheet: String?
    var member: String?

    init(_ arguments: ParsedArguments, files: [String]) throws(UsageError) {
        self.files = files
        instrument = arguments[Self.instrument]
        format = arguments[Self.format] ?? .auto
        mapping = arguments[Self.mapping]
        structure = arguments[Self.structure]
        labels = arguments[Self.labels]
        valueLabels = arguments[Self.valueLabels]
        dictionary = arguments[Self.dictionary]
        sheet = arguments[Self.sheet]
        member = arguments[Self.member]
        let spelling = arguments.spelling(of: Self.format)
        switch (format.format, mapping) {
        case (.mapping, nil):
            throw UsageError(CLIText.mappingNeedsFile(option: spelling).localized)
        case let (format?, _?) where format != .mapping:
            throw UsageError(CLIText.mappingWithOtherFormat(option: spelling, format: format.rawValue).localized)
        default:
            break
        }
    }

    /// Every file these options name: the data, the companion files and an instrument file.
    var allFiles: [String] {
        var paths = files + [mapping, structure, labels, valueLabels, dictionary].compactMap { $0 }
        if let instrument, InputOptions.namesFile(instrument) { paths.append(instrument) }
        return paths
    }

    /// Whether an instrument argument names a file rather than a built-in instrument.
    static func namesFile(_ instrument: String) -> Bool {
        Instrument.builtIn(named: instrument) == nil && (instrument.hasSuffix(".json") || instrument.contains("/"))
    }

    /// The instrument to read and score with.
    func loadInstrument() throws -> Instrument {
        try Instrument.resolve(instrument ?? "rc7-da")
    }

    /// Reads the files with the instrument as one dataset (``RCStats/SurveyFiles/read(_:options:labelRoundsByFile:roundNames:onReject:)``),
    /// saying on standard error what was read: bytes that were not UTF-8, and a summary; the
    /// rejected records are counted by reason in the result. With `background`, the respondents'
    /// background variables are read too.
    func read(
        context: CommandContext, labelRoundsByFile: Bool = false, roundNames: [String]? = nil, background: Bool = false
    ) throws -> SurveyFiles {
        let instrument = try loadInstrument()
        var options = try ingestOptions(instrument: instrument)
        options.collectsBackground = background
        let survey = try SurveyFiles.read(
            files, options: options, labelRoundsByFile: labelRoundsByFile, roundNames: roundNames)
        for report in survey.reports {
            if let warning = report.repairWarning { context.stderr.write(context.warning(.fileWarning(warning))) }
            if let warning = report.untypedOtherWarning { context.stderr.write(context.warning(.fileWarning(warning))) }
        }
        context.stderr.write(context.note(.readSummary(survey.counts)))
        return survey
    }

    /// How to read the files, with `instrument`; `round` labels every record read.
    func ingestOptions(instrument: Instrument, round: String? = nil) throws -> IngestOptions {
        var options = IngestOptions(
            instrument: instrument, format: format.format, round: round, structure: structure, labels: labels)
        options.sheet = sheet
        options.member = member
        options.dictionary = dictionary
        if let valueLabels { options.valueLabels = try ValueLabels.load(path: valueLabels, csv: options.csv) }
        if let mapping { options.mapping = try ColumnMapping.load(path: mapping) }
        return options
    }
}

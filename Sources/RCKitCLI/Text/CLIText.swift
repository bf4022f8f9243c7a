import RCCommandLine
import RCIngest
import RCReport
import RCStats
import RCSurvey

/// Everything rckit's command line says of its own — the overview, help, usage errors, warnings
/// and summaries — as one closed set of texts, written out once in English
/// (`CLIText+English.swift`) and once in Danish (`CLIText+Danish.swift`); the compiler sees to
/// it that no text lacks a translation. Messages about the data itself (a file's line and column,
/// what is wrong with a record) come from the data modules, in English.
enum CLIText: Sendable {
    /// The commands, for their summaries and discussions.
    enum CommandName: Sendable { case instrument, inspect, `import`, analyze, compare, report, setup }

    /// Headings of option groups in help.
    enum Group: Sendable { case input, analysis, output }

    /// Placeholders of values in usage and help (`FILE`).
    enum Placeholder: Sendable {
        case file, round, format, language, name, text, before, after, nameOrFile, nameIsValue, keyFile, tool, roles,
            names
    }

    /// What each option does, as help shows it.
    enum OptionHelp: Sendable {
        case instrument, inputFormat, mapping, structure, labels, valueLabels, dictionary, sheet, member, round,
            importRound
        case minGroup, minItems, minChange, pairedIDs, format(default: String), resultFormat, excel, language, out
        case rejects, rows, writeMapping, process, by, only, invited, pseudonymise
        case reportTitle, reportSubtitle, handout
        case acceptRejects, roundNames
        case tool, roles
    }

    case toolSummary(version: String)
    case group(Group)
    case placeholder(Placeholder)
    case summary(CommandName)
    case discussion(CommandName, builtIns: [String] = [])
    case help(OptionHelp)

    // Files and options.
    case noSuchFile
    case isAFolder
    case unreadable
    case mappingNeedsFile(option: String)
    case mappingWithOtherFormat(option: String, format: String)
    case excelNeedsCSV(format: String)
    /// `--format` names another format than `--out`'s extension writes.
    case formatDisagreesWithOut(format: String, path: String, implied: String)
    case minChangeInvalid(String)
    case minChangeTooLarge(value: Double, low: Double, high: Double)
    case binaryNeedsOut(format: String)
    case outputIsInput(option: String, path: String, input: String)
    case outputsCollide(option: String, other: String, path: String)
    case cannotWriteStandardOutput(reason: String)
    case standardOutput

    // Segments.
    case byWithWhere
    case whereNeedsValue(String)
    case noBackground(option: String, name: String)
    case noSuchVariable(option: String, name: String, variables: String)
    case noSuchSegment(name: String, value: String, values: String)
    case noValue
    case segment

    // Rounds.
    case giveRoundTwice
    case csvComparesTwoRounds
    case renderError(RenderError)
    case compareNeedsTwoRounds(count: Int, rounds: String)
    case noSuchRound(String, rounds: String)
    case severalRounds(count: Int, rounds: String)
    case nothingAccepted
    case unlabelledRound
    /// A round, variable or segment the data does not have.
    case selection(SurveySelectionError)

    // What was read and written.
    case rejected(location: String, reason: String)
    case moreRejected(Int)
    /// A warning about a file's contents, already worded (in English, as such messages are).
    case fileWarning(String)
    case readSummary(IngestCounts)
    case importSummary(IngestCounts, listRejects: Bool)
    /// `import` without `--pseudonymise`: the output holds the respondents' own ids.
    case directIDs
    case wroteReport(path: String, rounds: Int)

    // Rejected answers (analyze, compare, report).
    /// The stop: how many answer records were rejected.
    case rejectsStop(total: Int)
    /// One reason's line of the summary: how many, and the first places.
    case rejectionGroup(RejectionSummary.Group)
    /// What to do: look at them with import --rejects, or leave them out with --accept-rejects.
    case rejectsWayOn(files: [String])
    /// With --accept-rejects: how many were left out, and why.
    case rejectsLeftOut(RejectionSummary)
    /// What a kind of rejection is, in a few words.
    case rejectionKind(RejectionKind)
    /// `--round-names` does not give one name per file.
    case roundNamesPerFile(given: String, files: Int)
    /// `--round-names` gives one name twice.
    case roundNamesDiffer(given: String)
    /// `import --round` with `--round-names`.
    case roundWithRoundNames
    /// A `--round-names` name no round took: its file's rows have round labels of their own.
    case roundNameUnused(name: String, file: String)
    // Setting the survey up.
    case rolesEmpty
    case setupPlaceholderRoles(instrument: String, count: Int, first: String, last: String)
    case duplicateRole(String)
    case unusableRole(String)
    case wroteSetup(tool: SetupTool, path: String, questions: Int, roles: Int)
    case setupExtension(tool: SetupTool, path: String)

    /// The text in `language`.
    func callAsFunction(_ language: TextLanguage) -> String {
        switch language {
        case .en: english
        case .da: danish
        }
    }

    /// Why the rounds, variables or segments asked for cannot be had, in `language`.
    static func selection(_ error: SurveySelectionError, _ language: TextLanguage) -> String {
        switch error {
        case let .noSuchRound(label, rounds): noSuchRound(label, rounds: CLIText.rounds(rounds, language))(language)
        case let .severalRounds(rounds):
            severalRounds(count: rounds.count, rounds: CLIText.rounds(rounds, language))(language)
        case .nothingAccepted: nothingAccepted(language)
        case let .noBackground(option, name): noBackground(option: option, name: name)(language)
        case let .noSuchVariable(option, name, variables):
            noSuchVariable(option: option, name: name, variables: variables.joined(separator: ", "))(language)
        case let .noSuchSegment(name, value, values):
            noSuchSegment(name: name, value: value, values: values.joined(separator: ", "))(language)
        }
    }

    /// Round labels for a message, an empty one named as unlabelled.
    static func rounds(_ labels: [String], _ language: TextLanguage) -> String {
        labels.map { $0.isEmpty ? CLIText.unlabelledRound(language) : $0 }.joined(separator: ", ")
    }

    /// Paths as a shell line takes them (``shellWord(_:)`` each).
    static func shellWords(_ paths: [String]) -> String {
        paths.map(shellWord).joined(separator: " ")
    }

    /// A path as one word of a shell command line: quoted when it holds anything but letters,
    /// digits and `._-/`.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil) || "._-/".unicodeScalars.contains($0)
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The text in every language, for help and usage errors shown later in the language asked for.
    var localized: Localized { Localized(en: english, da: danish) }
}

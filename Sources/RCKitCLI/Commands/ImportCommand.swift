import RCCommandLine
import RCIngest
import RCReport
import RCStats
import RCSurvey

/// `rckit import FILE...`: any supported export to tidy long CSV, accounting for every record.
enum ImportCommand: Command {
    /// `--input-format`, also answering to `--format` (the name `import` had first).
    static let format = InputOptions.format.aliased("--format")
    /// Labels every record read with a round (unlike `--round` elsewhere, which chooses one).
    static let round = Option<String>.text("--round", .placeholder(.round), .help(.importRound))
    static let rejects = Option<String>.text("--rejects", .placeholder(.file), .help(.rejects))
    static let pseudonymise = Option<String>.text("--pseudonymise", .placeholder(.keyFile), .help(.pseudonymise))

    static func spec(_: OutputFormats) -> CommandSpec { spec }

    static let spec = CommandSpec(
        tool: RCKit.name, name: "import", summary: CLIText.summary(.import).localized,
        discussion: CLIText.discussion(.import).localized,
        positionals: [PositionalSpec(.placeholder(.file), .oneOrMore)],
        groups: [
            InputOptions.group(format: format, [round.spec, ReadingChoices.roundNames.spec]),
            OutputOptions.group([
                OutputOptions.language.spec, OutputOptions.out.spec, rejects.spec, pseudonymise.spec
            ])
        ])

    /// Everything `import` was asked for.
    struct Options: CommandOptions {
        var input: InputOptions
        /// The round every record read is given.
        var round: String?
        /// The round of each file's records that have none (`--round-names`).
        var roundNames: [String]?
        var output: OutputOptions
        var rejects: String?
        /// The key file whose bytes key the pseudonyms, when ids are to be pseudonymised.
        var pseudonymise: String?

        init(_ arguments: ParsedArguments) throws(UsageError) {
            input = try InputOptions(arguments, files: arguments.positionals)
            round = arguments[ImportCommand.round]
            roundNames = try ReadingChoices(arguments, files: arguments.positionals).roundNames
            if round != nil, roundNames != nil { throw UsageError(CLIText.roundWithRoundNames.localized) }
            output = OutputOptions(arguments)
            rejects = arguments[ImportCommand.rejects]
            pseudonymise = arguments[ImportCommand.pseudonymise]
        }

        var inputFiles: [String] { input.allFiles + [pseudonymise].compactMap { $0 } }
        var outputFiles: [(option: String, path: String)] {
            output.outputFiles + [rejects.map { (ImportCommand.rejects.name, $0) }].compactMap { $0 }
        }
    }

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let instrument = try options.input.loadInstrument()
        let pseudonymiser = try options.pseudonymise.map { path throws(IngestError) in try Pseudonymiser(keyFile: path)
        }
        var ingestOptions = try options.input.ingestOptions(instrument: instrument, round: options.round)
        ingestOptions.collectsBackground = true
        var importer = TidyImport(options: ingestOptions, pseudonymiser: pseudonymiser)
        importer.fileRounds = options.roundNames ?? []
        var outFile = try options.output.out.map(AtomicFile.init(path:))
        let rejectsFile = try options.rejects.map(AtomicFile.init(path:))
        // Standard output gets the data only once everything has been read without error.
        var memory = MemoryOutput()
        func rows(_ file: AtomicFile?) -> (UnsafeRawBufferPointer) -> Void {
            if let file { return { file.write(raw: $0) } }
            let memory = memory
            return { memory.write(String(decoding: $0, as: UTF8.self)) }
        }
        let writer = CSVWriter()
        rejectsFile?.write(writer.line(["file", "line", "column", "reason", "record"]))
        var shown = 0
        let result: TidyImport.Result
        do {
            // Into a file, the rows are written on a thread of their own while the next are made.
            result = try importer.write(options.input.files, writesBehind: outFile != nil, rows: rows(outFile)) {
                rejection in
                if shown < 5 {
                    context.stderr.write(
                        context.warning(.rejected(location: rejection.location, reason: rejection.reason)))
                }
                shown += 1
                // A file for people to open in a spreadsheet: no cell runs as a formula.
                rejectsFile?.write(
                    writer.line(
                        [
                            rejection.source, String(rejection.line), rejection.column.map(String.init) ?? "",
                            rejection.reason, rejection.record.joined(separator: " | ")
                        ].map(\.neutralizedForSpreadsheets)))
            }
            for report in result.reports {
                if let warning = report.repairWarning { context.stderr.write(context.warning(.fileWarning(warning))) }
                if let warning = report.untypedOtherWarning {
                    context.stderr.write(context.warning(.fileWarning(warning)))
                }
            }
            if !result.background.isEmpty {
                // The background columns (SPEC §2), now that every respondent's values are known:
                // the files are written again, each row with its respondent's values.
                outFile?.discard()
                outFile = try options.output.out.map(AtomicFile.init(path:))
                memory = MemoryOutput()
                try importer.write(options.input.files, background: result.background, rows: rows(outFile))
            }
        } catch {
            outFile?.discard()
            rejectsFile?.discard()
            throw error
        }
        try outFile?.commit()
        try rejectsFile?.commit()
        if outFile == nil {
            context.stdout.write(memory.text)
            try context.stdout.finish(naming: CLIText.standardOutput(context.language))
        }
        let counts = result.counts
        if shown > 5 { context.stderr.write(context.warning(.moreRejected(shown - 5))) }
        context.stderr.write(
            context.note(.importSummary(counts, listRejects: counts.rejected > 0 && rejectsFile == nil)))
        if pseudonymiser == nil { context.stderr.write(context.note(.directIDs)) }
        return .success
    }
}

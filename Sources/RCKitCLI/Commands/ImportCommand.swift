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
            InputOptions.group(format: format, [round.spec]),
            OutputOptions.group([
                OutputOptions.language.spec, OutputOptions.out.spec, rejects.spec, pseudonymise.spec
            ])
        ])

    /// Everything `import` was asked for.
    struct Options: CommandOptions {
        var input: InputOptions
        /// The round every record read is given.
        var round: String?
        var output: OutputOptions
        var rejects: String?
        /// The key file whose bytes key the pseudonyms, when ids are to be pseudonymised.
        var pseudonymise: String?

        init(_ arguments: ParsedArguments) throws(UsageError) {
            input = try InputOptions(arguments, files: arguments.positionals)
            round = arguments[ImportCommand.round]
            output = OutputOptions(arguments)
            rejects = arguments[ImportCommand.rejects]
            pseudonymise = arguments[ImportCommand.pseudonymise]
        }

        var inputFiles: [String] { input.allFiles + [pseudonymise].compactMap { $0 } }
        var outputFiles: [(option: String, path: String)] {
            output.outputFiles + [rejects.map { (ImportCommand.rejects.name, $0) }].compactMap { $0 }
        }
    }

    static let header = ["respondent", "round", "rater_role", "target_role", "dimension", "value"]

    static func run(_ options: Options, context: CommandContext) throws -> ExitStatus {
        let instrument = try options.input.loadInstrument()
        let pseudonymiser = try options.pseudonymise.map { path throws(IngestError) in try Pseudonymiser(keyFile: path)
        }
        var ingestOptions = try options.input.ingestOptions(instrument: instrument, round: options.round)
        ingestOptions.collectsBackground = true
        let writer = CSVWriter()
        var outFile = try options.output.out.map(AtomicFile.init(path:))
        let rejectsFile = try options.rejects.map(AtomicFile.init(path:))
        // Standard output gets the data only once everything has been read without error.
        var out: any TextOutput = outFile ?? MemoryOutput()
        var header: [UInt8] = []
        writer.append(ImportCommand.header, to: &header)
        out.write(String(decoding: header, as: UTF8.self))
        rejectsFile?.write(writer.line(["file", "line", "column", "reason", "record"]))

        // The builder refuses what analyze would (duplicates, conflicting roles); the sink writes
        // each answer it takes as a tidy row.
        // Into a file, the rows are written on a thread of their own while the next are made;
        // pseudonymised, each chunk is rewritten first (``PseudonymisedRows``).
        let firstOut = out
        let behind =
            pseudonymiser != nil
            ? nil
            : outFile.map { file in
                file.flush()
                return WriteBehind(chunkSize: TidyRowSink.chunkSize) { file.write(raw: $0) }
            }
        let rowOutput =
            behind.map(RowOutput.behind)
            ?? .direct(Self.rows(pseudonymiser, writer) { firstOut.write(String(decoding: $0, as: UTF8.self)) })
        var sink = TidyRowSink(
            builder: SurveyBuilder(roleOrder: instrument.roles.map(\.name)), writer: writer, output: rowOutput)
        // Waits for the rows handed to the writing thread (before the file is used again).
        func finishRows() {
            sink.finish()
            behind?.finish()
        }
        var ingestor = Ingestor(options: ingestOptions)
        var shown = 0
        do {
            for file in options.input.files {
                let report = try ingestor.read(
                    path: file, into: &sink,
                    reject: { rejection in
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
                    })
                if let warning = report.repairWarning { context.stderr.write(context.warning(.fileWarning(warning))) }
            }
            finishRows()
            if let conflict = ingestor.background.conflict { throw conflict }
            if !ingestor.background.isEmpty {
                // The background columns (SPEC §2), now that every respondent's values are known:
                // the files are written again, each row with its respondent's values.
                outFile?.discard()
                outFile = try options.output.out.map(AtomicFile.init(path:))
                out = outFile ?? MemoryOutput()
                var again = ingestOptions
                again.collectsBackground = false
                try write(
                    options.input.files, again, background: ingestor.background, pseudonymiser: pseudonymiser, to: out)
            }
        } catch {
            behind?.finish()
            outFile?.discard()
            rejectsFile?.discard()
            throw error
        }
        try outFile?.commit()
        try rejectsFile?.commit()
        if outFile == nil, let memory = out as? MemoryOutput {
            context.stdout.write(memory.text)
            try context.stdout.finish(naming: CLIText.standardOutput(context.language))
        }
        let counts = ingestor.counts
        if shown > 5 { context.stderr.write(context.warning(.moreRejected(shown - 5))) }
        context.stderr.write(
            context.note(.importSummary(counts, listRejects: counts.rejected > 0 && rejectsFile == nil)))
        if pseudonymiser == nil { context.stderr.write(context.note(.directIDs)) }
        return .success
    }

    /// What writes a chunk of rows: `write` itself, or with each row's respondent id replaced by
    /// its pseudonym first.
    private static func rows(
        _ pseudonymiser: Pseudonymiser?, _ writer: CSVWriter, _ write: @escaping (UnsafeRawBufferPointer) -> Void
    ) -> (UnsafeRawBufferPointer) -> Void {
        guard let pseudonymiser else { return write }
        var rows = PseudonymisedRows(pseudonymiser, writer: writer)
        var buffer: [UInt8] = []
        return { chunk in
            buffer.removeAll(keepingCapacity: true)
            rows.rewrite(chunk, into: &buffer)
            buffer.withUnsafeBytes(write)
        }
    }

    /// Reads `files` and writes every accepted answer to `out` as tidy long CSV, with the
    /// columns of `background` after `value` (rejections were reported by the first reading).
    private static func write(
        _ files: [String], _ options: IngestOptions, background: BackgroundVariables, pseudonymiser: Pseudonymiser?,
        to out: any TextOutput
    ) throws {
        let writer = CSVWriter()
        let variables = background.names
        var header: [UInt8] = []
        writer.append(ImportCommand.header + variables, to: &header)
        out.write(String(decoding: header, as: UTF8.self))
        var columns = BackgroundColumns(background, variables: variables, writer: writer)
        var buffer: [UInt8] = []
        // The background values are looked up by the respondent's own id, then the id replaced.
        let written = rows(pseudonymiser, writer) { out.write(String(decoding: $0, as: UTF8.self)) }
        let output = RowOutput.direct { chunk in
            buffer.removeAll(keepingCapacity: true)
            columns.add(to: chunk, into: &buffer)
            buffer.withUnsafeBytes(written)
        }
        var sink = TidyRowSink(
            builder: SurveyBuilder(roleOrder: options.instrument.roles.map(\.name)), writer: writer, output: output)
        var ingestor = Ingestor(options: options)
        for file in files {
            try ingestor.read(path: file, into: &sink, reject: { _ in })
        }
        sink.finish()
    }
}

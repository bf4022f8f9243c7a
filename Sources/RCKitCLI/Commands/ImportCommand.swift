import RCIngest
import RCStats
import RCSurvey

/// `rckit import FILE...`: any supported export to tidy long CSV, accounting for every record.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        summary: "Convert survey exports to tidy long CSV; every record is accepted or rejected with a reason.",
        synopsis: "FILE... [--format auto|\(ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))] [--round LABEL] [--out FILE] [--rejects FILE] [--structure FILE --labels FILE]",
        discussion: """
        Reads exports from SurveyXact, Qualtrics, LimeSurvey, Google/Microsoft Forms and spreadsheets
        (any encoding and delimiter) and writes one answer per row:
          respondent,round,rater_role,target_role,dimension,value
        A SurveyXact dataset export (variable names and codes) is read with its structure and labels
        files, found beside it (dataset.csv → structure.csv, labels.csv) or named with --structure/--labels.
        Missing answers ("Ved ikke", blanks) are written with an empty value. Rejected records go to
        --rejects with their file, line, column and reason. Files are written whole or not at all.
        """,
        options: [
            .value("--format", "FORMAT", "Export shape (default: auto).", allowed: ["auto"] + ExportFormat.allCases.map(\.rawValue)),
            .value("--round", "LABEL", "Round label for every record read (e.g. før)."),
            .value("--out", "FILE", "Write the tidy CSV to FILE instead of standard output."),
            .value("--rejects", "FILE", "Write rejected records, with line numbers and reasons, to FILE."),
            .value("--instrument", "I", "Instrument: rc7-da, rc7-en or a .json file (default: rc7-da)."),
            .value("--mapping", "FILE", "Column mapping file (with --format mapping)."),
        ] + SurveyInput.surveyXactOptions,
        positionals: 1...Int.max)

    static let header = ["respondent", "round", "rater_role", "target_role", "dimension", "value"]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let instrument = try SurveyInput.instrument(arguments)
        let options = try SurveyInput.ingestOptions(arguments, instrument: instrument, formatOption: "--format",
                                                    round: arguments.value("--round"))
        let writer = CSVWriter()
        let outFile = try arguments.value("--out").map(AtomicFile.init(path:))
        let rejectsFile = try arguments.value("--rejects").map(AtomicFile.init(path:))
        // Standard output gets the data only once everything has been read without error.
        let out: any TextOutput = outFile ?? MemoryOutput()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flushBuffer() {
            guard !buffer.isEmpty else { return }
            out.write(String(decoding: buffer, as: UTF8.self))
            buffer.removeAll(keepingCapacity: true)
        }
        writer.append(header, to: &buffer)
        rejectsFile?.write(writer.line(["file", "line", "column", "reason", "record"]))

        var builder = SurveyBuilder(roleOrder: instrument.roles.map(\.name))
        var ingestor = Ingestor(options: options)
        var shown = 0
        do {
            for file in arguments.positionals {
                try ingestor.read(path: file, consume: { answer in
                    if case let .rejected(reason) = builder.add(answer) { return reason }
                    writer.append([answer.respondent, answer.round, answer.raterRole, answer.targetRole, answer.dimension.id,
                                   answer.score.map(\.compact) ?? ""], to: &buffer)
                    if buffer.count >= 1 << 16 { flushBuffer() }
                    return nil
                }, reject: { rejection in
                    if shown < 5 { context.stderr.write("rckit: warning: \(rejection.location): rejected: \(rejection.reason)\n") }
                    shown += 1
                    rejectsFile?.write(writer.line([rejection.file, String(rejection.line), rejection.column.map(String.init) ?? "",
                                                    rejection.reason, rejection.record.joined(separator: " | ")]))
                })
            }
            flushBuffer()
        } catch {
            outFile?.discard()
            rejectsFile?.discard()
            throw error
        }
        try outFile?.commit()
        try rejectsFile?.commit()
        if outFile == nil, let memory = out as? MemoryOutput { context.stdout.write(memory.text) }
        let counts = ingestor.counts
        if shown > 5 { context.stderr.write("rckit: warning: … and \(shown - 5) more rejected records\n") }
        context.stderr.write("rckit: read \(counts.records) records in \(counts.rows) rows; accepted \(counts.answers + counts.missing) "
            + "(\(counts.answers) answers, \(counts.missing) missing), rejected \(counts.rejected)"
            + (counts.rejected > 0 && rejectsFile == nil ? " (list them with --rejects FILE)" : "") + "\n")
        return .success
    }
}

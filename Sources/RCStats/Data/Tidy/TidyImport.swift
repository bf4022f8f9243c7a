import RCIngest
@_spi(FastPath) import RCSurvey

/// Survey files written as tidy long CSV (SPEC §2; `rckit import`): every answer that analysing
/// the files would take, one row each — what the survey builder refuses (a repeated answer, a
/// second role for one respondent) is rejected as it would be there — and every rejected record
/// handed over with its reason.
///
/// The rows reach a function a chunk at a time, the header first. Files with background columns
/// (`unit`, `Afdeling`) are read twice: once to learn every respondent's values (the rows of that
/// reading lack them), then ``write(_:background:rows:)`` writes the rows again with the values
/// after `value`.
public struct TidyImport: Sendable {
    /// The columns of the tidy format before any background columns.
    public static let header = ["respondent", "round", "rater_role", "target_role", "dimension", "value"]

    /// How the files are read; ``IngestOptions/collectsBackground`` for the background columns.
    public var options: IngestOptions
    /// When given, respondent ids are written as their pseudonyms.
    public var pseudonymiser: Pseudonymiser?
    /// The round label each file's answers without one get, by the files' order (`--round-names`);
    /// none when empty.
    public var fileRounds: [String?] = []

    /// An import that reads files as `options` says and, with `pseudonymiser`, writes pseudonyms for
    /// ids. An answer given as a missing label ("Ved ikke", "Ikke relevant") keeps it as its value
    /// (``IngestOptions/keepsMissingLabels``), so that why it is missing survives; a blank stays blank.
    public init(options: IngestOptions, pseudonymiser: Pseudonymiser? = nil) {
        self.options = options
        self.options.keepsMissingLabels = true
        self.pseudonymiser = pseudonymiser
    }

    /// What the first reading gave.
    public struct Result: Sendable {
        /// What reading every file gave.
        public var counts: IngestCounts
        /// What reading each file gave, in order.
        public var reports: [FileReport]
        /// The respondents' background values; when there are any, the rows written lack them
        /// and are to be written again with ``TidyImport/write(_:background:rows:)``.
        public var background: BackgroundVariables
    }

    /// Reads `files` and hands the tidy rows, header first, to `rows` a chunk at a time (with
    /// `writesBehind`, on a thread of its own while the next chunk is made; the chunks arrive in
    /// order and all have arrived when this returns); each rejected record goes to `reject`.
    /// Background values that disagree for one respondent are an error.
    public func write(
        _ files: [String], writesBehind: Bool = false, rows: @escaping (UnsafeRawBufferPointer) -> Void,
        reject: (Rejection) -> Void
    ) throws -> Result {
        let writer = CSVWriter()
        var header: [UInt8] = []
        writer.append(Self.header, to: &header)
        header.withUnsafeBytes(rows)
        let rows = pseudonymised(rows, writer)
        let behind =
            writesBehind && pseudonymiser == nil ? WriteBehind(chunkSize: TidyRowSink.chunkSize, write: rows) : nil
        var sink = TidyRowSink(
            gate: SurveyBuilder(roleOrder: options.instrument.roles.map(\.name)), writer: writer,
            output: behind.map(RowOutput.behind) ?? .direct(rows))
        var ingestor = Ingestor(options: options)
        var reports: [FileReport] = []
        defer { behind?.finish() }
        for (k, file) in files.enumerated() {
            reports.append(try ingestor.read(path: file, into: &sink, unlabelledRound: round(k), reject: reject))
        }
        sink.finish()
        if let conflict = ingestor.background.conflict { throw conflict }
        return Result(counts: ingestor.counts, reports: reports, background: ingestor.background)
    }

    /// Reads `files` again and hands the tidy rows to `rows`, each with the columns of
    /// `background` after `value` (the header names them); rejections were reported by the first
    /// reading.
    public func write(
        _ files: [String], background: BackgroundVariables, rows: @escaping (UnsafeRawBufferPointer) -> Void
    ) throws {
        let writer = CSVWriter()
        let variables = background.names
        var header: [UInt8] = []
        writer.append(Self.header + variables, to: &header)
        header.withUnsafeBytes(rows)
        var columns = BackgroundColumns(background, variables: variables, writer: writer)
        var buffer: [UInt8] = []
        // The background values are looked up by the respondent's own id, then the id replaced.
        let written = pseudonymised(rows, writer)
        let output = RowOutput.direct { chunk in
            buffer.removeAll(keepingCapacity: true)
            columns.add(to: chunk, into: &buffer)
            buffer.withUnsafeBytes(written)
        }
        var again = options
        again.collectsBackground = false
        var sink = TidyRowSink(
            gate: SurveyBuilder(roleOrder: options.instrument.roles.map(\.name)), writer: writer, output: output)
        var ingestor = Ingestor(options: again)
        for (k, file) in files.enumerated() {
            try ingestor.read(path: file, into: &sink, unlabelledRound: round(k), reject: { _ in })
        }
        sink.finish()
    }

    /// The round label of file `k`'s answers without one.
    private func round(_ k: Int) -> String? { k < fileRounds.count ? fileRounds[k] : nil }

    /// What writes a chunk of rows: `write` itself, or with each row's respondent id replaced by
    /// its pseudonym first.
    private func pseudonymised(
        _ write: @escaping (UnsafeRawBufferPointer) -> Void, _ writer: CSVWriter
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
}

import RCIngest

/// The tidy rows of `import`'s second reading of files with background columns, each given its
/// respondent's background values after its value (SPEC §2). The rows come from a
/// ``TidyRowSink``, a chunk of whole rows at a time; each row's respondent and round are read
/// back from its first two fields (as ``CSVWriter`` wrote them), and a respondent's rows mostly
/// follow one another, so the values are looked up and written as CSV once a run of rows.
struct BackgroundColumns {
    private let background: BackgroundVariables
    private let variables: [String]
    private let writer: CSVWriter
    private let newline: [UInt8]
    /// The first two fields of the row before, as written, and the bytes its values made.
    private var lastKey: [UInt8] = []
    private var lastValues: [UInt8] = []
    private var hasLast = false

    init(_ background: BackgroundVariables, variables: [String], writer: CSVWriter) {
        self.background = background
        self.variables = variables
        self.writer = writer
        newline = Array(writer.newline.rawValue.utf8)
    }

    /// Appends the rows of `chunk` to `out`, each with the values before its line break.
    mutating func add(to chunk: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            let respondentEnd = writer.fieldEnd(in: bytes, from: start)
            let roundEnd =
                respondentEnd < bytes.count && bytes[respondentEnd] == writer.delimiter.byte
                ? writer.fieldEnd(in: bytes, from: respondentEnd + 1) : respondentEnd
            // The rest of the row's fields, up to its line break.
            var end = roundEnd
            while end < bytes.count, bytes[end] == writer.delimiter.byte {
                end = writer.fieldEnd(in: bytes, from: end + 1)
            }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<roundEnd])
            if !hasLast || !key.elementsEqual(lastKey) {
                lastKey = Array(key)
                let respondent = Self.text(bytes, start, respondentEnd)
                let round = roundEnd > respondentEnd ? Self.text(bytes, respondentEnd + 1, roundEnd) : ""
                // Written as a row after a placeholder field, so that each value is quoted as the
                // writer quotes a field of a row; then the placeholder and the line break dropped.
                var line: [UInt8] = []
                writer.append(
                    ["-"] + variables.map { background.value(of: $0, round: round, respondent: respondent) ?? "" },
                    to: &line)
                lastValues = Array(line[1..<(line.count - newline.count)])
                hasLast = true
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            out.append(contentsOf: lastValues)
            out.append(contentsOf: newline)
            start = min(bytes.count, end + newline.count)
        }
    }

    /// The text of the field written at `start..<end`.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: CSVWriter.value(ofField: UnsafeBufferPointer(rebasing: bytes[start..<end])), as: UTF8.self)
    }
}

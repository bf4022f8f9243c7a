/// The tidy rows of `import`'s second reading of files with background columns, each given its
/// respondent's background values after its value (SPEC §2). The rows come from a
/// ``TidyRowSink``, a chunk of whole rows at a time; each row's respondent and round are read
/// back from its first two fields (as ``CSVWriter`` wrote them), and a respondent's rows mostly
/// follow one another, so the values are looked up and written as CSV once a run of rows.
package struct BackgroundColumns {
    private let background: BackgroundVariables
    private let variables: [String]
    private let writer: CSVWriter
    private let newline: [UInt8]
    /// The first two fields of the row before, as written, and the bytes its values made.
    private var lastKey: [UInt8] = []
    private var lastValues: [UInt8] = []
    private var hasLast = false

    package init(_ background: BackgroundVariables, variables: [String], writer: CSVWriter) {
        self.background = background
        self.variables = variables
        self.writer = writer
        newline = Array(writer.newline.rawValue.utf8)
    }

    /// Appends the rows of `chunk` to `out`, each with the values before its line break.
    package mutating func add(to chunk: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            let respondentEnd = fieldEnd(bytes, from: start)
            let roundEnd =
                respondentEnd < bytes.count && bytes[respondentEnd] == writer.delimiter.byte
                ? fieldEnd(bytes, from: respondentEnd + 1) : respondentEnd
            // The rest of the row's fields, up to its line break.
            var end = roundEnd
            while end < bytes.count, bytes[end] == writer.delimiter.byte { end = fieldEnd(bytes, from: end + 1) }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<roundEnd])
            if !hasLast || !key.elementsEqual(lastKey) {
                lastKey = Array(key)
                let respondent = field(bytes, start, respondentEnd)
                let round = roundEnd > respondentEnd ? field(bytes, respondentEnd + 1, roundEnd) : ""
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

    /// Where the field at `start` ends: the delimiter or line break after it, or the chunk's end.
    private func fieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = UInt8(ascii: "\""), delimiter = writer.delimiter.byte
        var i = start
        if i < bytes.count, bytes[i] == quote {
            i += 1
            while i < bytes.count {
                if bytes[i] == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        i += 2
                        continue
                    }
                    i += 1
                    break
                }
                i += 1
            }
        }
        while i < bytes.count, bytes[i] != delimiter, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
            i += 1
        }
        return i
    }

    /// The text of the field written at `start..<end`: unquoted, its doubled quotes single.
    private func field(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let quote = UInt8(ascii: "\"")
        guard end - start >= 2, bytes[start] == quote, bytes[end - 1] == quote else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var text: [UInt8] = []
        var i = start + 1
        while i < end - 1 {
            text.append(bytes[i])
            i += bytes[i] == quote && i + 1 < end - 1 && bytes[i + 1] == quote ? 2 : 1
        }
        return String(decoding: text, as: UTF8.self)
    }
}

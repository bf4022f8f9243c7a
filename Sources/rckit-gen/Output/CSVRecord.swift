/// Builds delimited text records, quoting fields per RFC 4180 only where needed.
struct CSVRecord: Sendable {
    var delimiter: Character
    var lineEnd: String

    static let tidy = CSVRecord(delimiter: ",", lineEnd: "\n")

    /// One record: the fields joined by the delimiter, then the line end.
    func line(_ fields: [String]) -> String {
        var out = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            out.append(quoted(field))
        }
        out.append(lineEnd)
        return out
    }

    /// `field`, in double quotes (with inner quotes doubled) when it holds the delimiter, a
    /// quote or a line break.
    func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

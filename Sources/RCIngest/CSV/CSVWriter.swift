/// Writes records as CSV that ``CSVReader`` (and Excel) reads back exactly.
///
/// A field is quoted when it holds the delimiter, a quote or a line break, when it has
/// leading or trailing spaces, and when it is the only field of its record and empty
/// (an unquoted empty line would be read as a blank line and skipped).
public struct CSVWriter: Sendable {
    /// What ends each record.
    public enum Newline: String, Sendable {
        /// `\n`.
        case lf = "\n"
        /// `\r\n` (RFC 4180, Excel on Windows).
        case crlf = "\r\n"
    }

    /// The byte between fields.
    public var delimiter: CSVDelimiter
    /// What ends each record.
    public var newline: Newline

    /// A writer of `delimiter`-separated records ending in `newline`.
    public init(delimiter: CSVDelimiter = .comma, newline: Newline = .lf) {
        self.delimiter = delimiter
        self.newline = newline
    }

    /// One record with its line ending, e.g. `a,"b,c"\n`.
    public func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record with its line ending to `out` as UTF-8.
    public func append(_ fields: [String], to out: inout [UInt8]) {
        if fields.count == 1, fields[0].isEmpty {
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(delimiter.byte) }
                appendField(field, to: &out)
            }
        }
        out.append(contentsOf: newline.rawValue.utf8)
    }

    /// Appends one field, quoted if it needs to be.
    public func appendField(_ field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { appendField($0, to: &out) }
    }

    /// Appends one field given as UTF-8, quoted if it needs to be.
    func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\""), space = UInt8(ascii: " ")
        let delimiter = delimiter.byte
        let needsQuotes =
            bytes.first == space || bytes.last == space
            || bytes.contains { byte in
                byte == delimiter || byte == quote || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            }
        guard needsQuotes else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(quote)
        for byte in bytes {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }
}

/// How line breaks end the records of a file, as seen in its first 64 KiB.
public enum LineEnding: String, Sendable, CaseIterable, Codable {
    /// `\n` (Unix, macOS, most web tools).
    case lf
    /// `\r\n` (Windows, Excel, RFC 4180).
    case crlf
    /// A lone `\r` (classic Mac OS, old Excel for Mac).
    case cr
    /// More than one of the above.
    case mixed
    /// No line break at all: a single line.
    case none

    /// The name shown to users, e.g. "CRLF".
    public var name: String {
        switch self {
        case .lf: "LF"
        case .crlf: "CRLF"
        case .cr: "CR"
        case .mixed: "mixed"
        case .none: "none"
        }
    }
}

/// How a CSV file is written: what ``CSVSniffer`` found, or what ``CSVOptions`` imposed.
///
/// `rckit inspect` reports it.
public struct CSVDialect: Sendable, Equatable {
    /// The character encoding the file is read in.
    public var encoding: TextEncoding
    /// The byte that separates fields.
    public var delimiter: CSVDelimiter
    /// How records end.
    public var lineEnding: LineEnding
}

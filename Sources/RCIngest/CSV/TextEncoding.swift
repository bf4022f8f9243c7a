/// The character encoding a CSV file was read in.
///
/// Detected from the start of the file (see ``CSVSniffer``) or set in ``CSVOptions``.
/// Whatever the file's encoding, fields always come out as UTF-8.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8 without a byte order mark (also plain ASCII).
    case utf8
    /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8BOM
    /// UTF-16 little endian (Excel's "Unicode text"), with or without the FF FE mark.
    case utf16LE
    /// UTF-16 big endian, with or without the FE FF mark.
    case utf16BE
    /// Windows-1252 (Western European; Excel's "CSV" on Danish Windows).
    case windows1252

    /// The name shown to users, e.g. "UTF-8 with BOM".
    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 with BOM"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        case .windows1252: "Windows-1252"
        }
    }

    /// The byte order mark this encoding starts with, if any.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: []
        case .utf8BOM: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .windows1252: []
        }
    }
}

/// The byte that separates fields: comma, semicolon, tab or pipe (or another ASCII character).
public struct CSVDelimiter: Hashable, Sendable, CustomStringConvertible {
    /// The ASCII byte of the delimiter.
    public let byte: UInt8

    /// `,`: the delimiter of RFC 4180 and of most exports.
    public static let comma = CSVDelimiter(uncheckedByte: UInt8(ascii: ","))
    /// `;`: Excel's delimiter where the decimal separator is a comma (Danish Windows).
    public static let semicolon = CSVDelimiter(uncheckedByte: UInt8(ascii: ";"))
    /// A tab (tab-separated text, Excel's "Unicode text").
    public static let tab = CSVDelimiter(uncheckedByte: UInt8(ascii: "\t"))
    /// `|`.
    public static let pipe = CSVDelimiter(uncheckedByte: UInt8(ascii: "|"))

    /// The delimiters tried by detection, in order of preference when equally likely.
    public static let candidates: [CSVDelimiter] = [.comma, .semicolon, .tab, .pipe]

    /// A delimiter from a single printable ASCII character or tab; `nil` for a quote,
    /// a line break, NUL or a non-ASCII character.
    public init?(_ character: Character) {
        guard let ascii = character.asciiValue, ascii != 0, ascii != UInt8(ascii: "\""),
            ascii != UInt8(ascii: "\n"), ascii != UInt8(ascii: "\r")
        else { return nil }
        self.byte = ascii
    }

    private init(uncheckedByte: UInt8) { self.byte = uncheckedByte }

    /// The delimiter as a character, e.g. `;`.
    public var character: Character { Character(Unicode.Scalar(byte)) }

    /// A word for the delimiter: "comma", "semicolon", "tab", "pipe", or the character itself.
    public var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        case .pipe: "pipe"
        default: String(character)
        }
    }

    /// The delimiter as a character, e.g. `;`.
    public var description: String { String(character) }
}

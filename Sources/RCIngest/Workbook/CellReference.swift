/// A cell's place in a worksheet, read from an A1-style reference (`C12`, or `C` alone in a
/// merge range's column part), within Excel's 16,384 columns (A–XFD) and 1,048,576 rows.
package struct CellReference: Sendable, Equatable {
    /// The 0-based column index: A is 0.
    package var column: Int
    /// The 1-based row number, or nil when the reference names a column only.
    package var row: Int?

    /// Excel's last column index (XFD) plus one.
    package static let maxColumns = 16_384
    /// Excel's last row number.
    package static let maxRows = 1_048_576

    /// The cell in the 0-based `column` of the 1-based `row`.
    package init(column: Int, row: Int?) {
        self.column = column
        self.row = row
    }

    /// Reads `text` (ASCII letters, then digits; `$` anchors ignored); nil when it is not a
    /// reference or lies beyond Excel's last column or row.
    package init?(_ text: String) {
        var column = 0
        var letters = 0
        var row = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, column <= Self.maxColumns, row <= Self.maxRows, digits == 0 || row >= 1 else { return nil }
        self.column = column - 1
        self.row = digits > 0 ? row : nil
    }
}

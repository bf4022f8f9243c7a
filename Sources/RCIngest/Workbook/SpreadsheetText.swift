/// Decoding the `_xHHHH_` escapes of SpreadsheetML strings (ECMA-376 Part 1, 22.9.2.19
/// ST_Xstring): Excel writes characters XML cannot carry, such as a carriage return, as
/// `_x000D_`, and a literal `_x` that would look like an escape as `_x005F_x`.
package enum SpreadsheetText {
    /// `text` with every `_xHHHH_` replaced by its character, left to right (so `_x005F_x000D_`
    /// is the literal text `_x000D_`). An escape of no valid character is kept as it is.
    package static func unescape(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 7, utf8.contains(UInt8(ascii: "_")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "_"), index + 7 <= utf8.count,
                utf8[index + 1] == UInt8(ascii: "x"), utf8[index + 6] == UInt8(ascii: "_"),
                let value = XMLScanner.number(utf8[index + 2..<index + 6], radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                out.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

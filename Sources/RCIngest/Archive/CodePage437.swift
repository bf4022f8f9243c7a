/// Code page 437, the IBM PC character set that ZIP file names use unless the archive marks
/// them as UTF-8 (general-purpose bit 11).
package enum CodePage437 {
    /// The characters of bytes 0x80–0xFF.
    static let upperHalf: [Character] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")

    /// `bytes` as a name: ASCII as it is; otherwise UTF-8 when the bytes are valid UTF-8 (many
    /// tools write UTF-8 without setting the flag), else code page 437.
    package static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        var text = ""
        for byte in bytes {
            if byte < 0x80 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else if Int(byte - 0x80) < upperHalf.count {
                text.append(upperHalf[Int(byte - 0x80)])
            }
        }
        return text
    }
}

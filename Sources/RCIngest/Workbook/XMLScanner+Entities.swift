/// Decoding character data: the five predefined entities, character references, and line
/// ends normalised to LF as XML requires.
extension XMLScanner {
    /// The bytes of `range` as text, decoded.
    func decode(_ range: Range<Int>) -> String {
        let raw = bytes[range]
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D }) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                index += index + 1 < range.upperBound && bytes[index + 1] == 0x0A ? 2 : 1
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(at: index, end: range.upperBound) {
                out.append(contentsOf: decoded)
                index += length
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 bytes of the entity or character reference at `index` (an `&`) and its
    /// length, or nil when it is none (then the `&` is kept as it is).
    private func entity(at index: Int, end: Int) -> ([UInt8], Int)? {
        var semicolon = index + 1
        while semicolon < end, semicolon - index <= 12, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else { return nil }
        let body = bytes[index + 1..<semicolon]
        let length = semicolon - index + 1
        switch String(decoding: body, as: UTF8.self) {
        case "amp": return ([UInt8(ascii: "&")], length)
        case "lt": return ([UInt8(ascii: "<")], length)
        case "gt": return ([UInt8(ascii: ">")], length)
        case "quot": return ([UInt8(ascii: "\"")], length)
        case "apos": return ([UInt8(ascii: "'")], length)
        default: break
        }
        guard body.first == UInt8(ascii: "#") else { return nil }
        let digits = body.dropFirst()
        let hex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
        guard let value = Self.number(hex ? digits.dropFirst() : digits, radix: hex ? 16 : 10) else { return nil }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        return (Array(String(Character(scalar)).utf8), length)
    }

    /// The number written in `digits`, or nil when empty, not digits, or past U+10FFFF.
    static func number(_ digits: ArraySlice<UInt8>, radix: UInt32) -> UInt32? {
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + digit
            if value > 0x10FFFF { return nil }
        }
        return value
    }
}

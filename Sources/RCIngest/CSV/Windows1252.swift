/// The Windows-1252 code page, as needed to turn its bytes into UTF-8.
enum Windows1252 {
    /// Unicode scalars of bytes 0x80–0x9F. The five bytes Windows leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value,
    /// as browsers do. Bytes 0xA0–0xFF are Latin-1 and map to themselves.
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
    ]

    /// Appends the UTF-8 encoding of the Windows-1252 byte `byte`.
    @inline(__always)
    static func appendUTF8(of byte: UInt8, to out: inout [UInt8]) {
        if byte < 0x80 {
            out.append(byte)
            return
        }
        let scalar: UInt32 = byte < 0xA0 ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte)
        UTF8Encoding.append(scalar, to: &out)
    }
}

enum UTF8Encoding {
    /// Appends the UTF-8 encoding of `scalar` (a valid scalar value).
    @inline(__always)
    static func append(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    static let replacement: UInt32 = 0xFFFD
}

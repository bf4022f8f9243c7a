/// A cell's number as text: integers without a fraction (`3`, not `3.0`), other numbers as the
/// shortest text that reads back as the same `Double`, without an exponent for ordinary
/// magnitudes (`0.00001`, not `1e-05`).
package enum NumberText {
    /// 2^53: every integer up to it is exact in a `Double`.
    static let exactIntegers = 9_007_199_254_740_992.0

    /// `raw` (the number as the cell stores it, e.g. `3`, `3.0`, `3E0`, `0.1`) as text; `raw`
    /// itself when it is not a plain decimal number.
    package static func format(_ raw: String) -> String {
        guard let value = parse(raw) else { return raw }
        return format(value)
    }

    /// `value` as text.
    package static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) <= exactIntegers { return String(Int64(value)) }
        return expanded(value.description)
    }

    /// The value of `raw` when it is a finite decimal number (digits, sign, point, exponent).
    package static func parse(_ raw: String) -> Double? {
        let trimmed = raw.utf8.filter { !XMLScanner.isSpace($0) }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ (0x30...0x39).contains($0) || "+-.eE".utf8.contains($0) }),
            let value = Double(String(decoding: trimmed, as: UTF8.self)), value.isFinite
        else { return nil }
        return value
    }

    /// `text` (Swift's description of a Double) with an exponent from −15 to 20 written out.
    static func expanded(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...]), (-15...20).contains(exponent)
        else { return text }
        var mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let point =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        var position = point + exponent
        if position <= 0 {
            digits = Array(repeating: "0", count: 1 - position) + digits
            position = 1
        }
        if position >= digits.count { digits += Array(repeating: "0", count: position - digits.count) }
        var body = String(digits[..<position])
        var fraction = String(digits[position...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { body += "." + fraction }
        return negative ? "-" + body : body
    }
}

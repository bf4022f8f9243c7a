import Foundation

extension Language {
    /// Formats `value` with `decimals` decimals the way readers of this language expect:
    /// `4,25` in Danish, `4.25` in English. No thousands separators (survey figures are small,
    /// and separators confuse spreadsheets).
    package func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals, 12))
        var text = String(format: "%.\(places)f", value)
        // "-0.00" reads as a change that isn't there.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        guard self == .da else { return text }
        // The decimal comma, byte for byte (much cheaper than a Foundation search and replace).
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// A signed difference, always with its sign: `+1,20`, `−0,35`, `0,00`.
    package func formatSigned(_ value: Double, decimals: Int = 2) -> String {
        let text = format(value, decimals: decimals)
        if text.hasPrefix("-") { return "−" + text.dropFirst() }
        if text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "," }) { return text }
        return "+" + text
    }

    /// A count as people read it, with thousands separators from five digits on: `13.552` in
    /// Danish, `13,552` in English; `2500` and `842` as they are (Danish and English style alike
    /// let four digits stand together, which keeps a narrow cell's n readable). For text read by
    /// people only; CSV, JSON and workbooks keep plain numbers.
    package func formatCount(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return value < 0 ? "−" + digits : digits }
        let separator: Character = self == .da ? "." : ","
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return value < 0 ? "−" + grouped : grouped
    }

    /// A p- or q-value: three significant decimals, `< 0,001` below that.
    package func formatP(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value < 0.001 { return "< " + format(0.001, decimals: 3) }
        return format(value, decimals: 3)
    }
}

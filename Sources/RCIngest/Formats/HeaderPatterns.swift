/// The few text patterns export detection looks for in every header and sampled value,
/// matched by hand over UTF-8 bytes: a header of thousands of columns is read in a blink, where a
/// regular expression per column took seconds.
enum HeaderPatterns {
    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isWord(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }

    /// `^-?[0-9]+$`: a whole number as survey tools write codes (`6`, `-99`).
    static func isInteger(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    /// `^[Aa][Oo]?[0-9]+$`: a LimeSurvey answer code (`A2`, `AO02`).
    static func isAnswerCode(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        guard bytes.first.map({ $0 | 0x20 }) == UInt8(ascii: "a") else { return false }
        bytes = bytes.dropFirst()
        if bytes.first.map({ $0 | 0x20 }) == UInt8(ascii: "o") { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    /// The end of a LimeSurvey question code and subquestion code at the start of `text`
    /// (`FREQ[SQ001]`: a word, then a word in brackets), or nil. With `letterFirst`, the code
    /// must start with a letter, as LimeSurvey's question codes do.
    static func limeSurveyCodeEnd(_ text: Substring, letterFirst: Bool = false) -> String.Index? {
        let bytes = text.utf8
        var i = bytes.startIndex
        guard i < bytes.endIndex, isWord(bytes[i]), !letterFirst || isLetter(bytes[i]) else { return nil }
        while i < bytes.endIndex, isWord(bytes[i]) { i = bytes.index(after: i) }
        guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "[") else { return nil }
        i = bytes.index(after: i)
        let inner = i
        while i < bytes.endIndex, isWord(bytes[i]) { i = bytes.index(after: i) }
        guard i > inner, i < bytes.endIndex, bytes[i] == UInt8(ascii: "]") else { return nil }
        return bytes.index(after: i)
    }

    /// The question text after a LimeSurvey "code & text" heading's code (`FREQ[SQ001]. How often…`):
    /// the index after the code, its full stop and the white space that follows, or nil.
    static func limeSurveyTextStart(_ text: String) -> String.Index? {
        guard let end = limeSurveyCodeEnd(text[...]) else { return nil }
        let bytes = text.utf8
        guard end < bytes.endIndex, bytes[end] == UInt8(ascii: ".") else { return nil }
        var i = bytes.index(after: end)
        while i < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i = bytes.index(after: i) }
        return i
    }

    /// `^[a-z0-9_]+_(timestamp|complete)$`: a REDCap form's timestamp or status column.
    static func isREDCapFormColumn(_ name: String) -> Bool {
        for suffix in ["_timestamp", "_complete"] where name.hasSuffix(suffix) {
            let stem = name.utf8.dropLast(suffix.utf8.count)
            return !stem.isEmpty
                && stem.allSatisfy {
                    isDigit($0) || $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                }
        }
        return false
    }

    /// Where a run of ASCII digits ending `text` starts (`Læge2` → the `2`), or nil.
    static func trailingDigits(_ text: String) -> String.Index? {
        let bytes = text.utf8
        var i = bytes.endIndex
        while i > bytes.startIndex, isDigit(bytes[bytes.index(before: i)]) { i = bytes.index(before: i) }
        return i < bytes.endIndex ? i : nil
    }
}

/// `xl/sharedStrings.xml`: the strings cells of type `s` refer to by index.
package enum SharedStringsPart {
    /// Each `<si>` in order: its `<t>`, or its rich-text runs' `<t>` joined, phonetic guides
    /// (`<rPh>`) left out and `_xHHHH_` escapes decoded.
    package static func read(_ scanner: inout XMLScanner) throws(ArchiveError) -> [String] {
        var strings: [String] = []
        var collector = RichText()
        var inItem = false
        while let event = try scanner.next() {
            if event == .start, scanner.isNamed("si") {
                inItem = true
                collector = RichText()
            } else if event == .end, scanner.isNamed("si") {
                if inItem { strings.append(collector.value) }
                inItem = false
            } else if inItem {
                collector.take(event, scanner)
            }
        }
        return strings
    }
}

/// The text of a string item (`<si>`, or a cell's inline `<is>`) as its events pass: the `<t>`
/// elements' text outside phonetic runs.
package struct RichText {
    private var text = ""
    private var inText = false
    private var phoneticDepth = 0

    /// An empty collector.
    package init() {}

    /// Takes one event from inside the item.
    package mutating func take(_ event: XMLScanner.Event, _ scanner: XMLScanner) {
        switch event {
        case .start where scanner.isNamed("rPh"): phoneticDepth += 1
        case .end where scanner.isNamed("rPh"): phoneticDepth = max(phoneticDepth - 1, 0)
        case .start where scanner.isNamed("t"): inText = phoneticDepth == 0
        case .end where scanner.isNamed("t"): inText = false
        case .text where inText: text += scanner.text()
        default: break
        }
    }

    /// The text taken, escapes decoded.
    package var value: String { SpreadsheetText.unescape(text) }
}

extension SharedStringsPart {
    /// The strings of a part in the form spreadsheet programs write (`<sst …><si><t>text</t></si>…</sst>`,
    /// `<t xml:space="preserve">` too), read without the scanner's events: nil for anything
    /// else (rich text, phonetic guides, entities, a CR, a comment), which ``read(_:)`` reads.
    /// A table of hundreds of thousands of respondent ids is read at once this way.
    package static func readPlain(_ bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBufferPointer { buffer -> [String]? in
            guard let p = buffer.baseAddress else { return nil }
            let n = buffer.count
            var k = 0
            func skipSpace() { while k < n, XMLScanner.isSpace(p[k]) { k += 1 } }
            func starts(_ text: StaticString) -> Bool {
                let count = text.utf8CodeUnitCount
                guard n - k >= count else { return false }
                let pattern = text.utf8Start
                for j in 0..<count where p[k + j] != pattern[j] { return false }
                return true
            }
            // The declaration, then the `<sst …>` tag (its attributes in quotes).
            skipSpace()
            if starts("<?") {
                while k + 1 < n, !(p[k] == UInt8(ascii: "?") && p[k + 1] == UInt8(ascii: ">")) { k += 1 }
                k += 2
                skipSpace()
            }
            guard starts("<sst"), k + 4 < n, p[k + 4] == 0x20 || p[k + 4] == UInt8(ascii: ">") else { return nil }
            k += 4
            var quote: UInt8 = 0
            while k < n {
                let b = p[k]
                k += 1
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: "/") || b == UInt8(ascii: "<") {
                    return nil
                } else if b == UInt8(ascii: ">") {
                    break
                }
            }
            var strings: [String] = []
            while true {
                skipSpace()
                if starts("</sst>") {
                    k += 6
                    skipSpace()
                    return k == n ? strings : nil
                }
                guard starts("<si>") else { return nil }
                k += 4
                if starts("<t/></si>") {
                    k += 9
                    strings.append("")
                    continue
                }
                if starts("<t>") {
                    k += 3
                } else if starts("<t xml:space=\"preserve\">") {
                    k += 24
                } else {
                    return nil
                }
                let start = k
                var underscore = false
                while k < n, p[k] != UInt8(ascii: "<") {
                    let b = p[k]
                    if b == UInt8(ascii: "&") || b == 0x0D { return nil }
                    if b == UInt8(ascii: "_") { underscore = true }
                    k += 1
                }
                let text = String(decoding: UnsafeBufferPointer(start: p + start, count: k - start), as: UTF8.self)
                guard starts("</t></si>") else { return nil }
                k += 9
                strings.append(underscore ? SpreadsheetText.unescape(text) : text)
            }
        }
    }
}

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

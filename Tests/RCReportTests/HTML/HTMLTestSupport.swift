import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every `<svg …>…</svg>` block of a page.
func svgBlocks(_ html: String) -> [String] {
    var blocks: [String] = []
    var rest = html[...]
    while let start = rest.range(of: "<svg"),
        let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
    {
        blocks.append(String(rest[start.lowerBound..<end.upperBound]))
        rest = rest[end.upperBound...]
    }
    return blocks
}

/// Whether `text` parses as well-formed XML; the parser's error otherwise.
func xmlError(_ text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    if parser.parse() { return nil }
    return parser.parserError.map { String(describing: $0) } ?? "not well-formed"
}

/// Whether a figure starting "1,0" or "1.0" (not part of a larger number) appears.
func containsFigureOne(_ text: String) -> Bool {
    text.range(of: #"(?<![0-9])1[.,]0"#, options: .regularExpression) != nil
}

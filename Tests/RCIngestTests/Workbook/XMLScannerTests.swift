import RCIngest
import Testing

/// The tokenizer: what it reports, what it skips, and that malformed XML is an error naming the
/// part, never a trap.
@Suite struct XMLScannerTests {
    /// The events of `xml`, as `<name attr=value>`, `</name>` and text.
    static func events(_ xml: String) throws(ArchiveError) -> [String] {
        var scanner = XMLScanner(bytes: Array(xml.utf8), file: "svar.xlsx", part: "x.xml")
        var out: [String] = []
        while let event = try scanner.next() {
            switch event {
            case .start: out.append("<\(scanner.tagName)" + (scanner.attribute("r").map { " r=\($0)" } ?? "") + ">")
            case .end: out.append("</\(scanner.tagName)>")
            case .text: out.append(scanner.text())
            }
        }
        return out
    }

    @Test func tagsTextAndSkippedMarkup() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><x:a xmlns:x="u" x:r='1 &lt; 2'>\
            t&amp;&quot;&apos;&#65;&#x42;&e;&#xD800;&#99999999;<b/><![CDATA[<raw>&amp;]]>\r\n<?pi x?></x:a >
            """
        #expect(
            try Self.events(xml) == [
                "<a r=1 < 2>", "t&\"'AB&e;\u{FFFD}&#99999999;", "<b>", "</b>", "<raw>&amp;", "\n", "</a>"
            ])
    }

    @Test func namespaceDeclarationsAreNoAttributes() throws {
        #expect(try Self.events("<c xmlns:r=\"ns\"/>") == ["<c>", "</c>"])
    }

    @Test(arguments: [
        "<a", "<a b>", "<a b=c>", "<a b='1>", "</a", "<!-- x", "<![CDATA[ x", "<?xml", "<!DOCTYPE [", "<>", "<a/b>",
        "</>"
    ])
    func malformed(xml: String) {
        #expect(throws: ArchiveError.self) { try Self.events(xml) }
        do throws(ArchiveError) {
            _ = try Self.events(xml)
        } catch {
            #expect(error.kind == .corrupt)
            #expect(error.location == "x.xml")
        }
    }
}

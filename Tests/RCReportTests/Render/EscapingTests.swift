import Testing

@testable import RCReport

@Suite struct EscapingTests {
    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(HTML.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTML.escape("a & \"b\"") == "a &amp; &quot;b&quot;")
        #expect(HTML.escape("Fysio\u{0}terapeut") == "Fysioterapeut")
        #expect(HTML.escape("Sygeplejerske æøå") == "Sygeplejerske æøå")
    }

    @Test func markdownEscapesTableSyntax() {
        #expect(Markdown.escape("A|B") == "A\\|B")
        #expect(Markdown.escape("*x*\nnew") == "\\*x\\* new")
    }
}

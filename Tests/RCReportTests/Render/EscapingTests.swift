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

/// Workbooks and charts stay safe whatever the names and scales: Excel's reserved sheet name,
/// and an axis drawn with a bounded number of grid lines on any scale an instrument may have.
@Suite struct WorkbookNameAndAxisTests {
    @Test func aSheetIsNeverNamedHistory() {
        let names = SpreadsheetML.sheetNames(["History", "history", "Afsnit 1", "HISTORY"])
        #expect(!names.contains { $0.lowercased() == "history" })
        #expect(names == ["History (2)", "history (3)", "Afsnit 1", "HISTORY (4)"])
    }

    @Test(arguments: [4.0, 6, 9, 12, 20, 99, 100, 999, 2000])
    func anAxisHasAtMostAFewGridLines(range: Double) {
        let step = BarsSVG.tickStep(range)
        #expect(step > 0)
        #expect(range / step <= 12)
    }

    @Test func theStandardScalesKeepTheirGrid() {
        #expect(BarsSVG.tickStep(4) == 1)  // 1–5
        #expect(BarsSVG.tickStep(9) == 2)  // 1–10
        #expect(BarsSVG.tickStep(.infinity) == 1)
        #expect(BarsSVG.tickStep(.nan) == 1)
    }
}

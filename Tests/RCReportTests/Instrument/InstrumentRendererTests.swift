import RCSurvey
import Testing

@testable import RCReport

@Suite struct InstrumentRendererTests {
    @Test func htmlEscapesTextFromInstrumentFiles() {
        var instrument = Instrument.standard(language: .en)
        instrument.title = LocalizedText(da: "<b>x</b>", en: "<script>alert(1)</script>")
        instrument.roles = [RoleDefinition(name: "<img src=x onerror=alert(1)>")]
        let html = InstrumentRenderer(instrument: instrument, language: .en, process: "A & B").render(.html)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("about A &amp; B?"))
    }

    @Test func markdownHasOneTablePerQuestion() {
        let markdown = InstrumentRenderer(instrument: .standard(language: .da), language: .da).render(.md)
        #expect(markdown.components(separatedBy: "| Point | Svarmulighed |").count == 8)
        #expect(markdown.contains("| 5 | Hele tiden |"))
    }
}

import Foundation
import Testing
@testable import RCReport
import RCStats
import RCSurvey

@Suite struct HTMLReportTests {
    static func singleRound(minGroup: Int = 3, language: Language = .da, extraRole: String? = nil) -> String {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey(extraRole: extraRole), minGroup: minGroup)
        return HTMLReport(analyses: [analysis], language: language).render()
    }

    static func twoRounds(language: Language = .da) -> String {
        let comparison = ReportFixtures.comparison()
        var report = HTMLReport(analyses: [comparison.before, comparison.after], comparisons: [comparison], language: language)
        report.sources = ["før.csv", "efter.csv"]
        return report.render()
    }

    @Test(arguments: [Language.da, .en])
    func everySVGIsWellFormedXML(language: Language) {
        for html in [Self.singleRound(language: language), Self.twoRounds(language: language),
                     Self.singleRound(language: language, extraRole: "<script>alert(1)</script> & \"co\"")] {
            let blocks = svgBlocks(html)
            // 7 dimension maps, the network map and its 2–3 legend keys, the profile bars (+ before/after bars).
            #expect(blocks.count >= 10)
            for block in blocks {
                #expect(xmlError(block) == nil, "\(block.prefix(200))")
            }
        }
    }

    @Test func everyRoleIsNamed() {
        let html = Self.twoRounds()
        for role in ReportFixtures.twoRounds().roles {
            #expect(html.contains(HTML.escape(role)), "\(role)")
        }
    }

    @Test func suppressedFiguresAppearNowhere() {
        for language in [Language.da, .en] {
            let html = Self.singleRound(language: language)
            #expect(!containsFigureOne(html), "a figure of the small group leaked")
            #expect(!html.contains("SECRET-ID"))
            // The small group's cells are there, marked, with their n only.
            #expect(html.contains("class=\"cell suppressed\""))
            #expect(html.contains("n=2"))
            // With a minimum group of one the same figures do show: the check above can fail.
            let open = Self.singleRound(minGroup: 1, language: language)
            #expect(containsFigureOne(open))
        }
    }

    @Test func hostileRoleNamesShowAsText() {
        let hostile = "<script>alert(1)</script>"
        let html = Self.singleRound(extraRole: hostile)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let attribute = Self.singleRound(extraRole: "\" onmouseover=\"alert(1)")
        #expect(!attribute.contains("\" onmouseover=\""))
        #expect(attribute.contains("&quot; onmouseover=&quot;alert(1)"))
    }

    @Test func selfContained() {
        for html in [Self.singleRound(), Self.twoRounds()] {
            for forbidden in ["http://", "https://", "<script", "<link", "@import", "<img", "<iframe", "src="] {
                #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
            }
            // The only url() references are to patterns and markers inside the page.
            var rest = html[...]
            while let found = rest.range(of: "url(") {
                #expect(rest[found.upperBound...].hasPrefix("#"))
                rest = rest[found.upperBound...]
            }
            #expect(html.contains("@page"))
            #expect(html.hasPrefix("<!DOCTYPE html>"))
        }
    }

    @Test func languageDecidesWordsAndDecimals() {
        let danish = Self.twoRounds(language: .da)
        let english = Self.twoRounds(language: .en)
        #expect(danish.contains("<html lang=\"da\">") && danish.contains("Relationer mellem faggrupper"))
        #expect(english.contains("<html lang=\"en\">") && english.contains("Ties between roles"))
        #expect(danish.range(of: #">[0-9],[0-9]{2}<"#, options: .regularExpression) != nil)
        #expect(english.range(of: #">[0-9]\.[0-9]{2}<"#, options: .regularExpression) != nil)
        #expect(danish.contains("Opsummering til workshoppen") && danish.contains("Ændring pr. relation"))
    }

    @Test func comparisonPartsOnlyWithTwoRounds() {
        #expect(!Self.singleRound().contains("id=\"comparison-1\""))
        let html = Self.twoRounds()
        #expect(html.contains("id=\"comparison-1\""))
        #expect(html.contains("id=\"round-1\"") && html.contains("id=\"round-2\""))
        // The first round's porters are too few: their change cells show only n.
        #expect(html.contains("n 2→5"))
    }
}

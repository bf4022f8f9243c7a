import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

@Suite struct HTMLReportTests {
    static func singleRound(minGroup: Int = 3, language: Language = .da, extraRole: String? = nil) -> String {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey(extraRole: extraRole), minGroup: minGroup)
        return HTMLReport(analyses: [analysis], language: language).render()
    }

    static func twoRounds(language: Language = .da) -> String {
        let comparison = ReportFixtures.comparison()
        var report = HTMLReport(
            analyses: [comparison.before, comparison.after], comparisons: [comparison], language: language)
        report.sources = ["før.csv", "efter.csv"]
        return report.render()
    }

    @Test(arguments: [Language.da, .en])
    func everySVGIsWellFormedXML(language: Language) {
        for html in [
            Self.singleRound(language: language), Self.twoRounds(language: language),
            Self.singleRound(language: language, extraRole: "<script>alert(1)</script> & \"co\"")
        ] {
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
            // The small group's cells are there, marked "fewer than k", never n=0.
            #expect(html.contains("class=\"cell suppressed\""))
            #expect(html.contains("<3"))
            #expect(!html.contains("n=0"))
            // With a minimum group of one the same figures do show: the check above can fail.
            let open = Self.singleRound(minGroup: 1, language: language)
            #expect(containsFigureOne(open))
        }
    }

    @Test func hostileRoleNamesShowAsText() {
        let hostile = "<script>alert(1)</script>"
        let html = Self.singleRound(extraRole: hostile)
        // The report's own script is the only one.
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(!html.contains("alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let attribute = Self.singleRound(extraRole: "\" onmouseover=\"alert(1)")
        #expect(!attribute.contains("\" onmouseover=\""))
        #expect(attribute.contains("&quot; onmouseover=&quot;alert(1)"))
    }

    @Test func selfContained() {
        for html in [Self.singleRound(), Self.twoRounds()] {
            for forbidden in [
                "http://", "https://", "<link", "@import", "<img", "<iframe", "src=", "fetch(", "xmlhttprequest",
                "import("
            ] {
                #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
            }
            // One inline script, at the end, that adds interaction only.
            #expect(html.components(separatedBy: "<script>").count - 1 == 1)
            #expect(html.contains("<script>\n\(ReportScript.source)\n</script>\n</body>"))
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
        // The first round's porters are too few: their change cells say so, with the n after.
        #expect(html.contains("n &lt;3→5") || html.contains("n <3→5"))
        #expect(!html.contains("n 0→5"))
    }

    @Test func theStoryComesFirstWithTitleAndSubtitle() {
        let comparison = ReportFixtures.comparison()
        var report = HTMLReport(
            analyses: [comparison.before, comparison.after], comparisons: [comparison], language: .da)
        report.title = "Afsnit <7> & \"co\""
        report.subtitle = "Medicinsk <b>afdeling</b>"
        let html = report.render()
        let story = html.range(of: "<section class=\"part story\" id=\"story\">")
        let overview = html.range(of: "id=\"overview\"")
        #expect(story != nil && overview != nil && story!.lowerBound < overview!.lowerBound)
        #expect(html.contains("<h1>Afsnit &lt;7&gt; &amp; &quot;co&quot;</h1>"))
        #expect(html.contains("<title>Afsnit &lt;7&gt; &amp; &quot;co&quot;</title>"))
        #expect(html.contains("<p class=\"subtitle\">Medicinsk &lt;b&gt;afdeling&lt;/b&gt;</p>"))
        // Læge → Sygeplejerske is the one change that matters; no decline.
        #expect(
            html.contains(
                "<h3><span class=\"chg\">↑</span> Det er blevet tydeligt bedre <span class=\"count\">(1)</span></h3>"))
        #expect(html.contains("<li data-a=\"0\" data-b=\"1\">Læge vurderer relationen til Sygeplejerske fra"))
        #expect(html.contains("Ingen relationer er blevet tydeligt dårligere."))
        #expect(html.contains("<p class=\"rule\">Sådan læses siden: "))
    }

    @Test(arguments: [Language.da, .en])
    func summaryLinesStayUnderTheirHeadings(language: Language) throws {
        let html = Self.twoRounds(language: language)
        let t = Phrases(language: language)
        // The improvements' list holds tie changes only: the index line is a paragraph of its own
        // (it once landed under "Sikre forbedringer").
        let list = try #require(html.range(of: #"<ul class="up">.*?</ul>"#, options: .regularExpression))
        #expect(!html[list].contains(t.networkIndex))
        #expect(html[list].contains("<li>Læge → Sygeplejerske: "))
        #expect(html.contains("<p>\(t.networkIndex): "))
    }

    @Test func handoutHasTheStoryTheChangeMapAndTheLatestHeatMap() {
        let comparison = ReportFixtures.comparison()
        var report = HTMLReport(
            analyses: [comparison.before, comparison.after], comparisons: [comparison], language: .en)
        report.handout = true
        let html = report.render()
        #expect(html.contains("id=\"story\""))
        #expect(html.components(separatedBy: "<table class=\"matrix").count - 1 == 2)
        #expect(html.contains("<table class=\"matrix roomy change\" style=\"--longest-word: "))
        #expect(html.contains("id=\"round-2\"") && !html.contains("id=\"round-1\""))
        for absent in [
            "id=\"overview\"", "id=\"methods\"", "svg class=\"network\"", "svg class=\"dimmap\"", "nav class=\"toc\""
        ] {
            #expect(!html.contains(absent), "\(absent)")
        }
        #expect(html.contains("<body class=\"handout\">"))
    }

    @Test func mapsCarryTheHooksOfTheScript() throws {
        let html = Self.twoRounds()
        let roles = ReportFixtures.twoRounds().roles.count
        // Every cell of the change map and the two heat maps names its rater and target.
        let cells = html.components(separatedBy: "<td class=\"cell").count - 1
        #expect(cells == 3 * roles * roles)
        let hooked = try NSRegularExpression(
            pattern: #"<td class="cell[^"]*"[^>]* data-a="[0-9]+" data-b="[0-9]+" tabindex="0" title=""#)
        #expect(hooked.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) == cells)
        for a in 0..<roles {
            #expect(html.contains("<tr data-row=\"\(a)\"><th scope=\"row\" class=\"rowhead\" data-role=\"\(a)\""))
            for b in 0..<roles { #expect(html.contains("data-a=\"\(a)\" data-b=\"\(b)\"")) }
        }
        // The sort order is a permutation of the roles.
        let order =
            html.range(of: #"data-index-order="([0-9,]*)""#, options: .regularExpression).map { String(html[$0]) } ?? ""
        let numbers = order.dropFirst("data-index-order=\"".count).dropLast().split(separator: ",").compactMap {
            Int($0)
        }
        #expect(numbers.sorted() == Array(0..<roles))
        // Controls exist only for the script and are hidden without it.
        #expect(html.contains("<div class=\"controls\" data-js-only hidden>"))
        #expect(html.contains("<div class=\"filter\" data-js-only hidden>"))
        // Four roles: seven small dimension maps, no switch.
        #expect(!html.contains("<div class=\"dimswitch\""))
    }

    @Test func aboveEightRolesOneDimensionMapWithASwitch() {
        var builder = SurveyBuilder()
        let roles = (1...9).map { "Rolle \($0)" }
        for i in 0..<36 {
            for target in roles {
                for dimension in Dimension.allCases {
                    _ = builder.add(
                        Answer(
                            respondent: "r\(i)", raterRole: roles[i % 9], targetRole: target,
                            dimension: dimension, score: Double(2 + (i + dimension.index) % 4)))
                }
            }
        }
        let analysis = ReportFixtures.analysis(builder.build())
        let maps = DimensionMapsSVG(analysis: analysis, language: .en)
        #expect(maps.switchable)
        let html = maps.render()
        #expect(html.contains("<div class=\"dimswitch\" data-js-only hidden>"))
        #expect(html.components(separatedBy: "<option value=").count - 1 == 7)
        #expect(html.contains("<div class=\"multiples switchable\">"))
        // Without the script all seven maps are there.
        #expect(html.components(separatedBy: "<figure class=\"multiple\"").count - 1 == 7)
        let eight = DimensionMapsSVG(
            analysis: ReportFixtures.analysis(ReportFixtures.twoRounds(), round: "før"), language: .en)
        #expect(!eight.switchable)
    }
}

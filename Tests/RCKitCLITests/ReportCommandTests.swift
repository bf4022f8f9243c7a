import Foundation
import Testing

@testable import RCKitCLI

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ReportCommandTests {
    static let before = repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path
    static let after = repositoryRoot.appendingPathComponent("sample-data/forstuegang-efter.csv").path
    static let roles = [
        "Ortopædkirurg", "Endokrinolog", "Sygeplejerske", "Fysioterapeut", "Social- og sundhedsassistent",
        "Hjemmesygeplejerske", "Praktiserende læge", "Patient/pårørende"
    ]

    static func report(_ arguments: [String]) throws -> (CLIResult, String) {
        let out = try temporaryDirectory().appendingPathComponent("report.html")
        let result = rckit(["report"] + arguments + ["--out", out.path])
        let html = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        return (result, html)
    }

    @Test func oneRoundReport() throws {
        let (result, html) = try Self.report([Self.before])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        for role in Self.roles { #expect(html.contains(role), "\(role)") }
        #expect(html.contains("Relationer mellem faggrupper"))
        #expect(!html.contains("id=\"comparison-1\""))
        #expect(!html.contains("R0001"), "respondent ids never appear")
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.components(separatedBy: "<script").count - 1 == 1, "the report's own script only")
        // Praktiserende læge has two respondents before: its row says "færre end 3", never n=0.
        #expect(html.contains("title=\"Praktiserende læge → Ortopædkirurg: skjult (færre end 3)\""))
        #expect(!html.contains("n=0") && !html.contains("ingen svar"))
        // The hidden section says which answers were left out, and why, in plain words.
        #expect(
            html.contains(
                "<li class=\"left-out\">100 svar er udeladt, fordi færre end 3 i faggruppen besvarede det spørgsmål om "
                    + "den faggruppe. Alle tal – også relationerne og de samlede tal – bygger kun på de øvrige svar"))
        // Agreement: ICC(1), ICC(2) of the index by role, and which ties agree enough (rwg(j) ≥ 0,70).
        #expect(
            html.contains(
                "Enighed inden for faggrupperne om netværksindekset: ICC(1) 0,13, ICC(2) 0,72 (7 faggrupper, 116 respondenter): "
                    + "omkring 13 % af forskellene mellem respondenternes indeks ligger mellem faggrupperne"))
        #expect(
            html.contains(
                "viste relationer har enighed nok (rwg(j) ≥ 0,70) til, at gennemsnittet kan læses som faggruppens fælles syn"
            ))
    }

    @Test func twoRoundsAddTheComparison() throws {
        let (result, html) = try Self.report([Self.before, Self.after, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(html.contains("id=\"comparison-1\"") && html.contains("Summary for the workshop"))
        #expect(html.contains("Ortopædkirurg → Endokrinolog: 2.63 → 4.06 (+1.43; 95% CI"))
        // The overview's index card for the second round says the move is not a clear change.
        #expect(html.contains("<div class=\"sub change\">+0.08 since før: no clear change</div>"))
        // The story says it first, in words.
        #expect(html.contains("Ortopædkirurg rates the tie to Endokrinolog from 2.63 to 4.06 (+1.43)."))
        #expect(html.contains("id=\"round-1\"") && html.contains("id=\"round-2\""))
        // The after round hides single questions inside shown ties: they are named, and the
        // left-out sentence gives only the counts there are.
        #expect(html.contains("4 single questions in shown ties have fewer than 3 answers and are suppressed:"))
        #expect(html.contains("Praktiserende læge → Endokrinolog · Mutual respect (fewer than 3)"))
        #expect(
            html.contains(
                "8 answers were left out because fewer than 3 in the role answered that question about that role."))
        #expect(!html.contains(" 0 tie scores"))
        for block in svgBlocks(html) {
            let parser = XMLParser(data: Data(block.utf8))
            #expect(parser.parse(), "\(block.prefix(160))")
        }
    }

    @Test func roundsChosenByLabel() throws {
        let directory = try temporaryDirectory()
        let combined = directory.appendingPathComponent("both.csv")
        let first = try String(contentsOfFile: Self.before, encoding: .utf8)
        let second = try String(contentsOfFile: Self.after, encoding: .utf8).split(separator: "\n", maxSplits: 1)[1]
        try Data((first + second).utf8).write(to: combined)
        let (result, html) = try Self.report([combined.path, "--round", "efter"])
        #expect(result.status == 0)
        #expect(!html.contains("id=\"comparison-1\"") && html.contains("runde: efter"))
        let (missing, _) = try Self.report([combined.path, "--round", "senere"])
        #expect(missing.status == 1 && missing.stderr.contains("no round 'senere'"))
    }

    @Test func titleSubtitleAndHandout() throws {
        let (result, html) = try Self.report([
            Self.before, Self.after, "--title", "Forstuegangen <2025>", "--subtitle", "Afsnit 7", "--handout"
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            html.contains("<h1>Forstuegangen &lt;2025&gt;</h1>") && html.contains("<p class=\"subtitle\">Afsnit 7</p>"))
        #expect(html.contains("<body class=\"handout\">"))
        #expect(!html.contains("id=\"methods\""))
        // Every change that matters is in the story, or counted.
        #expect(html.contains("Det er blevet tydeligt bedre <span class=\"count\">(3)</span>"))
        let missing = rckit("report", Self.before, "--out", "x.html", "--title")
        #expect(missing.status == 64)
    }

    @Test func outIsRequired() {
        let result = rckit("report", Self.before)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out"))
    }

    @Test func smallGroupFiguresAppearNowhere() throws {
        let file = try PrivacyTests.survey()
        for language in ["da", "en"] {
            let (result, page) = try Self.report([file.path, "--lang", language])
            #expect(result.status == 0)
            // The footer names the program's version (0.1.0), which is not a figure.
            let html = page.replacingOccurrences(of: "rckit \(RCKit.version)", with: "rckit")
            #expect(
                html.range(of: #"(?<![0-9])1[.,]0"#, options: .regularExpression) == nil,
                "a figure of the small group leaked")
            #expect(!html.contains("SECRET-ID"))
            let (_, open) = try Self.report([file.path, "--lang", language, "--min-group", "1"])
            #expect(open.range(of: #"(?<![0-9])1[.,]0"#, options: .regularExpression) != nil)
        }
    }

    @Test func hostileRoleNamesAreEscaped() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("<b>hostile&amp.csv")
        var lines = ["respondent,round,rater_role,target_role,dimension,value"]
        let roles = ["<script>alert(1)</script>", "Læge & \"co\""]
        for i in 0..<8 {
            for target in roles {
                for dimension in [
                    "frequent_communication", "timely_communication", "accurate_communication",
                    "problem_solving_communication",
                    "shared_goals", "shared_knowledge", "mutual_respect"
                ] {
                    lines.append(
                        "r\(i),,\"\(roles[i % 2].replacingOccurrences(of: "\"", with: "\"\""))\",\"\(target.replacingOccurrences(of: "\"", with: "\"\""))\",\(dimension),\(3 + i % 3)"
                    )
                }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let (result, html) = try Self.report([file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!html.contains("<script>alert") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Læge &amp; &quot;co&quot;"))
        #expect(html.contains("&lt;b&gt;hostile&amp;amp.csv"))
        for block in svgBlocks(html) { #expect(XMLParser(data: Data(block.utf8)).parse()) }
    }

    @Test func twelveRolesFit() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("twelve.csv")
        var lines = ["respondent,round,rater_role,target_role,dimension,value"]
        let roles = (1...12).map { "Faggruppe med et ret langt navn \($0)" }
        for i in 0..<60 {
            for (t, target) in roles.enumerated() {
                for dimension in [
                    "frequent_communication", "timely_communication", "accurate_communication",
                    "problem_solving_communication",
                    "shared_goals", "shared_knowledge", "mutual_respect"
                ] {
                    lines.append("r\(i),,\(roles[i % 12]),\(target),\(dimension),\(2 + (i + t) % 4)")
                }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let (result, html) = try Self.report([file.path])
        #expect(result.status == 0)
        #expect(html.contains("class=\"matrix dense\""))
        #expect(html.contains("class=\"multiples dense switchable\""))
        // Long names wrap in the maps (no ellipsis) and are given in full in the role list and tooltips.
        #expect(html.contains("<span class=\"name\">Faggruppe med et ret langt navn 12</span>"))
        #expect(html.contains("title=\"Faggruppe med et ret langt navn 12\""))
        #expect(html.contains("<td class=\"name\">Faggruppe med et ret langt navn 12</td>"))
    }

    @Test func excelCSVForAnalyzeAndCompare() throws {
        let analyze = rckit("analyze", Self.before, "--excel")
        #expect(analyze.status == 0)
        // Danish Excel's CSV is Danish throughout: column names and rckit's own values in words.
        #expect(
            analyze.stdout.hasPrefix("\u{FEFF}bedømmer;bedømt;n;gennemsnit;sd;KI nedre;KI øvre;styrke;skjult;Hyppig"))
        #expect(analyze.stdout.contains("Ortopædkirurg;Ortopædkirurg;16;4,3"))
        #expect(analyze.stdout.contains(";stærk;falsk;") && !analyze.stdout.contains("strong"))
        let compare = rckit("compare", Self.before, Self.after, "--format", "csv", "--excel")
        #expect(compare.status == 0)
        #expect(compare.stdout.hasPrefix("\u{FEFF}mål;bedømmer;bedømt;n før;gennemsnit før;"))
        #expect(compare.stdout.contains("\r\nnetværksindeks;;;") && compare.stdout.contains("\r\nFælles mål;;;"))
        #expect(!compare.stdout.contains("false") && !compare.stdout.contains("true"))
        // Without --excel the CSV is for machines: ids.
        #expect(rckit("analyze", Self.before, "--format", "csv").stdout.hasPrefix("\u{FEFF}rater,target,n,mean,sd,"))
        #expect(rckit("analyze", Self.before, "--excel", "--format", "json").status == 64)
    }

    @Test func analyzeCSVFileIsUTF8WithBOM() throws {
        let out = try temporaryDirectory().appendingPathComponent("cells.csv")
        let result = rckit("analyze", Self.before, "--format", "csv", "--out", out.path)
        #expect(result.status == 0)
        let bytes = try [UInt8](Data(contentsOf: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: Data(bytes.dropFirst(3)), encoding: .utf8))
        #expect(text.hasPrefix("rater,target,n,mean,"))
        #expect(text.contains("Social- og sundhedsassistent"))
    }
}

/// Every `<svg …>…</svg>` block of a page.
private func svgBlocks(_ html: String) -> [String] {
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

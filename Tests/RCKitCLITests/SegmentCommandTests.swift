import Foundation
import Testing

@testable import RCKitCLI

/// `--by` and `--where` (SPEC §6) on two surveys of three units — `units` (and two respondents
/// with no unit) and `wards` (small groups, "Ved ikke" patterns) — each written as tidy long with a
/// `unit` column and as a Danish export (Windows-1252, `;`) with an `Afdeling` column
/// (tools/reference/segments_reference.py).
@Suite struct SegmentCommandTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/RCStatsTests/Fixtures/segments")
    static let tidy = folder.appendingPathComponent("units.csv").path
    static let export = folder.appendingPathComponent("units-export.csv").path
    static let tolerance = 1e-9

    static func tidy(_ survey: String) -> String { folder.appendingPathComponent("\(survey).csv").path }
    static func export(_ survey: String) -> String { folder.appendingPathComponent("\(survey)-export.csv").path }

    static func json(_ arguments: String...) throws -> [String: Any] {
        let result = rckit(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func expected(_ survey: String = "units") throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(survey).expected.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// `value` without the keys that name the variable or count file rows.
    static func figures(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !["by", "rows", "ingest"].contains($0.key) }.mapValues(figures)
        }
        if let array = value as? [Any] { return array.map(figures) }
        return value
    }

    static func same(_ a: [String: Any], _ b: [String: Any]) -> Bool {
        NSDictionary(dictionary: figures(a) as? [String: Any] ?? [:]).isEqual(to: figures(b) as? [String: Any] ?? [:])
    }

    @Test func tidyAndDanishExportGiveTheSameFigures() throws {
        let long = try Self.json("analyze", Self.tidy, "--by", "unit")
        let wide = try Self.json("analyze", Self.export, "--by", "afdeling")
        #expect(long["by"] as? String == "unit" && wide["by"] as? String == "Afdeling")
        #expect(Self.same(long, wide))
        let longCSV = rckit("analyze", Self.tidy, "--by", "unit", "--format", "csv")
        let wideCSV = rckit("analyze", Self.export, "--by", "Afdeling", "--format", "csv")
        #expect(longCSV.status == 0 && longCSV.stdout == wideCSV.stdout)
        #expect(longCSV.stdout.contains("\r\nKirurgi,Læge,Sygeplejerske,"))
    }

    /// Every figure of the plain analysis, the whole organisation and each segment (complementary
    /// suppression included), ICC by segment and rwg(j), as numpy/scipy compute them from the SPEC.
    @Test(arguments: ["units", "wards"], ["tidy", "export"])
    func figuresMatchTheReference(_ survey: String, _ file: String) throws {
        let json =
            file == "tidy"
            ? try Self.json("analyze", Self.tidy(survey), "--by", "unit")
            : try Self.json("analyze", Self.export(survey), "--by", "Afdeling")
        let expected = try Self.expected(survey)
        try Self.compareAnalysis(json, try #require(expected["whole"] as? [String: Any]), "whole")
        let plain =
            file == "tidy" ? try Self.json("analyze", Self.tidy(survey)) : try Self.json("analyze", Self.export(survey))
        try Self.compareAnalysis(plain, try #require(expected["plain"] as? [String: Any]), "plain")
        let segments = try #require(json["segments"] as? [[String: Any]])
        let expectedSegments = try #require(expected["segments"] as? [[String: Any]])
        #expect(segments.count == expectedSegments.count)
        for (segment, reference) in zip(segments, expectedSegments) {
            #expect((segment["segment"] as? String) == (reference["segment"] as? String))
            #expect((segment["segment"] is NSNull) == (reference["segment"] is NSNull))
            try Self.compareAnalysis(segment, reference, "segment \(reference["segment"] ?? "none")")
        }
        let agreement = try #require(json["segment_agreement"] as? [String: Any])
        let reference = try #require(expected["segment_agreement"] as? [String: Any])
        #expect(agreement["groups"] as? Int == reference["groups"] as? Int)
        #expect(agreement["n"] as? Int == reference["n"] as? Int)
        Self.close(agreement["icc1"], reference["icc1"], "segment icc1")
        Self.close(agreement["icc2"], reference["icc2"], "segment icc2")
    }

    static func close(_ actual: Any?, _ expected: Any?, _ what: String) {
        let want = expected as? Double ?? (expected as? Int).map(Double.init)
        let got = actual as? Double ?? (actual as? Int).map(Double.init)
        guard let want else {
            #expect(got == nil, "\(what): expected nothing, got \(String(describing: got))")
            return
        }
        guard let got else {
            Issue.record("\(what): expected \(want), got nothing")
            return
        }
        #expect(abs(got - want) <= tolerance * max(1, abs(want)), "\(what): \(got) vs \(want)")
    }

    static func compareFigures(_ actual: Any?, _ expected: Any?, _ keys: [String], _ what: String) {
        guard let actual = actual as? [String: Any], let expected = expected as? [String: Any] else {
            Issue.record("\(what): missing")
            return
        }
        // A group that answered but has nothing left is "fewer than k", its n null, never 0.
        let hidden = expected["hidden"] as? String
        let n = hidden == "fewer_than_k" && expected["n"] as? Int == 0 ? nil : expected["n"] as? Int
        #expect(actual["n"] as? Int == n, "\(what).n")
        if expected["hidden"] != nil { #expect(actual["hidden"] as? String == hidden, "\(what).hidden") }
        for key in keys { close(actual[key], expected[key], "\(what).\(key)") }
    }

    static func compareAnalysis(_ json: [String: Any], _ expected: [String: Any], _ what: String) throws {
        #expect(json["respondents"] as? Int == expected["respondents"] as? Int, "\(what) respondents")
        compareFigures(json["index"], expected["index"], ["mean", "sd"], "\(what) index")
        compareFigures(json["within_role"], expected["within_role"], ["mean", "sd"], "\(what) within")
        for (item, reference) in zip(
            try #require(json["dimensions"] as? [[String: Any]]),
            try #require(expected["dimensions"] as? [[String: Any]]))
        {
            compareFigures(item, reference, ["mean", "sd"], "\(what) profile \(reference["dimension"] ?? "")")
        }
        let cells = try #require(json["cells"] as? [[String: Any]])
        let referenceCells = try #require(expected["cells"] as? [[String: Any]])
        for reference in referenceCells {
            let name = "\(what) cell \(reference["rater"] ?? "")→\(reference["target"] ?? "")"
            guard
                let cell = cells.first(where: {
                    $0["rater"] as? String == reference["rater"] as? String
                        && $0["target"] as? String == reference["target"] as? String
                })
            else {
                // A role the segment does not have: its cell holds nothing.
                #expect(reference["n"] as? Int == 0 && reference["hidden"] is NSNull, "\(name) missing")
                continue
            }
            compareFigures(cell, reference, ["mean", "sd", "ci_low", "ci_high", "rwg_j"], name)
            for (item, dimension) in zip(
                try #require(cell["dimensions"] as? [[String: Any]]),
                try #require(reference["dimensions"] as? [[String: Any]]))
            {
                compareFigures(item, dimension, ["mean", "sd"], "\(name) \(dimension["dimension"] ?? "")")
            }
        }
        for reference in try #require(expected["roles_summary"] as? [[String: Any]]) {
            let role = try #require(
                (json["roles_summary"] as? [[String: Any]])?.first {
                    $0["role"] as? String == reference["role"] as? String
                })
            compareFigures(
                role["as_rater"], reference["as_rater"], ["mean"], "\(what) \(reference["role"] ?? "") as rater")
            compareFigures(
                role["as_target"], reference["as_target"], ["mean"], "\(what) \(reference["role"] ?? "") as target")
        }
        let reliability = try #require(json["reliability"] as? [String: Any])
        let referenceReliability = try #require(expected["reliability"] as? [String: Any])
        close(reliability["cronbach_alpha"], referenceReliability["cronbach_alpha"], "\(what) alpha")
        #expect(reliability["n"] as? Int == referenceReliability["n"] as? Int)
        let agreement = try #require(json["agreement"] as? [String: Any])
        let referenceAgreement = try #require(expected["agreement"] as? [String: Any])
        close(agreement["icc1"], referenceAgreement["icc1"], "\(what) icc1")
        close(agreement["icc2"], referenceAgreement["icc2"], "\(what) icc2")
        #expect(agreement["n"] as? Int == referenceAgreement["n"] as? Int)
        #expect(json["left_out"] as? [String: Int] == expected["left_out"] as? [String: Int], "\(what) left out")
    }

    /// The segment object of `--by`'s JSON (its lines, out of the `segments` array) and the
    /// `--where` document: the same bytes apart from the wrapping — the `segment` member and two
    /// levels of indentation there, the `where` member here.
    static func segmentBytes(_ document: String, value: String) -> String? {
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
        guard let name = lines.firstIndex(of: Substring("      \"segment\": \"\(value)\",")),
            let end = lines[name...].firstIndex(of: "    },") ?? lines[name...].firstIndex(of: "    }")
        else { return nil }
        return (["{"] + lines[(name + 1)..<end].map { String($0.dropFirst(4)) } + ["}"]).joined(separator: "\n")
    }

    static func whereBytes(_ document: String) -> String? {
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 2, lines[1].hasPrefix("  \"where\": {") else { return nil }
        lines.remove(at: 1)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `--where NAME=VALUE` is exactly that segment of `--by NAME`: its JSON byte for byte apart
    /// from the wrapping, its CSV rows, and it says which segment it is in every format.
    @Test(arguments: [
        ("units", "Akut"), ("units", "Kirurgi"), ("units", "Medicin"), ("wards", "Nord"), ("wards", "Syd"),
        ("wards", "Øst")
    ])
    func whereIsItsSegmentOfBy(_ survey: String, _ unit: String) throws {
        let by = rckit("analyze", Self.tidy(survey), "--by", "unit", "--format", "json")
        let only = rckit("analyze", Self.tidy(survey), "--where", "unit=\(unit.lowercased())", "--format", "json")
        #expect(by.status == 0 && only.status == 0)
        let segment = try #require(Self.segmentBytes(by.stdout, value: unit))
        let alone = try #require(Self.whereBytes(only.stdout))
        #expect(segment == alone)
        #expect(segment.count > 1000)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(only.stdout.utf8)) as? [String: Any])
        #expect(json["where"] as? [String: String] == ["by": "unit", "segment": unit])
        // The CSV: the --by rows of the segment, under the same header.
        let byCSV = rckit("analyze", Self.tidy(survey), "--by", "unit", "--format", "csv").stdout
            .components(separatedBy: "\r\n")
        let onlyCSV = rckit("analyze", Self.tidy(survey), "--where", "unit=\(unit)", "--format", "csv").stdout
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(onlyCSV.count > 2)
        #expect(onlyCSV == [byCSV[0]] + byCSV.filter { $0.hasPrefix("\(unit),") })
        // Every output says which segment it is.
        for language in ["da", "en"] {
            let table = rckit("analyze", Self.tidy(survey), "--where", "unit=\(unit)", "--lang", language).stdout
            #expect(table.hasPrefix("═══ unit: \(unit) ═══\n"))
            let markdown = rckit(
                "analyze", Self.tidy(survey), "--where", "unit=\(unit)", "--lang", language, "--format", "md"
            ).stdout
            #expect(markdown.hasPrefix("# unit: \(unit)\n"))
            let html = rckit(
                "analyze", Self.tidy(survey), "--where", "unit=\(unit)", "--lang", language, "--format", "html"
            ).stdout
            #expect(html.contains("</title>") && html.contains(" – unit: \(unit)</title>"))
            #expect(html.contains("<p class=\"subtitle segment\">unit: \(unit)</p>"))
        }
    }

    /// A `--where` handout names its segment on every page it prints: under the title, and in the
    /// headings of the change map and the heat map, which are handed out on pages of their own.
    @Test func whereHandoutNamesTheSegmentOnEveryPage() throws {
        let directory = try temporaryDirectory()
        let lines = try String(contentsOfFile: Self.tidy, encoding: .utf8).split(separator: "\n").map(String.init)
        var text = lines[0] + "\n"
        for round in ["før", "efter"] {
            for line in lines.dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                text += ([fields[0], Substring(round)] + fields.dropFirst(2)).joined(separator: ",") + "\n"
            }
        }
        let input = directory.appendingPathComponent("two-rounds.csv")
        try Data(text.utf8).write(to: input)
        let out = directory.appendingPathComponent("handout.html")
        let result = rckit("report", input.path, "--where", "unit=Medicin", "--handout", "--out", out.path)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<p class=\"subtitle segment\">unit: Medicin</p>"))
        let headings = html.components(separatedBy: "<h2>").dropFirst().map { $0.prefix { $0 != "\n" } }
        #expect(headings.count == 2)
        for heading in headings { #expect(heading.contains("· unit: Medicin</span>"), "\(heading)") }
        let workbook = directory.appendingPathComponent("change.xlsx")
        #expect(rckit("compare", input.path, "--where", "unit=Medicin", "--out", workbook.path).status == 0)
        let json = rckit("compare", input.path, "--where", "unit=Medicin", "--format", "json").stdout
        #expect(json.hasPrefix("{\n  \"where\": {"))
    }

    /// A segment of at least k respondents whose ties are all hidden says why under its heading:
    /// Kirurgi's 13 respondents' answers are hidden beside a smaller unit (§6); segments with
    /// shown ties say nothing of the kind.
    @Test func aSegmentWithNoTieShownSaysWhy() throws {
        let out = try temporaryDirectory().appendingPathComponent("units.html")
        let result = rckit("report", Self.tidy, "--by", "unit", "--out", out.path)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        let explanations = html.components(separatedBy: "<p class=\"explain\">Her er ").dropFirst()
        #expect(explanations.count == 1)
        #expect(explanations.first?.hasPrefix("13 respondenter, men deres svar om relationerne er skjult (×)") == true)
        let kirurgi = try #require(html.range(of: "<h3>Kirurgi</h3>"))
        #expect(html[kirurgi.upperBound...].prefix(600).contains("Her er 13 respondenter"))
    }

    /// The attack: change every answer that lies in a segment's hidden dimension cell (one of
    /// fewer than k); nothing `--by` publishes — the whole organisation, any segment, the ICC by
    /// segment — may change. And no whole cell holds more ties than its segments show: whole
    /// minus shown segments leaves nothing.
    @Test func noHiddenSegmentCellCanBeRecovered() throws {
        let original = rckit("analyze", Self.tidy, "--by", "unit", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(original.stdout.utf8)) as? [String: Any])
        let segments = try #require(json["segments"] as? [[String: Any]])
        var hidden: Set<[String]> = []  // [unit, rater, target, dimension]
        for segment in segments {
            let unit = segment["segment"] as? String ?? ""
            for cell in try #require(segment["cells"] as? [[String: Any]]) {
                for item in try #require(cell["dimensions"] as? [[String: Any]])
                where item["hidden"] as? String == "fewer_than_k" {
                    hidden.insert([
                        unit, cell["rater"] as? String ?? "", cell["target"] as? String ?? "",
                        item["dimension"] as? String ?? ""
                    ])
                }
            }
        }
        #expect(hidden.count >= 20, "the fixture hides dimension cells in Kirurgi and the no-unit group")
        // Whole minus the shown segments: the whole cell rests on the shown segment cells only.
        let wholeCells = try #require(json["cells"] as? [[String: Any]])
        for cell in wholeCells {
            let shownTies = segments.compactMap { segment -> Int? in
                let own = (segment["cells"] as? [[String: Any]])?.first {
                    $0["rater"] as? String == cell["rater"] as? String
                        && $0["target"] as? String == cell["target"] as? String
                }
                guard let own, own["suppressed"] as? Bool == false else { return nil }
                return own["n"] as? Int
            }.reduce(0, +)
            #expect((cell["n"] as? Int ?? 0) == shownTies, "whole \(cell["rater"] ?? "")→\(cell["target"] ?? "")")
        }

        var unitOf: [Substring: String] = [:]
        let lines = try String(contentsOfFile: Self.tidy, encoding: .utf8).split(separator: "\n")
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if !fields[6].isEmpty { unitOf[fields[0]] = String(fields[6]) }
        }
        var changed = 0
        let perturbed =
            [String(lines[0])]
            + lines.dropFirst().map { line -> String in
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard hidden.contains([unitOf[Substring(fields[0])] ?? "", fields[2], fields[3], fields[4]]),
                    let x = Int(fields[5])
                else { return String(line) }
                fields[5] = String(x == 3 ? 1 : 6 - x)
                changed += 1
                return fields.joined(separator: ",")
            }
        #expect(changed > 50)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rckit-attack-\(UUID().uuidString).csv"
        ).path
        try perturbed.joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let attacked = rckit("analyze", path, "--by", "unit", "--format", "json")
        #expect(attacked.status == 0)
        #expect(attacked.stdout == original.stdout)
        for format in ["table", "md", "csv"] {
            #expect(
                rckit("analyze", path, "--by", "unit", "--format", format).stdout
                    == rckit("analyze", Self.tidy, "--by", "unit", "--format", format).stdout, "\(format)")
        }
    }

    @Test func importKeepsTheBackgroundColumns() throws {
        let result = rckit("import", Self.export)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines[0].hasSuffix("dimension,value,Afdeling\r") || lines[0].hasSuffix("dimension,value,Afdeling"))
        // Tidy input with the unit on a respondent's first row only: every row gets it.
        let tidy = rckit("import", Self.tidy)
        let rows = tidy.stdout.split(separator: "\n").dropFirst().map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(rows.count == 1540)
        #expect(rows.filter { $0.hasSuffix(",") }.count == 56)  // the two respondents with no unit, 28 rows each
        // And the import reads back to the same segments.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rckit-import-\(UUID().uuidString).csv"
        ).path
        #expect(rckit("import", Self.export, "--out", path).status == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            rckit("analyze", path, "--by", "Afdeling", "--format", "csv").stdout
                == rckit("analyze", Self.tidy, "--by", "unit", "--format", "csv").stdout)
    }

    @Test func inspectListsBackgroundVariables() throws {
        let text = rckit("inspect", Self.export, "--lang", "en")
        #expect(
            text.stdout.contains(
                "Background variables (value: respondents):\n  Afdeling: Akut 22, Kirurgi 13, Medicin 18, (no value) 2\n"
            ))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(rckit("inspect", Self.tidy, "--format", "json").stdout.utf8))
                as? [String: Any])
        let background = try #require(json["background"] as? [[String: Any]])
        #expect(background.first?["name"] as? String == "unit")
        #expect((background.first?["values"] as? [[String: Any]])?.count == 4)
    }

    @Test func aRespondentWithTwoUnitsStopsTheRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rckit-conflict-\(UUID().uuidString).csv"
        ).path
        try """
        respondent,round,rater_role,target_role,dimension,value,unit
        r1,,Læge,Læge,frequent_communication,4,Akut
        r1,,Læge,Læge,timely_communication,4,Medicin

        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for command in [["analyze", path, "--by", "unit"], ["import", path]] {
            let result = rckit(command, environment: ["LANG": "en"])
            #expect(result.status == 1)
            #expect(
                result.stderr.contains(
                    "\((path as NSString).lastPathComponent):3:7: respondent r1 has unit 'Akut' on an earlier line and 'Medicin' here"
                ),
                "\(result.stderr)")
        }
    }

    @Test func segmentOptionsAreChecked() {
        #expect(rckit("analyze", Self.tidy, "--where", "unit").status == 64)
        #expect(rckit("analyze", Self.tidy, "--by", "unit", "--where", "unit=Akut").status == 64)
        let unknown = rckit(["analyze", Self.tidy, "--by", "afdeling"], environment: ["LANG": "en"])
        #expect(
            unknown.status == 1
                && unknown.stderr.contains("--by afdeling: no such background variable; the data has: unit"))
        let none = rckit(
            ["analyze", repositoryRoot.appendingPathComponent("sample-data/forstuegang-foer.csv").path, "--by", "unit"],
            environment: ["LANG": "en"])
        #expect(none.status == 1 && none.stderr.contains("the data has no background variables"))
        let value = rckit(["analyze", Self.tidy, "--where", "unit=Ortopædi"], environment: ["LANG": "en"])
        #expect(value.status == 1 && value.stderr.contains("values are: Akut, Kirurgi, Medicin"))
    }

    /// Two rounds (the survey twice): the whole organisation and each segment compared; a
    /// segment's comparison is `compare --where` on it.
    @Test func compareBySegments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = folder.appendingPathComponent("foer.csv").path,
            after = folder.appendingPathComponent("efter.csv").path
        try FileManager.default.copyItem(atPath: Self.tidy, toPath: before)
        try FileManager.default.copyItem(atPath: Self.tidy, toPath: after)
        let json = try Self.json("compare", before, after, "--by", "unit")
        let analyzed = try Self.json("analyze", Self.tidy, "--by", "unit")
        #expect(
            ((json["index"] as? [String: Any])?["before"] as? [String: Any])?["n"] as? Int
                == (analyzed["index"] as? [String: Any])?["n"] as? Int)
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(segments.map { $0["segment"] as? String } == ["Akut", "Kirurgi", "Medicin", nil])
        var medicin = try #require(segments.first { $0["segment"] as? String == "Medicin" })
        medicin["segment"] = nil
        var alone = try Self.json("compare", before, after, "--where", "unit=Medicin")
        #expect(alone["where"] as? [String: String] == ["by": "unit", "segment": "Medicin"])
        alone["where"] = nil
        #expect(Self.same(medicin, alone))
        // Kirurgi hides all it has (its smaller groups, and the larger ones beside the two
        // respondents with no unit): fewer than k, never 0.
        let csv = rckit("compare", before, after, "--by", "unit", "--format", "csv").stdout
        #expect(csv.contains("\r\nKirurgi,index,,,<3,,,<3,") && csv.contains("\r\nMedicin,index,,,15,"))
    }

    /// Segment names are user text: escaped in the report, neutralised in CSV.
    @Test func segmentNamesAreEscaped() throws {
        let text = try String(contentsOfFile: Self.tidy, encoding: .utf8)
            .replacingOccurrences(of: ",Akut\n", with: ",<b>Akut</b>\n").replacingOccurrences(
                of: ",Medicin\n", with: ",=1+2\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-names-\(UUID().uuidString).csv")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let html = rckit("analyze", path, "--by", "unit", "--format", "html")
        #expect(html.status == 0)
        #expect(html.stdout.contains("&lt;b&gt;Akut&lt;/b&gt;") && !html.stdout.contains("<b>Akut"))
        let csv = rckit("analyze", path, "--by", "unit", "--format", "csv").stdout
        #expect(csv.contains("\r\n'=1+2,") && !csv.contains("\r\n=1+2,"))
    }

    /// Respondents of a file without the variable are in the segment of no value, never dropped.
    @Test func aFileWithoutTheVariableIsTheSegmentOfNoValue() throws {
        var rows = ["respondent,round,rater_role,target_role,dimension,value"]
        for number in 1...3 {
            for target in ["Læge", "Sygeplejerske"] {
                for dimension in [
                    "frequent_communication", "timely_communication", "accurate_communication", "shared_goals"
                ] {
                    rows.append("X\(number),,Portør,\(target),\(dimension),4")
                }
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rckit-nounit-\(UUID().uuidString).csv"
        ).path
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let json = try Self.json("analyze", Self.tidy, path, "--by", "unit")
        let segments = try #require(json["segments"] as? [[String: Any]])
        #expect(segments.last?["segment"] is NSNull)
        #expect(segments.last?["respondents"] as? Int == 5)
        #expect(segments.reduce(0) { $0 + ($1["respondents"] as? Int ?? 0) } == json["respondents"] as? Int)
        // Their Portør → Læge cell (3 ties) is shown in their segment, so the whole takes it.
        let cell = try #require(
            (segments.last?["cells"] as? [[String: Any]])?.first {
                $0["rater"] as? String == "Portør" && $0["target"] as? String == "Læge"
            })
        #expect(cell["n"] as? Int == 3 && cell["mean"] as? Double == 4)
    }

    /// A SurveyXact dataset's background variable (a closed question outside the RC battery)
    /// is read through its labels: the codes become the unit names.
    @Test func surveyXactBackgroundVariableThroughItsLabels() throws {
        let source = repositoryRoot.appendingPathComponent("Tests/RCIngestTests/Fixtures/shapes/surveyxact")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-sx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func latin1(_ name: String) throws -> [String] {
            let data = try Data(contentsOf: source.appendingPathComponent(name))
            return String(decoding: data.map { UInt16($0) }, as: UTF16.self).components(separatedBy: "\r\n").filter {
                !$0.isEmpty
            }
        }
        func write(_ lines: [String], _ name: String) throws {
            let text = lines.joined(separator: "\r\n") + "\r\n"
            try Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }).write(
                to: folder.appendingPathComponent(name))
        }
        let dataset = try latin1("dataset.csv")
        try write(
            dataset.enumerated().map { number, line in line + (number == 0 ? ";bg_1" : ";\(number % 2 + 1)") },
            "dataset.csv")
        try write(try latin1("structure.csv") + ["bg_1;bg_1;Closed;Single;Afdeling;;"], "structure.csv")
        try write(try latin1("labels.csv") + ["bg_1;1;Akut", "bg_1;2;Medicin"], "labels.csv")
        let path = folder.appendingPathComponent("dataset.csv").path
        let inspected = rckit("inspect", path, "--lang", "en")
        #expect(
            inspected.stdout.contains("  Afdeling: Akut 3, Medicin 2\n")
                || inspected.stdout.contains("  Afdeling: Akut 2, Medicin 3\n"),
            "\(inspected.stdout)")
        let imported = rckit("import", path)
        #expect(
            imported.status == 0
                && imported.stdout.hasPrefix("respondent,round,rater_role,target_role,dimension,value,Afdeling"))
        #expect(imported.stdout.contains(",Akut\n") && imported.stdout.contains(",Medicin\n"))
    }

    /// With nothing hidden in any segment (minimum group 1) the whole organisation is the
    /// plain analysis, key for key.
    @Test func nothingHiddenMeansTheWholeIsThePlainAnalysis() throws {
        let plain = try Self.json("analyze", Self.tidy, "--min-group", "1")
        var segmented = try Self.json("analyze", Self.tidy, "--min-group", "1", "--by", "unit")
        for key in ["by", "segments", "segment_agreement"] { segmented[key] = nil }
        #expect(NSDictionary(dictionary: plain).isEqual(to: segmented))
    }
}

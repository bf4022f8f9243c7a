import Foundation
import Testing

/// Properties of analysing random surveys through the command line: row order changes no
/// figure, nothing resting on fewer than --min-group respondents is shown, and no respondent id
/// appears in any output.
@Suite struct AnalysisProperties {
    static let seeds: [UInt64] = (1...6).map { 0xA11A_0000 + $0 }

    /// Writes files in a fresh folder; `body` gets their paths.
    static func withFiles<T>(_ files: [String: [UInt8]], _ body: ([String: String]) throws -> T) throws -> T {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String: String] = [:]
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            paths[name] = url.path
        }
        return try body(paths)
    }

    static func csv(_ rows: [[String]]) -> [UInt8] { Array(ExportShape.csv(rows).utf8) }

    static func shuffled(_ rows: [[String]], seed: UInt64) -> [[String]] {
        var rng = SplitMix64(seed: seed)
        return [rows[0]] + rows.dropFirst().shuffled(using: &rng)
    }

    /// JSON with every array sorted, so that only figures, not the order of roles, are compared;
    /// with `digits`, numbers are compared to that many significant digits.
    static func canonical(_ text: String, digits: Int? = nil) throws -> String {
        func sort(_ value: Any) -> Any {
            if let digits, let number = value as? Double {
                return Double(String(format: "%.\(digits)g", number)) ?? number
            }
            if let object = value as? [String: Any] { return object.mapValues(sort) }
            if let array = value as? [Any] { return array.map(sort).map(serialize).sorted() }
            return value
        }
        func serialize(_ value: Any) -> String {
            guard JSONSerialization.isValidJSONObject([value]),
                let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
            else { return "\(value)" }
            return String(decoding: data, as: UTF8.self)
        }
        return serialize(sort(try JSONSerialization.jsonObject(with: Data(text.utf8))))
    }

    /// (c) Shuffling the rows changes no figure, in the tidy file and in a wide export.
    ///
    /// The tidy file gives the same figures bit for bit (the analysis sums over respondents in
    /// the order of their ids). Rows of a wide export without ids are respondents named by their
    /// line, so a shuffle renames them and sums run in another order: those figures agree to 12
    /// significant digits (a double's last bits may differ).
    @Test(arguments: seeds)
    func rowOrderChangesNoFigure(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        let rows = ExportShape.longRows(survey)
        var wide = String(decoding: ExportShape.googleForms.bytes(survey), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        try Self.withFiles([
            "a.csv": Self.csv(rows), "b.csv": Self.csv(Self.shuffled(rows, seed: seed)),
            "c.csv": Self.csv(Self.shuffled(rows, seed: ~seed))
        ]) { paths in
            // Everything shown, and with the minimum group of 3 (hidden answers, up to three passes).
            for k in ["1", "3"] {
                let outputs = try ["a.csv", "b.csv", "c.csv"].map { name -> String in
                    let result = rckit("analyze", paths[name] ?? "", "--format", "json", "--min-group", k)
                    #expect(result.status == 0, "\(result.stderr)")
                    return try Self.canonical(result.stdout)
                }
                #expect(outputs[0] == outputs[1], "\(survey)")
                #expect(outputs[0] == outputs[2], "\(survey)")
            }
        }
        // Google Forms rows carry no ids: respondents are their lines, so a shuffled wide file is the same survey.
        guard !survey.roles.contains(where: { $0.contains("\n") }) else { return }
        let header = wide.removeFirst()
        var rng = SplitMix64(seed: seed)
        let body = wide.filter { !$0.isEmpty }
        try Self.withFiles([
            "a.csv": Array(([header] + body).joined(separator: "\n").utf8),
            "b.csv": Array(([header] + body.shuffled(using: &rng)).joined(separator: "\n").utf8)
        ]) { paths in
            let a = rckit("analyze", paths["a.csv"] ?? "", "--format", "json", "--min-group", "1")
            let b = rckit("analyze", paths["b.csv"] ?? "", "--format", "json", "--min-group", "1")
            #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
            let (x, y) = (try Self.canonical(a.stdout, digits: 12), try Self.canonical(b.stdout, digits: 12))
            #expect(x == y, "\(survey)")
        }
    }

    static let formats: [[String]] = [
        ["--format", "table"], ["--format", "table", "--lang", "en"], ["--format", "md"],
        ["--format", "md", "--lang", "en"],
        ["--format", "csv"], ["--format", "csv", "--lang", "en"], ["--format", "json"],
        // Danish only: English HTML has SVG coordinates with decimal points that could match by chance.
        ["--format", "html"]
    ]

    /// The decimal numbers of an output as written: `4,54` in Danish tables, `4.54` in English ones
    /// and in CSV (`4.5397`).
    static func numbers(in text: String, format: [String]) -> Set<String> {
        // In HTML only what a reader sees counts: text outside tags (SVG paths are full of "0,10").
        let text =
            format.contains("html")
            ? text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) : text
        let danish = !format.contains("en") && !format.contains("csv")
        let pattern = try? NSRegularExpression(pattern: danish ? #"(?<!\d)\d+,\d+(?!\d)"# : #"(?<!\d)\d+\.\d+(?!\d)"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            (pattern?.matches(in: text, range: range) ?? []).compactMap { match in
                Range(match.range, in: text).map { String(text[$0]) }
            })
    }

    /// Every number of a JSON document.
    static func allNumbers(_ value: Any) -> [Double] {
        switch value {
        case let number as Double: [number]
        case let array as [Any]: array.flatMap(allNumbers)
        case let object as [String: Any]: object.values.flatMap(allNumbers)
        default: []
        }
    }

    /// How the figures resting on fewer than `k` respondents would be written, found in the
    /// unsuppressed JSON; forms that a shown figure also takes are left out (a coincidence),
    /// shown in the unsuppressed JSON or in `shownJSON`, the suppressed one (whose pooled
    /// figures, over the shown cells only, differ).
    static func hiddenForms(openJSON text: String, shownJSON: String, k: Int) throws -> Set<String> {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var hidden: [Double] = [], shown: [Double] = []
        func collect(_ estimate: [String: Any]?) {
            guard let estimate, let n = estimate["n"] as? Int else { return }
            for key in ["mean", "sd", "ci_low", "ci_high"] {
                if let x = estimate[key] as? Double { if n < k { hidden.append(x) } else { shown.append(x) } }
            }
        }
        collect(json["index"] as? [String: Any])
        collect(json["within_role"] as? [String: Any])
        (json["dimensions"] as? [[String: Any]] ?? []).forEach(collect)
        for cell in json["cells"] as? [[String: Any]] ?? [] {
            collect(cell)
            (cell["dimensions"] as? [[String: Any]] ?? []).forEach(collect)
        }
        for role in json["roles_summary"] as? [[String: Any]] ?? [] {
            collect(role["as_rater"] as? [String: Any])
            collect(role["as_target"] as? [String: Any])
        }
        if let alpha = (json["reliability"] as? [String: Any])?["cronbach_alpha"] as? Double { shown.append(alpha) }
        // Gaps are checked in the JSON (no gap uses a suppressed cell); the ones shown are shown figures.
        shown += (json["reciprocity"] as? [[String: Any]] ?? []).compactMap { $0["gap"] as? Double }
        shown += allNumbers(try JSONSerialization.jsonObject(with: Data(shownJSON.utf8)))
        func forms(_ x: Double) -> [String] {
            let two = String(format: "%.2f", abs(x)), four = String(format: "%.4f", abs(x))
            return [two, two.replacingOccurrences(of: ".", with: ","), four]
        }
        return Set(hidden.flatMap(forms)).subtracting(shown.flatMap(forms))
    }

    /// (d) With --min-group k, no figure from a smaller group appears in any output format: in
    /// JSON every such figure is null and marked suppressed and no gap uses one; in the other
    /// formats none of the figures the unsuppressed analysis gives those groups is written.
    @Test(arguments: seeds)
    func noSuppressedFigureAppears(seed: UInt64) throws {
        let k = 3 + Int(seed % 3)
        let survey = RandomSurvey.privacy(seed: seed, minGroup: k)
        try Self.withFiles(["survey.csv": Self.csv(ExportShape.longRows(survey))]) { paths in
            let file = paths["survey.csv"] ?? ""
            let open = rckit("analyze", file, "--min-group", "1", "--format", "json")
            let suppressed = rckit("analyze", file, "--min-group", String(k), "--format", "json")
            let hidden = try Self.hiddenForms(openJSON: open.stdout, shownJSON: suppressed.stdout, k: k)
            #expect(!hidden.isEmpty)
            for format in Self.formats {
                for terminal in [false, true] {
                    let result = rckit(["analyze", file, "--min-group", String(k)] + format, terminal: terminal)
                    #expect(result.status == 0, "\(result.stderr)")
                    let leaked = Self.numbers(in: result.stdout, format: format).intersection(hidden)
                    #expect(leaked.isEmpty, "\(survey), k = \(k), \(format): \(leaked.sorted())")
                }
                // Without suppression the small groups' figures are there: the check above can fail.
                if format.contains("json") { continue }
                let shown = rckit(["analyze", file, "--min-group", "1"] + format)
                #expect(!Self.numbers(in: shown.stdout, format: format).intersection(hidden).isEmpty, "\(format)")
            }
            let json = rckit("analyze", file, "--min-group", String(k), "--format", "json")
            try Self.checkSuppression(json.stdout, k: k)
        }
    }

    static func checkSuppression(_ text: String, k: Int) throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        func check(_ estimate: [String: Any]?, _ keys: [String], _ context: String) {
            guard let estimate, let n = estimate["n"] as? Int else { return }
            guard n < k else { return }
            for key in keys where estimate[key] != nil {
                #expect(estimate[key] is NSNull, "\(context): \(key) shown with n = \(n) < \(k)")
            }
            if estimate["suppressed"] != nil {
                #expect(estimate["suppressed"] as? Bool == true, "\(context) not marked suppressed")
            }
        }
        let figures = ["mean", "sd", "ci_low", "ci_high", "strength"]
        check(json["index"] as? [String: Any], figures, "index")
        check(json["within_role"] as? [String: Any], figures, "within_role")
        for dimension in json["dimensions"] as? [[String: Any]] ?? [] { check(dimension, figures, "dimension") }
        var suppressedCells = Set<String>()
        for cell in json["cells"] as? [[String: Any]] ?? [] {
            let name = "\(cell["rater"] ?? "")→\(cell["target"] ?? "")"
            check(cell, figures, "cell \(name)")
            if cell["suppressed"] as? Bool == true { suppressedCells.insert(name) }
            for dimension in cell["dimensions"] as? [[String: Any]] ?? [] {
                check(dimension, figures, "cell \(name) dimension")
            }
        }
        for role in json["roles_summary"] as? [[String: Any]] ?? [] {
            check(role["as_rater"] as? [String: Any], figures, "\(role["role"] ?? "") as rater")
            check(role["as_target"] as? [String: Any], figures, "\(role["role"] ?? "") as target")
        }
        for gap in json["reciprocity"] as? [[String: Any]] ?? [] {
            let a = gap["role_a"] as? String ?? "", b = gap["role_b"] as? String ?? ""
            #expect(
                !suppressedCells.contains("\(a)→\(b)") && !suppressedCells.contains("\(b)→\(a)"),
                "gap \(a)/\(b) uses a suppressed cell")
        }
    }

    /// (e) Respondent ids appear in no output of analyze or compare, in any format — not even
    /// in the stop and the warnings about rejected records (repeats, role conflicts).
    @Test(arguments: seeds)
    func respondentIDsAppearNowhere(seed: UInt64) throws {
        let survey = RandomSurvey.random(seed: seed)
        var rows = ExportShape.longRows(survey)
        let scored = rows.indices.dropFirst().filter { !rows[$0][5].isEmpty && rows[$0][5] != "Ved ikke" }
        if let original = scored.first {
            rows.append(rows[original])  // a repeat
            var conflict = rows[original]
            conflict[2] = survey.roles.first { $0 != conflict[2] } ?? conflict[2]
            rows.append(conflict)  // a role conflict
        }
        try Self.withFiles(["before.csv": Self.csv(rows), "after.csv": Self.csv(Self.shuffled(rows, seed: seed))]) {
            paths in
            let before = paths["before.csv"] ?? "", after = paths["after.csv"] ?? ""
            let runs =
                Self.formats.map { ["analyze", before, "--min-group", "1"] + $0 }
                + Self.formats.map { ["compare", before, after, "--min-group", "2"] + $0 }
            // Without --accept-rejects the rejected repeat and conflict stop the command, with a
            // summary by reason; with it, they are left out and the outputs say so.
            for arguments in runs + runs.map({ $0 + ["--accept-rejects"] }) {
                let result = rckit(arguments)
                let accepted = arguments.contains("--accept-rejects")
                #expect(result.status == (accepted ? 0 : 1), "\(arguments): \(result.stderr)")
                for text in [result.stdout, result.stderr] {
                    #expect(!text.contains("ID-7f3a"), "\(arguments): \(text.prefix(400))")
                    #expect(!survey.respondents.contains { text.contains($0.id) })
                }
            }
        }
    }
}

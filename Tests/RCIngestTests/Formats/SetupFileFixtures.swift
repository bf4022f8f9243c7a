import Foundation
import RCSurvey
import RCTestSupport
import Testing

@testable import RCIngest

/// The set-up files of the set-up tests: rckit's own (the golden files of `rckit setup`'s
/// writers, in `Tests/RCReportTests/Fixtures/golden`), the hand-made ones with other codes
/// (`Fixtures/setup/handmade`), and exports simulated from them in each tool's code convention.
enum SetupFileFixtures {
    /// rckit's own set-up file for `tool` (`redcap`, `limesurvey`, `qualtrics`): the writers'
    /// golden file, so that these tests read exactly what `rckit setup` writes.
    static func own(_ tool: String) -> String {
        let name = [
            "redcap": "setup-redcap.csv", "limesurvey": "setup-limesurvey.lss", "qualtrics": "setup-qualtrics.qsf"
        ]
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("RCReportTests/Fixtures/golden/\(name[tool] ?? tool)")
            .path
    }

    /// A hand-made fixture, e.g. `limesurvey/results-survey482915.csv`.
    static func handmade(_ name: String) throws -> String {
        let folder = (name as NSString).deletingLastPathComponent
        let url = Bundle.module.url(
            forResource: (name as NSString).lastPathComponent, withExtension: nil,
            subdirectory: "Fixtures/setup/handmade/\(folder)")
        return try #require(url, "missing fixture \(name)").path
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-setup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An answer as one comparable line.
    static func line(_ answer: Answer) -> String {
        "\(answer.respondent)|\(answer.raterRole)|\(answer.targetRole)|\(answer.dimension.id)|"
            + (answer.score.map(\.compact) ?? "")
    }

    /// The answers of an `expected.csv` (tidy long, `value` empty for missing).
    static func expected(_ path: String) throws -> [String] {
        var reader = try CSVReader(path: path)
        _ = try reader.next()
        var lines: [String] = []
        while let record = try reader.next() {
            let f = record.fields
            lines.append("\(f[0])|\(f[2])|\(f[3])|\(f[4])|\(f[5])")
        }
        return lines.sorted()
    }

    /// Reads `path` with the standard Danish instrument and these options.
    static func read(
        _ path: String, structure: String? = nil, dictionary: String? = nil,
        instrument: Instrument = .standard(language: .da)
    ) throws -> ShapeFixtures.Result {
        var options = IngestOptions(instrument: instrument, structure: structure)
        options.dictionary = dictionary
        return try ShapeFixtures.read(path, options: options)
    }

    /// A CSV file's records.
    static func records(_ path: String) throws -> [[String]] {
        var reader = try CSVReader(path: path)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return rows
    }

    /// A CSV line: every field quoted (`quoteAll`, as LimeSurvey writes), or only where needed.
    static func csvLine(_ fields: [String], quoteAll: Bool = false, newline: String = "\n") -> String {
        fields.map { field in
            let needs = quoteAll || field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + newline
    }

    /// A code chosen at random, or a blank.
    static func pick(_ codes: [String], _ random: inout SplitMix64) -> String {
        let index = Int(random.next() % UInt64(codes.count + 1))
        return index == codes.count ? "" : codes[index]
    }

    /// The score a code of rckit's own files stands for: the code itself, except "don't know" (9)
    /// and a blank.
    static func score(_ code: String) -> String { code == "9" || code == "99" || code == "-99" ? "" : code }
}

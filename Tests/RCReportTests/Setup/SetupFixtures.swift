import Foundation
import RCIngest
import RCSurvey
import Testing

@testable import RCReport

/// The set-up the writers' tests render, the real set-up files they are compared with
/// (`Fixtures/setup/samples`), and the readers of both.
enum SetupFixtures {
    static let roles = ["Sygeplejerske", "Læge", "Fysioterapeut", "Social- og sundhedsassistent"]

    /// The questionnaire of the walkthrough: rc7-da about hip fracture care, four roles.
    static let setup = SurveySetup(
        instrument: .standard(language: .da), process: "hoftebrudsforløbet", roles: roles, generator: "rckit")

    /// When the golden Qualtrics survey was made.
    static let created = Date(timeIntervalSince1970: 1_741_608_000)

    /// The text of a real sample file.
    static func sample(_ name: String) throws -> String {
        let url = Bundle.module.url(
            forResource: (name as NSString).deletingPathExtension, withExtension: (name as NSString).pathExtension,
            subdirectory: "Fixtures/setup/samples")
        let data = try Data(contentsOf: try #require(url, "missing sample \(name)"))
        return String(decoding: data, as: UTF8.self)
    }

    /// A CSV text's records.
    static func records(_ text: String) throws -> [[String]] {
        var reader = try CSVReader(bytes: Array(text.utf8), name: "setup.csv")
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return rows
    }

    /// A data dictionary's rows as column → value, by REDCap's column names.
    static func dictionaryRows(_ text: String) throws -> [[String: String]] {
        let rows = try records(text)
        let header = try #require(rows.first)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) }
    }

    /// `1, Aldrig | 2, Sjældent` → [("1", "Aldrig"), ("2", "Sjældent")].
    static func choices(_ text: String) -> [(code: String, label: String)] {
        text.split(separator: "|").compactMap { part -> (code: String, label: String)? in
            let choice = String(part)
            guard let comma = choice.firstIndex(of: ",") else { return nil }
            let code = String(choice[..<comma]).trimmingWhitespace()
            let label = String(choice[comma...].dropFirst()).trimmingWhitespace()
            return (code, label)
        }
    }
}

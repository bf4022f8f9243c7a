import Foundation
import RCIngest
import RCSurvey
import Testing

/// The export-shape fixtures (`Fixtures/shapes`, written by its `generate.py`): one survey of
/// 5 respondents rating 4 roles on the 7 dimensions, in every shape rckit reads.
enum ShapeFixtures {
    static let roles = ["Social- og sundhedsassistent", "Læge", "Sygeplejerske", "Fysioterapeut"]

    /// The path of a fixture, e.g. `google-forms.csv` or `surveyxact/dataset.csv`.
    static func path(_ name: String) throws -> String {
        let folder = (name as NSString).deletingLastPathComponent
        let url = Bundle.module.url(
            forResource: (name as NSString).lastPathComponent, withExtension: nil,
            subdirectory: folder.isEmpty ? "Fixtures/shapes" : "Fixtures/shapes/\(folder)")
        return try #require(url, "missing fixture \(name)").path
    }

    /// The standard instrument with the survey's four roles (Danish names, English aliases), so
    /// answers about other roles are rejected and English exports read as the same roles.
    static let rolesInstrument: Instrument = {
        var instrument = Instrument.standard(language: .da)
        instrument.roles = [
            RoleDefinition(name: "Social- og sundhedsassistent", aliases: ["Social and healthcare assistant", "SSA"]),
            RoleDefinition(name: "Læge", aliases: ["Physician", "Doctor"]),
            RoleDefinition(name: "Sygeplejerske", aliases: ["Nurse"]),
            RoleDefinition(name: "Fysioterapeut", aliases: ["Physiotherapist"])
        ]
        return instrument
    }()

    /// What reading one file gave.
    struct Result {
        var answers: [Answer] = []
        var rejections: [Rejection] = []
        var report: FileReport?
        var counts: IngestCounts { report?.counts ?? IngestCounts() }
    }

    static func read(_ path: String, options: IngestOptions) throws -> Result {
        var result = Result()
        var ingestor = Ingestor(options: options)
        result.report = try ingestor.read(
            path: path,
            consume: {
                result.answers.append($0); return nil
            },
            reject: { result.rejections.append($0) })
        return result
    }

    /// An answer without its respondent id, for shapes that have none (or their own).
    struct Tie: Hashable, CustomStringConvertible {
        var rater: String
        var target: String
        var dimension: RCSurvey.Dimension
        var score: Double?
        var description: String { "\(rater)→\(target) \(dimension.id)=\(score.map(\.compact) ?? "missing")" }
    }

    /// Answers as a multiset, with or without respondent ids.
    static func multiset(_ answers: [Answer], respondents: Bool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for answer in answers {
            let tie = Tie(
                rater: answer.raterRole, target: answer.targetRole, dimension: answer.dimension, score: answer.score)
            counts[(respondents ? answer.respondent + " " : "") + tie.description, default: 0] += 1
        }
        return counts
    }
}

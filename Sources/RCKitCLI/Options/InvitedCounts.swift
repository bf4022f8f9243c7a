import Foundation
import RCCommandLine
import RCIngest
import RCStats
import RCSurvey

/// `--invited FILE`: how many were invited per role, a CSV file `role,invited` (any delimiter
/// and encoding rckit reads; a header row is optional; Danish `faggruppe,inviterede` too).
enum InvitedCounts {
    static let option = Option<String>.text("--invited", .placeholder(.file), .help(.invited))

    /// The response rates of `analysis`'s roles with the counts in `path`; more respondents in a
    /// role than were invited is an error at the role's line (a wrong file, or the wrong role).
    static func rates(_ path: String, _ analysis: NetworkAnalysis) throws -> ResponseRates {
        let counts = try load(path)
        let rates = ResponseRates(invited: counts.map { ($0.role, $0.invited) }, analysis: analysis)
        for rate in rates.roles {
            guard let invited = rate.invited, rate.respondents > invited,
                let line = counts.first(where: { TextKey($0.role) == TextKey(rate.role) })?.line
            else { continue }
            throw CommandError(
                file: path, line: line, column: 2,
                message: "\(rate.role) has \(rate.respondents) respondents but \(invited) invited")
        }
        return rates
    }

    /// The counts in `path`, by role as written. Each problem names the file, line and column.
    static func load(_ path: String) throws -> [(role: String, invited: Int, line: Int)] {
        var reader = try CSVReader(path: path)
        var counts: [(role: String, invited: Int, line: Int)] = []
        var first = true
        while let record = try reader.next() {
            defer { first = false }
            let fields = record.fields.map { $0.trimmingWhitespace() }
            if fields.allSatisfy(\.isEmpty) { continue }
            if first, ["role", "faggruppe", "rolle", "rater role"].contains(TextKey(fields[0]).value) { continue }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw CommandError(
                    file: path, line: record.line, column: 1,
                    message: "a line of an invited file is a role and a count: role,invited")
            }
            guard let count = Int(fields[1]), count >= 0 else {
                throw CommandError(
                    file: path, line: record.line, column: 2,
                    message: "'\(fields[1])' is not a number of people invited")
            }
            counts.append((fields[0], count, record.line))
        }
        guard !counts.isEmpty else {
            throw CommandError(file: path, line: 1, message: "the invited file names no role")
        }
        return counts
    }
}

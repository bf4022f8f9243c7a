import RCSurvey
import Testing

@testable import RCIngest

/// With no column whose values are the answer columns' roles (the raters here are roles nobody
/// rates), the rater's role is the column whose header says so: one that names the role as a
/// word of its own comes before one that only holds such a word inside another — a free-text
/// question about "faggrupper" or "groups" is no role column.
@Suite struct RaterHeaderTests {
    /// The rater column the detector finds in a file with this header, whose column `roles`
    /// holds roles nobody rates, the other columns before the answers free text.
    static func raterColumn(_ header: [String], roles: Int) throws -> Int? {
        var rows = [header]
        for (r, role) in ["Portør", "Sekretær", "Portør"].enumerated() {
            rows.append(
                header.indices.map { column in
                    column == 0
                        ? "R\(r)"
                        : header[column].contains(" - ") ? "\(r + 2)" : column == roles ? role : "noget fritekst \(r)"
                })
        }
        let records = rows.enumerated().map { CSVRecord(fields: $1, line: $0 + 1) }
        let shape = try ShapeDetector.detect(
            records, instrument: .standard(language: .da), file: "svar.csv", requested: nil)
        guard case let .wide(layout) = shape.layout else { return nil }
        return layout.raterColumn
    }

    @Test func aHeaderNamingTheRoleComesBeforeOneHoldingTheWordInside() throws {
        #expect(
            try Self.raterColumn(
                [
                    "respondent", "Hvilke faggrupper savner du?", "Hvad er din rolle?",
                    "shared_goals - Læge", "shared_goals - Sygeplejerske"
                ], roles: 2) == 2)
        #expect(
            try Self.raterColumn(
                [
                    "respondent", "Which groups do you work with most?", "What is your role?",
                    "shared_goals - Læge", "shared_goals - Sygeplejerske"
                ], roles: 2) == 2)
    }

    /// Alone, a header holding the word inside another is still taken ("Jobfunktion").
    @Test func aHeaderHoldingTheWordInsideIsTakenAlone() throws {
        #expect(
            try Self.raterColumn(
                ["respondent", "Bemærkninger", "Jobfunktion", "shared_goals - Læge", "shared_goals - Sygeplejerske"],
                roles: 2) == 2)
    }
}

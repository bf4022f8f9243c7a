import RCIngest
import Testing

/// How mappings name columns: the first header row where it tells columns apart, the header rows
/// joined where it does not (a merged cell's text carried to the right), else the column's number.
@Suite struct MappingColumnNamesTests {
    /// SurveyMonkey: the question above a matrix's first column only.
    static let surveyMonkey = MappingColumnNames(headerRows: [
        ["Respondent ID", "Rolle?", "Hvor ofte?", "", "Respekt?", "", "Kommentar"],
        ["", "Response", "Læge", "Sygeplejerske", "Læge", "Sygeplejerske", "Open-Ended Response"]
    ])

    @Test func namesEachColumnOnce() {
        let names = Self.surveyMonkey.names
        #expect(
            names == [
                "Respondent ID", "Rolle?", "Hvor ofte? | Læge", "Hvor ofte? | Sygeplejerske", "Respekt? | Læge",
                "Respekt? | Sygeplejerske", "Kommentar"
            ])
        for (index, name) in names.enumerated() { #expect(Self.surveyMonkey.lookup(name) == .column(index)) }
    }

    @Test func firstRowTextNamingSeveralColumnsIsAmbiguous() {
        // "Hvor ofte?" heads column 3 only in row 1, but the carried text makes it the start of two joined names;
        // as a first-row text it is unique, so it still points at its column.
        #expect(Self.surveyMonkey.lookup("Hvor ofte?") == .column(2))
        let repeated = MappingColumnNames(headerRows: [["id", "Læge", "Læge", "Læge"]])
        #expect(repeated.lookup("Læge") == .ambiguous([1, 2, 3]))
        #expect(repeated.names == ["id", "#2", "#3", "#4"])
        #expect(repeated.lookup("#3") == .column(2))
        #expect(repeated.lookup("#5") == .missing)
        #expect(repeated.lookup("") == .missing)
    }

    /// The last header row names the columns itself: its empty cells are not filled from the left.
    /// A first-row text spanning columns names each of them with the rows joined, its first too.
    @Test func lastRowIsNotCarried() {
        let names = MappingColumnNames(headerRows: [["Q", "", ""], ["a", "", "b"]])
        #expect(names.joined == ["Q | a", "Q", "Q | b"])
        #expect(names.names == ["Q | a", "#2", "Q | b"])
        #expect(!names.isBlank(1))
        #expect(MappingColumnNames(headerRows: [["x", ""]]).isBlank(1))
    }
}

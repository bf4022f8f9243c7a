import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// A REDCap dictionary whose matrix questions were reworded in REDCap still reads by rckit's
/// note in the field annotation, or by its matrix group's name when that is rckit's code.
@Suite struct REDCapDictionaryTests {
    func read(annotation: String, group: String) throws -> ShapeFixtures.Result {
        let folder = try SetupFileFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header =
            "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, Calculations, OR Slider Labels\","
            + "Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,"
            + "Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),"
            + "Matrix Group Name,Matrix Ranking?,Field Annotation\n"
        let dictionary =
            header + "record_id,f,,text,Record ID,,,,,,,,,,,,,\n"
            + "rolle,f,,radio,Faggruppe,\"1, Læge | 2, Sygeplejerske\",,,,,,,,,,,,\n"
            + "a_1,f,Hvordan går det?,radio,Læge,\"1, Intet | 5, Alt | 9, Ved ikke\",,,,,,,,,,\(group),,\"\(annotation)\"\n"
            + "a_2,f,,radio,Sygeplejerske,\"1, Intet | 5, Alt | 9, Ved ikke\",,,,,,,,,,\(group),,\n"
        try Data(dictionary.utf8).write(to: folder.appendingPathComponent("dd.csv"))
        try Data("record_id,rolle,a_1,a_2,f_complete\n1,2,5,9,2\n".utf8).write(
            to: folder.appendingPathComponent("export.csv"))
        return try SetupFileFixtures.read(
            folder.appendingPathComponent("export.csv").path, dictionary: folder.appendingPathComponent("dd.csv").path)
    }

    @Test(arguments: [
        ("rckit: dimension=shared_knowledge; role=1", "m_1"), ("", "know"), ("", "KNOW")
    ])
    func rewordedMatricesReadByRckitsNote(annotation: String, group: String) throws {
        let result = try read(annotation: annotation, group: group)
        #expect(
            result.answers.map(SetupFileFixtures.line).sorted() == [
                "1|Sygeplejerske|Læge|shared_knowledge|5", "1|Sygeplejerske|Sygeplejerske|shared_knowledge|"
            ])
    }

    @Test func withoutTheNoteARewordedMatrixIsNoAnswerColumn() throws {
        #expect(throws: IngestError.self) { try read(annotation: "", group: "m_1") }
    }
}

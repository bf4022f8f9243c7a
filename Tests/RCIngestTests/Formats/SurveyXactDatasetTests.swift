import Foundation
import RCSurvey
import Testing

@testable import RCIngest

@Suite struct SurveyXactDatasetTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-sx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The fixture's three files, as text.
    func fixtureTexts() throws -> (dataset: String, structure: String, labels: String) {
        func text(_ name: String) throws -> String {
            let data = try Data(contentsOf: URL(fileURLWithPath: try ShapeFixtures.path("surveyxact/\(name)")))
            return try #require(String(data: data, encoding: .windowsCP1252))
        }
        return (try text("dataset.csv"), try text("structure.csv"), try text("labels.csv"))
    }

    func original() throws -> [String: Int] {
        let result = try ShapeFixtures.read(try ShapeFixtures.path("tidy-original.csv"), options: IngestOptions())
        return ShapeFixtures.multiset(result.answers, respondents: false)
    }

    @Test(arguments: [
        ("dataset.csv", "structure.csv", "labels.csv"),
        ("Dataset.csv", "Structure.csv", "Labels.csv"),
        ("RC 2024 dataset.csv", "RC 2024 structure.csv", "RC 2024 labels.csv"),
        ("RC_DATASET.csv", "RC_STRUCTURE.csv", "RC_LABELS.csv")
    ])
    func companionsAreFoundByName(names: (String, String, String)) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [names.0, names.1, names.2] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let found = try #require(SurveyXactDataset.companions(of: folder.appendingPathComponent(names.0).path))
        #expect((found.structure as NSString).lastPathComponent == names.1)
        #expect((found.labels as NSString).lastPathComponent == names.2)
    }

    @Test func noCompanionsForOtherFilesOrWhenOneIsMissing() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("structure.csv"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("labels.csv"))
        #expect(SurveyXactDataset.companions(of: folder.appendingPathComponent("export.csv").path) == nil)
        #expect(
            SurveyXactDataset.companions(of: folder.appendingPathComponent("export.csv").path, anyName: true) != nil)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("labels.csv"))
        #expect(SurveyXactDataset.companions(of: folder.appendingPathComponent("dataset.csv").path) == nil)
    }

    /// The "Unicode" export: UTF-16 LE, tab-separated, with the stray empty column SurveyXact
    /// leaves at the end of the structure file's rows.
    @Test func unicodeTabExportWithPhantomColumn() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try fixtureTexts()
        func write(_ text: String, _ name: String, phantom: Bool = false) throws {
            var lines = text.replacingOccurrences(of: ";", with: "\t").components(separatedBy: "\r\n")
            if phantom { lines = lines.map { $0.isEmpty ? $0 : $0 + "\t" } }
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in lines.joined(separator: "\r\n").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try write(texts.dataset, "dataset.csv")
        try write(texts.structure, "structure.csv", phantom: true)
        try write(texts.labels, "labels.csv")
        let result = try ShapeFixtures.read(folder.appendingPathComponent("dataset.csv").path, options: IngestOptions())
        #expect(result.report?.shape.format == .surveyxact)
        #expect(result.report?.dialect?.encoding == .utf16LE)
        #expect(ShapeFixtures.multiset(result.answers, respondents: false) == (try original()))
    }

    /// Files named outright, whatever they are called; a labels file with a header row.
    @Test func explicitFilesAndLabelsHeader() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try fixtureTexts()
        let data = folder.appendingPathComponent("export.csv")
        try Data(texts.dataset.utf8).write(to: data)
        try Data(texts.structure.utf8).write(to: folder.appendingPathComponent("vars.csv"))
        try Data(("variableName;value;valueLabel\r\n" + texts.labels).utf8).write(
            to: folder.appendingPathComponent("values.csv"))
        var options = IngestOptions()
        // Without them the variable names mean nothing.
        #expect(throws: IngestError.self) { try ShapeFixtures.read(data.path, options: options) }
        options.structure = folder.appendingPathComponent("vars.csv").path
        options.labels = folder.appendingPathComponent("values.csv").path
        let result = try ShapeFixtures.read(data.path, options: options)
        #expect(result.report?.shape.format == .surveyxact)
        #expect(ShapeFixtures.multiset(result.answers, respondents: false) == (try original()))
    }

    /// A code the labels file does not know stays a code, and a code out of range is rejected.
    @Test func unknownCodesAreRejectedNotLost() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try fixtureTexts()
        var lines = texts.dataset.components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ";")
        fields[1] = "9"
        lines[1] = fields.joined(separator: ";")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: folder.appendingPathComponent("dataset.csv"))
        try Data(texts.structure.utf8).write(to: folder.appendingPathComponent("structure.csv"))
        try Data(texts.labels.utf8).write(to: folder.appendingPathComponent("labels.csv"))
        let result = try ShapeFixtures.read(folder.appendingPathComponent("dataset.csv").path, options: IngestOptions())
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.line == 2)
        #expect(result.rejections.first?.column == 2)
        #expect(result.rejections.first?.reason.contains("score 9 is outside") == true)
        #expect(result.counts.isBalanced && result.counts.records == 140)
    }

    @Test func structureWithoutItsColumnsIsAnError() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let structure = folder.appendingPathComponent("structure.csv")
        try Data("name;text\r\ns_1;Hvilken faggruppe?\r\n".utf8).write(to: structure)
        #expect {
            try SurveyXactDataset.load(structure: structure.path, labels: nil)
        } throws: { error in
            (error as? IngestError)?.line == 1 && (error as? IngestError)?.message.contains("variableName") == true
        }
    }
}

extension SurveyXactDatasetTests {
    /// A tidy file called `dataset.csv` beside SurveyXact files is still read as tidy.
    @Test func tidyFileNamedDatasetIsNotTakenForOne() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try fixtureTexts()
        try FileManager.default.copyItem(
            atPath: try ShapeFixtures.path("tidy-original.csv"),
            toPath: folder.appendingPathComponent("dataset.csv").path)
        try Data(texts.structure.utf8).write(to: folder.appendingPathComponent("structure.csv"))
        try Data(texts.labels.utf8).write(to: folder.appendingPathComponent("labels.csv"))
        let result = try ShapeFixtures.read(folder.appendingPathComponent("dataset.csv").path, options: IngestOptions())
        #expect(result.report?.shape.format == .long)
        #expect(ShapeFixtures.multiset(result.answers, respondents: false) == (try original()))
    }
}

import Foundation
import RCSurvey
import Testing

@testable import RCIngest

/// Nothing silently ambiguous: what could mean two things stops with where it is, or is read
/// the one way it can be and said so.
@Suite struct AmbiguousInputTests {
    static let header = "respondent,round,rater_role,target_role,dimension,value\n"

    static func write(_ bytes: [UInt8], name: String = "export.csv") throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return (folder, url.path)
    }

    static func read(_ path: String) throws -> ShapeFixtures.Result {
        try ShapeFixtures.read(path, options: IngestOptions())
    }

    @Test func aCodeGivenTwoLabelsNamesBothLines() throws {
        let (folder, path) = try Self.write(
            Array("column,code,label\n*,6,Ved ikke\nQ1,2,Læge\n*,6,Aldrig\n".utf8), name: "values.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try ValueLabels.load(path: path)
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("\(path):4: the code '6' of '*' is 'Aldrig' here but 'Ved ikke' on line 2")
        }
    }

    @Test func theSameLabelTwiceIsFine() throws {
        let (folder, path) = try Self.write(Array("*,6,Ved ikke\n*,6,ved ikke \nQ1,2,Læge\n".utf8), name: "values.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = try ValueLabels.load(path: path)
        #expect(labels.tables["*"]?["6"] == "Ved ikke")
    }

    @Test func anArchiveWithTwoFilesOfOneNameIsRefused() throws {
        var zip = ZipWriter()
        zip.add("svar.csv", Array((Self.header + "R1,,Læge,Læge,shared_goals,4\n").utf8))
        zip.add("svar.csv", Array((Self.header + "R1,,Læge,Læge,shared_goals,1\n").utf8))
        #expect {
            _ = try ZipArchive(bytes: zip.bytes, file: "export.zip")
        } throws: { error in
            String(describing: error).contains("svar.csv")
                && String(describing: error).contains("two files of this name")
        }
    }

    @Test func aByteOrderMarkStartingALaterLineIsNoPartOfTheId() throws {
        // Two exports joined with `cat`: the second one's byte order mark starts a line.
        var bytes = Array((Self.header + "R1,,Læge,Læge,shared_goals,4\n").utf8)
        bytes += [0xEF, 0xBB, 0xBF] + Array("R1,,Læge,Læge,shared_knowledge,3\nR2,,Læge,Læge,shared_goals,5\n".utf8)
        let (folder, path) = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.read(path)
        #expect(Set(result.answers.map(\.respondent)) == ["R1", "R2"])
        #expect(result.rejections.isEmpty)
    }

    @Test func oneStrayByteDoesNotMakeAUTF8FileWindows1252() throws {
        // A UTF-8 export with æøå throughout, and one Windows-1252 ø pasted into line 3.
        var bytes = Array((Self.header + "R1,,Sygeplejerske,Læge,shared_goals,4\n").utf8)
        bytes += Array("R2,,Læge".utf8) + [0xF8] + Array(",Sygeplejerske,shared_goals,4\n".utf8)
        for n in 3..<40 { bytes += Array("R\(n),,Læge,Sygeplejerske,shared_goals,4\n".utf8) }
        let (folder, path) = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.read(path)
        let report = try #require(result.report)
        #expect(report.dialect?.encoding == .utf8)
        #expect(result.answers.contains { $0.raterRole == "Sygeplejerske" && $0.targetRole == "Læge" })
        #expect(result.answers.contains { $0.raterRole == "Lægeø" })
        #expect(report.repairedBytes == 1)
        #expect(report.firstRepairedByte == RepairedByte(line: 3, column: 10, byte: 0xF8))
        #expect(
            report.repairWarning
                == "\(path):3:10: the byte 0xF8 is not UTF-8 like the rest of the file; read as Windows-1252 'ø'")
    }

    @Test func aFileThatTurnsFromWindows1252ToUTF8Stops() throws {
        // The start has only a Windows-1252 byte; UTF-8 text comes after the sniffed start.
        var bytes = Array(Self.header.utf8) + Array("R".utf8) + [0xF8] + Array(",,Laege,Laege,shared_goals,4\n".utf8)
        for n in 0..<3_000 { bytes += Array("R\(n),,Laege,Laege,shared_goals,4\n".utf8) }
        bytes += Array("R9,,Læge,Læge,shared_goals,4\n".utf8)
        let (folder, path) = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try Self.read(path)
        } throws: { error in
            String(describing: error).hasPrefix("\(path):3003:6: 'æ' here is UTF-8")
        }
    }

    @Test func aWindows1252FileStaysWindows1252() throws {
        var bytes = Array(Self.header.utf8)
        for n in 0..<20 {
            bytes += Array("R\(n),,L".utf8) + [0xE6] + Array("ge,Sygeplejerske,shared_goals,4\n".utf8)
        }
        let (folder, path) = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.read(path)
        let report = try #require(result.report)
        #expect(report.dialect?.encoding == .windows1252)
        #expect(result.answers.allSatisfy { $0.raterRole == "Læge" })
        #expect(report.repairWarning == nil)
    }

    @Test func aHeaderOfAMillionColumnsIsRefusedAtOnce() throws {
        let header = Array(repeating: "x", count: 1_000_000).joined(separator: ",") + "\n1\n"
        let (folder, path) = try Self.write(Array(header.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try Self.read(path)
        } throws: { error in
            String(describing: error).hasPrefix("\(path):1: the header has 1000000 columns, more than the 16384")
        }
    }

    @Test func namingTheColumnsOfAWideHeaderLooksEachNameUpOnce() {
        // 16,384 distinct names and one repeated: every column named by its text or number.
        let texts = (0..<16_383).map { "Q\($0)" } + ["Q0"]
        let names = MappingColumnNames(headerRows: [texts])
        let all = names.names
        #expect(all.count == 16_384)
        #expect(all[1] == "Q1")
        #expect(all[0] == "#1" && all[16_383] == "#16384")
    }
}

import Foundation
import RCIngest
import Testing

/// Every input in `Fixtures/workbooks/regressions` (fuzzer findings), read as a ZIP archive (each
/// member, and the CSV member) and as a workbook (each sheet): no trap, and any error is one line
/// naming the file.
@Suite struct ArchiveRegressionTests {
    static let folder = Bundle.module.url(
        forResource: "regressions", withExtension: nil, subdirectory: "Fixtures/workbooks")

    static let inputs: [String] = {
        guard let folder else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func readsWithoutTrapping(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: try #require(Self.folder).appendingPathComponent(name)))
        var errors: [ArchiveError] = []
        do throws(ArchiveError) {
            let archive = try ZipArchive(bytes: bytes, file: name)
            for member in archive.members {
                do throws(ArchiveError) { _ = try archive.contents(of: member) } catch { errors.append(error) }
            }
            _ = try archive.dataMember(named: nil, extensions: ["csv"])
        } catch {
            errors.append(error)
        }
        do throws(ArchiveError) {
            let workbook = try Workbook(bytes: bytes, file: name)
            for sheet in workbook.sheetNames {
                do throws(ArchiveError) { _ = try workbook.sheet(named: sheet) } catch { errors.append(error) }
            }
        } catch {
            errors.append(error)
        }
        for error in errors {
            #expect(!error.description.contains("\n") && !error.description.contains("\r"), "\(error)")
            #expect(error.description.hasPrefix(name + ":"))
        }
    }

    @Test func namesWithLineBreaksStayOnOneLine() throws {
        var zip = ZipWriter()
        zip.add("a\nb.csv", Array("x".utf8))
        zip.add("c\u{2028}d.csv", Array("y".utf8))
        let archive = try ZipArchive(bytes: zip.bytes, file: "svar.zip")
        let error = #expect(throws: ArchiveError.self) { try archive.dataMember(named: "e\r.csv", extensions: ["csv"]) }
        #expect(
            error?.description
                == "svar.zip:e\u{FFFD}.csv: no such file in the archive; it holds 'a\u{FFFD}b.csv', 'c\u{FFFD}d.csv'")
    }
}

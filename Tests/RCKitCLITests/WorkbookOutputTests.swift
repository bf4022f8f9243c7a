import Foundation
import Testing

@testable import RCKitCLI

/// `--format xlsx` opened the way a user opens it: LibreOffice converts it to PDF without
/// repair, and the PDF's text shows the grid with Danish numbers and strength symbols.
@Suite struct WorkbookOutputTests {
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: soffice != nil && pdftotext != nil, "needs LibreOffice and poppler"))
    func libreOfficeOpensTheWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rckit-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("enheder.xlsx").path
        let result = rckit("analyze", SegmentCommandTests.export, "--by", "Afdeling", "--format", "xlsx", "--out", book)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: book))
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        let converted = try Self.run(
            try #require(Self.soffice),
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                "--convert-to", "pdf", "--outdir", folder.path, book
            ])
        #expect(converted.status == 0)
        let pdf = folder.appendingPathComponent("enheder.pdf").path
        #expect(FileManager.default.fileExists(atPath: pdf))
        let text = try Self.run(try #require(Self.pdftotext), ["-layout", pdf, "-"]).output
        #expect(text.contains("Relationel koordinering · Hele organisationen"))
        // The whole organisation's Læge → Læge cell: 2,45 weak (the reference's 2.4545…).
        #expect(text.contains("2,45 ▼"))
        #expect(text.contains("Afdeling: Kirurgi"))
        #expect(text.contains("Problemløsende kommunikation"))
        #expect(!text.contains("2.45"))
    }

    @Test func workbookNeedsAFile() {
        let result = rckit(["analyze", SegmentCommandTests.tidy, "--format", "xlsx"], environment: ["LANG": "en"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format xlsx writes a file: give --out FILE.xlsx"))
        #expect(!result.stderr.contains("records"), "refused before reading")
    }
}

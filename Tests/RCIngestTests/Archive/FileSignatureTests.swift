import RCIngest
import Testing

/// Sniffing the first bytes, and the error for an OLE compound file.
@Suite struct FileSignatureTests {
    @Test(
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0x14], FileSignature.zip),
            ([0x50, 0x4B, 0x05, 0x06], .emptyZip),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], .ole),
            ([0xD0, 0xCF, 0x11, 0xE0], .text),
            ([0x50, 0x4B], .text),
            ([], .text),
            (Array("rolle;svar".utf8), .text)
        ] as [([UInt8], FileSignature)])
    func signatures(bytes: [UInt8], signature: FileSignature) {
        #expect(FileSignature(bytes) == signature)
    }

    @Test func oleFiles() throws {
        #expect(OLECompoundFile.error(for: try WorkbookFixtures.bytes("old.xls"), file: "a.xls").kind == .oldExcel)
        #expect(
            OLECompoundFile.error(for: try WorkbookFixtures.bytes("encrypted.xlsx"), file: "a.xlsx").kind == .encrypted)
        #expect(
            ArchiveError(.noSuchSheet, file: "svar.xlsx", location: "Ark1!C12", message: "m").description
                == "svar.xlsx:Ark1!C12: m")
    }
}

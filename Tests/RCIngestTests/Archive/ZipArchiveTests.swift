import RCIngest
import Testing

/// ZIP archives from Python's zipfile and by hand: members listed and read, the CSV file chosen,
/// ZIP64, and every kind of damage refused with its kind and member.
@Suite struct ZipArchiveTests {
    static let csv = "rolle;svar\nLæge;4\n"

    static func error(_ name: String, member: String? = nil) throws -> ArchiveError? {
        let archive = try WorkbookFixtures.archive(name)
        do throws(ArchiveError) {
            let chosen = try archive.dataMember(named: member, extensions: ["csv"])
            _ = try archive.contents(of: chosen)
            return nil
        } catch {
            return error
        }
    }

    @Test func theOnlyCSVFileIsChosen() throws {
        let archive = try WorkbookFixtures.archive("one-csv.zip")
        #expect(archive.members.map(\.name) == ["export/README.txt", "export/svar.csv"])
        let member = try archive.dataMember(named: nil, extensions: ["csv", "tsv"])
        #expect(member.name == "export/svar.csv" && member.method == 8)
        #expect(String(decoding: try archive.contents(of: member), as: UTF8.self) == Self.csv)
    }

    @Test func twoCSVFilesNeedAName() throws {
        let archive = try WorkbookFixtures.archive("two-csv.zip")
        #expect(archive.members.map(\.name) == ["før.csv", "efter.CSV"])
        #expect(
            try Self.error("two-csv.zip")
                == ArchiveError(
                    .ambiguousMember, file: "two-csv.zip",
                    message: "the archive holds several .csv files ('før.csv', 'efter.CSV'); choose one with --member"))
        let stored = try archive.dataMember(named: "efter.CSV", extensions: ["csv"])
        #expect(stored.method == 0)
        #expect(String(decoding: try archive.contents(of: stored), as: UTF8.self) == Self.csv)
        #expect(try archive.dataMember(named: "EFTER.csv", extensions: []).name == "efter.CSV")
        #expect(try Self.error("two-csv.zip", member: "svar.csv")?.kind == .noSuchMember)
        #expect(try Self.error("two-csv.zip", member: "svar.csv")?.location == "svar.csv")
    }

    @Test func noCSVFile() throws {
        let error = try #require(try Self.error("handmade.ods"))
        #expect(error.kind == .noSuchMember)
        #expect(error.message == "the archive holds no .csv file; it holds 'mimetype', 'content.xml'")
    }

    @Test func zip64() throws {
        let archive = try WorkbookFixtures.archive("zip64.zip")
        let member = try #require(archive.members.first)
        #expect(member.name == "zip64.csv" && member.uncompressedSize == 380 && member.localHeaderOffset == 0)
        #expect(String(decoding: try archive.contents(of: member), as: UTF8.self).hasPrefix("rolle,svar\nLæge,4\n"))
    }

    @Test(arguments: [
        ("bad-deflate.zip", ArchiveError.Kind.corrupt),
        ("bad-crc.zip", .corrupt),
        ("encrypted-member.zip", .encrypted),
        ("bzip2.zip", .unsupported)
    ])
    func damagedMembers(name: String, kind: ArchiveError.Kind) throws {
        let error = try #require(try Self.error(name))
        #expect(error.kind == kind)
        #expect(error.location == "svar.csv")
        #expect(error.description.hasPrefix("\(name):svar.csv: "))
    }

    @Test func crcMismatchSaysSo() throws {
        #expect(
            try Self.error("bad-crc.zip")?.message
                == "the file's checksum (CRC-32) does not match: the archive is damaged; download it again or save it again from Excel"
        )
    }

    @Test func emptyAndForeignFiles() throws {
        let empty: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)
        #expect(try ZipArchive(bytes: empty, file: "tom.zip").members.isEmpty)
        for bytes in [[], Array("rolle,svar\n".utf8), Array(repeating: 0x50, count: 100)] as [[UInt8]] {
            #expect(
                throws: ArchiveError(
                    .notAnArchive, file: "x.zip",
                    message: "this is not a ZIP archive or an Excel workbook (.xlsx)")
            ) {
                try ZipArchive(bytes: bytes, file: "x.zip")
            }
        }
    }

    /// Every prefix of an archive is refused as truncated (or corrupt, or no archive once the
    /// ZIP signature is cut too), and every single-byte change reads or fails without a trap.
    @Test func damageNeverTraps() throws {
        let whole = try WorkbookFixtures.bytes("one-csv.zip")
        for length in 0..<whole.count {
            do throws(ArchiveError) {
                let archive = try ZipArchive(bytes: Array(whole.prefix(length)), file: "x.zip")
                Issue.record("a prefix of \(length) bytes read as \(archive.members.count) members")
            } catch {
                #expect([.truncated, .corrupt, .notAnArchive].contains(error.kind), "\(length): \(error)")
            }
        }
        for index in whole.indices {
            var changed = whole
            changed[index] ^= 0xA5
            if let archive = try? ZipArchive(bytes: changed, file: "x.zip") {
                for member in archive.members { _ = try? archive.contents(of: member) }
            }
        }
    }

    @Test func totalLimitAcrossMembers() throws {
        var zip = ZipWriter()
        let text = Array(repeating: UInt8(ascii: "x"), count: 800)
        zip.add("a.csv", text)
        zip.add("b.csv", text, deflated: true)
        let archive = try ZipArchive(
            bytes: zip.bytes, file: "x.zip",
            limits: ArchiveLimits(maxMemberSize: 1000, maxTotalSize: 1500))
        var budget = 1500
        #expect(try archive.contents(of: archive.members[0], budget: &budget) == text)
        #expect(budget == 700)
        #expect(throws: ArchiveError.self) { try archive.contents(of: archive.members[1], budget: &budget) }
        // Read alone, each is within the limits.
        #expect(try archive.contents(of: archive.members[1]) == text)
    }

    @Test func cp437Names() {
        #expect(CodePage437.decode([0x66, 0x94, 0x72]) == "för")
        #expect(CodePage437.decode(Array("før".utf8)) == "før")
        #expect(CodePage437.decode([0x80, 0xFF]) == "Ç\u{A0}")
    }
}

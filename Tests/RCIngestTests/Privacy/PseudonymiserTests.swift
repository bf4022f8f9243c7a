import Foundation
import Testing

@testable import RCIngest

/// SHA-256, HMAC-SHA-256 and the pseudonyms of `import --pseudonymise` agree with Python's
/// hashlib and hmac (tools/reference/hmac_reference.py): the RFC 4231 vectors, keys and messages
/// of every length around the 64-byte block, and pseudonyms of awkward ids.
@Suite struct PseudonymiserTests {
    static let folder = Bundle.module.url(forResource: "privacy", withExtension: nil, subdirectory: "Fixtures")

    static func reference() throws -> [String: Any] {
        let url = try #require(folder?.appendingPathComponent("hmac-sha256.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return out
    }

    static func hex(_ bytes: [UInt8]) -> String { Pseudonymiser.hex(bytes) }

    @Test func rfc4231() throws {
        let cases = try #require(try Self.reference()["rfc4231"] as? [[String: Any]])
        #expect(cases.count == 7)
        for item in cases {
            let key = Self.bytes(try #require(item["key"] as? String))
            let data = Self.bytes(try #require(item["data"] as? String))
            let length = try #require(item["bytes"] as? Int)
            let code = HMACSHA256(key: key).code(data)
            #expect(Self.hex(Array(code.prefix(length))) == item["hmac"] as? String, "case \(item["case"] ?? "")")
        }
    }

    @Test func sha256AndHMACAroundTheBlock() throws {
        let reference = try Self.reference()
        let hashes = try #require(reference["sha256"] as? [[String: String]])
        for item in hashes {
            let message = Self.bytes(try #require(item["message"]))
            #expect(Self.hex(SHA256.hash(message)) == item["sha256"], "\(message.count) bytes")
            // Fed in pieces, the same.
            var hasher = SHA256()
            hasher.update(message.prefix(message.count / 3))
            hasher.update(message.dropFirst(message.count / 3))
            #expect(Self.hex(hasher.finalize()) == item["sha256"])
        }
        let codes = try #require(reference["hmac"] as? [[String: String]])
        #expect(codes.count >= 50)
        for item in codes {
            let key = Self.bytes(try #require(item["key"])), message = Self.bytes(try #require(item["message"]))
            #expect(
                Self.hex(HMACSHA256(key: key).code(message)) == item["hmac"],
                "key \(key.count), message \(message.count)")
        }
    }

    @Test func pseudonymsAreHMACOfTheIdUnderTheKeyFile() throws {
        let path = try #require(Self.folder?.appendingPathComponent("key.bin").path)
        let pseudonymiser = try Pseudonymiser(keyFile: path)
        let items = try #require(try Self.reference()["pseudonyms"] as? [[String: String]])
        for item in items {
            let id = try #require(item["id"])
            #expect(pseudonymiser.pseudonym(for: id) == item["pseudonym"], "\(id)")
            #expect(pseudonymiser.pseudonym(utf8: Array(id.utf8)) == Array((item["pseudonym"] ?? "").utf8))
        }
        // Another key, other pseudonyms.
        let other = try #require(Pseudonymiser(key: Array(repeating: 7, count: 32)))
        #expect(other.pseudonym(for: "R0001") != pseudonymiser.pseudonym(for: "R0001"))
    }

    @Test func aShortOrMissingKeyFileIsRefused() throws {
        #expect(Pseudonymiser(key: Array(repeating: 1, count: 15)) == nil)
        #expect(Pseudonymiser(key: Array(repeating: 1, count: 16)) != nil)
        #expect(throws: IngestError.self) { try Pseudonymiser(keyFile: "/nonexistent/key.bin") }
    }

    /// Rows as CSVWriter writes them: the first field replaced, quoted ids unquoted first, the
    /// rest of each row (quoted fields with line breaks too) kept byte for byte.
    @Test(arguments: [CSVWriter.Newline.lf, .crlf])
    func rowsGetTheirPseudonyms(newline: CSVWriter.Newline) throws {
        let pseudonymiser = try #require(Pseudonymiser(key: Array(repeating: 42, count: 32)))
        let writer = CSVWriter(newline: newline)
        let rows: [[String]] = [
            ["R1", "", "Læge", "Læge", "frequent_communication", "4"],
            ["R1", "", "Læge", "Sygeplejerske", "timely_communication", ""],
            ["id,with,commas", "før", "A \"B\"", "two\nlines", "shared_goals", "5"],
            ["say \"hi\"", "", "Læge", "Læge", "mutual_respect", "3"],
            [" lead", "", "Læge", "Læge", "mutual_respect", "3"]
        ]
        var chunk: [UInt8] = []
        for row in rows { writer.append(row, to: &chunk) }
        var rewritten = PseudonymisedRows(pseudonymiser, writer: writer)
        var out: [UInt8] = []
        chunk.withUnsafeBytes { rewritten.rewrite($0, into: &out) }
        var expected: [UInt8] = []
        for row in rows { writer.append([pseudonymiser.pseudonym(for: row[0])] + row.dropFirst(), to: &expected) }
        #expect(String(decoding: out, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func identifyingColumnsAreKnownInEveryTool() {
        for header in [
            "Email", "E-mail", "e-mailadresse", "Name", "Navn", "IPAddress", "IP Address", "ipaddr", "RecipientEmail",
            "RecipientFirstName", "RecipientLastName", "LocationLatitude", "LocationLongitude", "Email Address",
            "First Name", "Last Name", "Fornavn", "Efternavn", "Telefon", "CPR-nummer", "token"
        ] {
            #expect(IdentifyingColumns.identify(header), "\(header)")
        }
        for header in ["Afdeling", "unit", "Vagt", "Site", "Anciennitet"] {
            #expect(!IdentifyingColumns.identify(header), "\(header)")
        }
    }
}

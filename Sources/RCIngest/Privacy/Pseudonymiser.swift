import Foundation

/// Respondent ids replaced by pseudonyms (`rckit import --pseudonymise KEYFILE`; GDPR art. 4(5)):
/// the first 32 hexadecimal digits of HMAC-SHA-256 keyed by the key file's bytes, of the id's
/// UTF-8 bytes — in Python, `hmac.new(key, id.encode(), "sha256").hexdigest()[:32]`.
///
/// The same key gives the same pseudonym for the same id in every round and every file, so
/// respondents still pair across rounds; without the key nobody can tell which id a pseudonym
/// stands for, or try ids one by one. 128 bits: two ids of a survey share a pseudonym with
/// odds far below one in 10¹⁸.
public struct Pseudonymiser: Sendable {
    /// The fewest bytes a key file must hold: shorter keys could be guessed.
    public static let minimumKeyLength = 16
    /// Hexadecimal digits kept of the 64.
    public static let length = 32

    private let hmac: HMACSHA256

    /// A pseudonymiser keyed by `key`; nil when it is shorter than ``minimumKeyLength``.
    public init?(key: [UInt8]) {
        guard key.count >= Pseudonymiser.minimumKeyLength else { return nil }
        hmac = HMACSHA256(key: key)
    }

    /// A pseudonymiser keyed by the bytes of the file at `path` (all of them, line break included).
    public init(keyFile path: String) throws(IngestError) {
        let file = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: file, message: "cannot read the key file")
        }
        guard let made = Pseudonymiser(key: Array(data)) else {
            throw IngestError(
                file: file,
                message:
                    "the key file holds \(data.count) bytes; a key needs at least \(Pseudonymiser.minimumKeyLength) (for example 32 random bytes: head -c 32 /dev/urandom > \(file))"
            )
        }
        self = made
    }

    /// The pseudonym of respondent id `id`.
    public func pseudonym(for id: String) -> String {
        Pseudonymiser.hex(hmac.code(Array(id.utf8)).prefix(Pseudonymiser.length / 2))
    }

    /// The pseudonym of an id given as UTF-8 bytes.
    public func pseudonym(utf8 id: some Sequence<UInt8>) -> [UInt8] {
        Array(Pseudonymiser.hex(hmac.code(id).prefix(Pseudonymiser.length / 2)).utf8)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Rows of tidy CSV (as ``CSVWriter`` writes them) with their first field — the respondent id —
/// replaced by its pseudonym. Rows come a chunk of whole rows at a time; a respondent's rows
/// mostly follow one another, so each run of rows is hashed once.
package struct PseudonymisedRows: Sendable {
    private let pseudonymiser: Pseudonymiser
    private let writer: CSVWriter
    private var lastField: [UInt8] = []
    private var lastPseudonym: [UInt8] = []

    /// Rows written by `writer`, their ids replaced by `pseudonymiser`'s pseudonyms.
    package init(_ pseudonymiser: Pseudonymiser, writer: CSVWriter) {
        self.pseudonymiser = pseudonymiser
        self.writer = writer
    }

    /// Appends the rows of `chunk` to `out`, each with its first field replaced.
    package mutating func rewrite(_ chunk: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        let delimiter = writer.delimiter.byte
        var start = 0
        while start < bytes.count {
            let idEnd = writer.fieldEnd(in: bytes, from: start)
            let field = Array(bytes[start..<idEnd])
            if field != lastField || lastPseudonym.isEmpty {
                lastField = field
                lastPseudonym = pseudonymiser.pseudonym(utf8: CSVWriter.value(ofField: field))
            }
            out.append(contentsOf: lastPseudonym)
            // The rest of the row: its other fields (quoted ones may hold line breaks), then the line break.
            var end = idEnd
            while end < bytes.count, bytes[end] == delimiter { end = writer.fieldEnd(in: bytes, from: end + 1) }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\r") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\n") { end += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[idEnd..<end]))
            start = max(end, idEnd + 1)
        }
    }
}

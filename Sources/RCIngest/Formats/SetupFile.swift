import Foundation
import RCSurvey

/// A survey tool's set-up file, as `--structure` or `--dictionary` name it: which kind it is
/// (by its first bytes, whatever its name), and its translation of a code export's variables
/// and codes (``SurveyXactDataset``).
///
/// - a LimeSurvey survey structure (`.lss`, XML): ``LimeSurveyStructure``;
/// - a Qualtrics survey file (`.qsf`, JSON): ``QualtricsSurveyFile``;
/// - a table: a REDCap data dictionary (``REDCap``) or a SurveyXact structure.
enum SetupFile {
    enum Kind: Equatable {
        case limeSurveyStructure
        case qualtricsSurvey
        case table
    }

    /// Set-up files larger than this are refused: a survey's structure is far smaller, and it is
    /// read into memory whole.
    static let maxBytes = 64 << 20

    /// What the file is, by its first character that is not white space (after a byte order
    /// mark): `<` XML, `{` JSON, anything else a table.
    static func kind(of path: String) -> Kind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .table }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let first = head[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return .table
        }
        switch first {
        case UInt8(ascii: "<"): return .limeSurveyStructure
        case UInt8(ascii: "{"): return .qualtricsSurvey
        default: return .table
        }
    }

    /// The translation a LimeSurvey or Qualtrics set-up file gives, read with `instrument`'s
    /// questions; nil when the file is a table (read by its own reader).
    static func translation(_ path: String, instrument: Instrument) throws -> SurveyXactDataset? {
        switch kind(of: path) {
        case .limeSurveyStructure: try LimeSurveyStructure.load(path, instrument: instrument)
        case .qualtricsSurvey: try QualtricsSurveyFile.load(path, instrument: instrument)
        case .table: nil
        }
    }

    /// The whole file.
    static func contents(of path: String) throws -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw IngestError(
                file: path,
                message: "the file is larger than \(maxBytes >> 20) MiB; no survey's set-up file is so large")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, message: "cannot read the file")
        }
        return [UInt8](data)
    }

    /// The 1-based line of the byte at `offset`.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(max(offset, 0), bytes.count)].lazy.filter { $0 == 0x0A }.count
    }
}

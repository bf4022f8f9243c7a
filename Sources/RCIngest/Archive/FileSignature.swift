/// What a file is, from its first bytes: a ZIP archive (an .xlsx workbook is one), an OLE
/// compound file (an old .xls workbook, or an .xlsx that Office encrypted with a password), or
/// anything else, read as text.
package enum FileSignature: Sendable, Equatable {
    /// Starts with a ZIP local file header, `PK\u{3}\u{4}`.
    case zip
    /// Starts with a ZIP end-of-central-directory record, `PK\u{5}\u{6}`: an archive with no files.
    case emptyZip
    /// Starts with the OLE compound file signature `D0 CF 11 E0 A1 B1 1A E1`.
    case ole
    /// Anything else: rckit reads it as CSV or text.
    case text

    /// The signature of a file that starts with `bytes` (the first 8 bytes are enough).
    package init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else if head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .emptyZip
        } else if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            self = .ole
        } else {
            self = .text
        }
    }

    /// Whether rckit reads the file as a ZIP archive.
    package var isZip: Bool { self == .zip || self == .emptyZip }
}

/// An OLE compound file (Microsoft's "structured storage"), which rckit does not read but
/// recognises to say what to do with it: Excel 97–2003 keeps .xls workbooks in one, and Office
/// keeps a password-protected .xlsx in one too, as the streams `EncryptionInfo` and
/// `EncryptedPackage`.
package enum OLECompoundFile {
    /// The stream name `EncryptedPackage` as a directory entry stores it (UTF-16LE).
    private static let encryptedPackage: [UInt8] = Array("EncryptedPackage".utf8).flatMap { [$0, 0] }

    /// Whether the compound file holds an encrypted Office document rather than an .xls
    /// workbook. It looks for the stream's name in the directory entries, wherever they are,
    /// without following the file's sector chains: enough to choose the message.
    package static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        let pattern = encryptedPackage
        guard bytes.count >= pattern.count, let first = pattern.first else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    /// The error for a compound file named `file`: a password-protected workbook, or an old
    /// binary workbook.
    package static func error(for bytes: [UInt8], file: String) -> ArchiveError {
        isEncryptedPackage(bytes) ? .passwordProtected(file) : .oldExcel(file)
    }
}

/// One file listed in a ZIP archive's central directory.
package struct ZipMember: Sendable, Equatable {
    /// The path inside the archive, e.g. `xl/worksheets/sheet1.xml` (UTF-8 when the archive
    /// says so, otherwise code page 437).
    package var name: String
    /// The compression method: 0 stored, 8 DEFLATE; rckit reads no other.
    package var method: Int
    /// The size of the compressed data.
    package var compressedSize: Int
    /// The size once unpacked, as declared.
    package var uncompressedSize: Int
    /// The CRC-32 of the unpacked data, as declared.
    package var crc32: UInt32
    /// Where the member's local header starts in the archive.
    package var localHeaderOffset: Int
    /// Whether the member is encrypted (general-purpose bit 0).
    package var isEncrypted: Bool

    /// The member's file name extension, lowercased, without the dot (`csv`), or "".
    package var pathExtension: String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
}

/// rckit's DEFLATE decoder driven as a worksheet is read, for the tests and fuzz-inflate, which
/// compare it with zlib (``ZlibReference``) (SPI `Testing`: not for apps).
@_spi(Testing) public enum DeflateBlocks {
    /// `compressed` decoded into blocks of `block` bytes after the last 32 KiB, its input read
    /// `inputRoom` bytes at a time; nil once the output passes `limit`. Throws the decoder's
    /// ``ArchiveError``.
    public static func decode(
        _ compressed: [UInt8], block: Int = 1 << 16, inputRoom: Int = 1 << 20, limit: Int = 1 << 24
    ) throws -> [UInt8]? {
        var fed = 0
        let decoder = DeflateDecoder(file: "svar.xlsx", member: "sheet1.xml", inputRoom: inputRoom) { buffer in
            let count = min(buffer.count, compressed.count - fed)
            compressed[fed..<fed + count].withUnsafeBytes { bytes in
                if let from = bytes.baseAddress { buffer.baseAddress?.copyMemory(from: from, byteCount: count) }
            }
            fed += count
            return count
        }
        let window = DeflateDecoder.window
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: window + block)
        defer { buffer.deallocate() }
        var output: [UInt8] = []
        while !decoder.isFinished {
            let history = min(output.count, window)
            output[(output.count - history)...].withUnsafeBufferPointer { bytes in
                if let from = bytes.baseAddress { (buffer + window - history).update(from: from, count: history) }
            }
            let count = try decoder.decode(into: buffer, from: window, to: window + block, history: history)
            output += UnsafeBufferPointer(start: buffer + window, count: count)
            if output.count > limit { return nil }
        }
        return output
    }
}

import CZlib

/// zlib's `inflate`, the reference rckit's own DEFLATE decoder (``DeflateDecoder``) is tested
/// and fuzzed against (SPI `Testing`: not for apps; rckit reads with its own decoder).
@_spi(Testing) public enum ZlibReference {
    /// zlib's reading of a raw DEFLATE stream: its bytes, or nil when zlib finds it damaged or
    /// cut off, or it unpacks to more than `limit` bytes.
    public static func inflate(_ compressed: [UInt8], limit: Int = 1 << 24) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { inflateEnd(&stream) }
        var input = compressed
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output += out[..<(out.count - Int(stream.avail_out))]
                    return status
                }
                if output.count > limit { return nil }
                if status == Z_STREAM_END { return output }
                if status != Z_OK { return nil }
            }
        }
    }
}

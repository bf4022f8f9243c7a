import CZlib

/// Writes a small ZIP archive in memory: what the tests and fuzz targets build workbooks and
/// archives with (members stored or deflated, no ZIP64, no encryption). rckit itself writes no
/// archives.
package struct ZipWriter: Sendable {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    package init() {}

    /// Adds the member `name` holding `contents`, deflated when `deflated` (else stored), with
    /// `declaredSize` written as its unpacked size when given (a lie, for testing) and
    /// `flags` as its general-purpose bits (bit 11, UTF-8 names, is always set).
    package mutating func add(
        _ name: String, _ contents: [UInt8], deflated: Bool = false,
        declaredSize: Int? = nil, flags: Int = 0
    ) {
        let data = deflated ? Self.deflate(contents) : contents
        add(
            name, compressed: data, method: deflated ? 8 : 0, size: declaredSize ?? contents.count,
            crc: Inflater.crc32(contents), flags: flags)
    }

    /// Adds the member `name` with `compressed` as its data, as it is.
    package mutating func add(
        _ name: String, compressed data: [UInt8], method: Int, size: Int, crc: UInt32, flags: Int = 0
    ) {
        let nameBytes = Array(name.utf8)
        let offset = body.count
        let common: [UInt8] =
            le(flags | 0x0800, 2) + le(method, 2) + le(0, 4) + le(Int(crc), 4)
            + le(data.count, 4) + le(size, 4) + le(nameBytes.count, 2) + le(0, 2)
        body += le(0x0403_4B50, 4) + le(20, 2) + common + nameBytes + data
        directory +=
            le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2)
            + le(0, 4) + le(offset, 4) + nameBytes
        count += 1
    }

    /// The archive.
    package var bytes: [UInt8] {
        body + directory + le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(count, 2) + le(count, 2)
            + le(directory.count, 4) + le(body.count, 4) + le(0, 2)
    }

    /// `bytes` as raw DEFLATE; unless `finish`, the stream is left open and byte-aligned (a
    /// sync flush), so that copies of it can be joined into one longer stream.
    package static func deflate(_ bytes: [UInt8], finish: Bool = true) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                _ = CZlib.deflate(&stream, finish ? Z_FINISH : Z_SYNC_FLUSH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    private func le(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

import CZlib

/// Unpacks one ZIP member: raw DEFLATE (method 8) through the system's zlib, or stored bytes
/// (method 0), within limits checked as the output grows.
///
/// The output grows in 64 KiB steps into an array; it is never allocated at a declared size,
/// so a member that claims, or turns out, to be gigabytes is refused having used a few
/// megabytes. Every zlib error becomes an ``ArchiveError`` (corrupt, or truncated when the
/// stream simply stops), never a trap.
package struct Inflater: Sendable {
    /// The file, for messages.
    package var file: String
    /// The member being unpacked, for messages.
    package var member: String
    /// The most bytes the output may have.
    package var maxOutput: Int
    /// The largest inflated-to-compressed ratio allowed once the output passes `ratioThreshold`.
    package var maxRatio: Int
    /// The output size from which `maxRatio` applies.
    package var ratioThreshold: Int

    /// An inflater for `member` of `file`, producing at most `maxOutput` bytes, with the ratio
    /// limits of `limits`.
    package init(file: String, member: String, maxOutput: Int, limits: ArchiveLimits = ArchiveLimits()) {
        self.file = file
        self.member = member
        self.maxOutput = maxOutput
        self.maxRatio = limits.maxRatio
        self.ratioThreshold = limits.ratioThreshold
    }

    private static let chunkSize = 64 << 10

    /// Inflates the raw DEFLATE stream `compressed` (no zlib or gzip wrapper). When
    /// `expectedSize` is given, the stream must produce exactly that many bytes.
    package func inflate(_ compressed: ArraySlice<UInt8>, expectedSize: Int? = nil) throws(ArchiveError) -> [UInt8] {
        let result = compressed.withUnsafeBufferPointer { input in
            inflate(input, expectedSize: expectedSize)
        }
        return try result.get()
    }

    /// Copies a stored member, within the same output limit.
    package func copyStored(_ stored: ArraySlice<UInt8>) throws(ArchiveError) -> [UInt8] {
        guard stored.count <= maxOutput else { throw tooLarge() }
        return Array(stored)
    }

    /// The CRC-32 of `bytes`, as ZIP records it.
    package static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc: uLong = 0
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let count = min(buffer.count - offset, 1 << 30)
                crc = CZlib.crc32(crc, base + offset, uInt(count))
                offset += count
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    private func inflate(_ input: UnsafeBufferPointer<UInt8>, expectedSize: Int?) -> Result<[UInt8], ArchiveError> {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(
                ArchiveError(
                    .unsupported, file: file, location: member,
                    message: "zlib could not start unpacking (out of memory?)"))
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(expectedSize ?? Self.chunkSize, 1 << 20, maxOutput))
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var fed = 0
        while true {
            if stream.avail_in == 0, fed < input.count, let base = input.baseAddress {
                let count = min(input.count - fed, 1 << 30)
                stream.next_in = UnsafeMutablePointer(mutating: base + fed)
                stream.avail_in = uInt(count)
                fed += count
            }
            let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = Self.chunkSize - Int(stream.avail_out)
            let total = output.count + produced
            if total > maxOutput { return .failure(tooLarge()) }
            if let expectedSize, total > expectedSize {
                return .failure(
                    .corrupt(file, member, "the member unpacks to more than its declared \(expectedSize) bytes"))
            }
            let consumed = fed - Int(stream.avail_in)
            if total > ratioThreshold, total / max(consumed, 1) > maxRatio { return .failure(tooLarge()) }
            output.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END:
                if let expectedSize, output.count != expectedSize {
                    return .failure(
                        .corrupt(
                            file, member,
                            "the member unpacks to \(output.count) bytes, not its declared \(expectedSize)"))
                }
                return .success(output)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0 && fed == input.count:
                return .failure(.truncated(file, member))
            default:
                return .failure(.corrupt(file, member, "the compressed data is damaged"))
            }
        }
    }

    private func tooLarge() -> ArchiveError {
        ArchiveError(
            .tooLarge, file: file, location: member,
            message: "unpacks to more than \(Self.mebibytes(maxOutput)) or at an implausible ratio "
                + "(a ZIP bomb?); rckit does not read it")
    }

    /// `n` bytes as a whole number of MiB, or bytes when under one.
    static func mebibytes(_ n: Int) -> String {
        n >= 1 << 20 ? "\(n >> 20) MiB" : "\(n) bytes"
    }
}

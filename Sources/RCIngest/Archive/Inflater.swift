import CZlib

/// Unpacks one ZIP member whole: raw DEFLATE (method 8) through rckit's decoder
/// (``DeflateDecoder``), or stored bytes (method 0), within limits checked as the output grows.
///
/// The output grows as it is made, doubling from at most a megabyte; it is never allocated at a
/// declared size, so a member that claims, or turns out, to be gigabytes is refused having used
/// a few megabytes. A damaged stream is an ``ArchiveError`` (corrupt, or truncated when the
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
        var fed = 0
        let decoder = DeflateDecoder(file: file, member: member, inputRoom: min(max(input.count, 1), 1 << 20)) {
            buffer in
            let count = min(buffer.count, input.count - fed)
            if count > 0, let from = input.baseAddress {
                buffer.baseAddress?.copyMemory(from: from + fed, byteCount: count)
            }
            fed += count
            return count
        }
        // The output grows as it is made, never allocated at a declared size nor much past the
        // limit; all of it is the history a match may refer back into.
        var room = min(expectedSize ?? Self.chunkSize, 1 << 20, maxOutput) + 2 * DeflateDecoder.longestMatch
        var output = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
        defer { output.deallocate() }
        var count = 0
        do throws(ArchiveError) {
            while !decoder.isFinished {
                if room - count < 2 * DeflateDecoder.longestMatch {
                    // Past the limit by a match or two at most (then refused below).
                    let cap = maxOutput < Int.max / 2 ? maxOutput + 4 * DeflateDecoder.longestMatch : Int.max
                    room = min(room * 2, cap)
                    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
                    grown.initialize(from: output, count: count)
                    output.deallocate()
                    output = grown
                }
                count += try decoder.decode(into: output, from: count, to: room, history: count)
                if count > maxOutput { throw tooLarge() }
                if let expectedSize, count > expectedSize {
                    throw .corrupt(file, member, "the member unpacks to more than its declared \(expectedSize) bytes")
                }
                if count > ratioThreshold, count / max(decoder.consumed, 1) > maxRatio { throw tooLarge() }
            }
        } catch {
            return .failure(error)
        }
        if let expectedSize, count != expectedSize {
            return .failure(
                .corrupt(file, member, "the member unpacks to \(count) bytes, not its declared \(expectedSize)"))
        }
        return .success(Array(UnsafeBufferPointer(start: output, count: count)))
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

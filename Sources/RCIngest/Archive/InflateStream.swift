import CZlib

/// One ZIP member unpacked a block at a time, never held whole: what a worksheet of a gigabyte
/// of XML is read through. The compressed bytes come from memory or, for an archive read from
/// its file, a megabyte at a time from the file.
///
/// A ZIP bomb is judged by the work it makes (``ArchiveLimits``): past ``ArchiveLimits/ratioThreshold``
/// the output may be at most ``ArchiveLimits/maxRatio`` times the compressed bytes read, in all
/// and within every ``ArchiveLimits/ratioWindow`` of output, so that the work done is bounded by
/// the file's size and the memory by the block. At the end the size and CRC-32 must be those
/// the directory declares.
package final class InflateStream {
    package let file: String
    package let member: ZipMember
    private let limits: ArchiveLimits
    private let source: ArchiveFile?
    /// Where the compressed bytes start in `source`.
    private let start: Int
    private var stream = z_stream()
    private var started = false
    private var finished = false
    /// The compressed bytes of an archive in memory (a copy: such archives are small), or room
    /// for a megabyte of them at a time from `source`.
    private let input: UnsafeMutableBufferPointer<UInt8>
    /// Compressed bytes handed to zlib so far, and inflated bytes made (``produced``).
    private var fed = 0
    package private(set) var produced = 0
    private var crc: uLong = 0
    /// Output and input at the start of the current ratio window.
    private var windowStart = (output: 0, input: 0)

    /// Whether the stream checks the CRC-32 itself (or its reader does: ``crc32(_:_:)``).
    private let checksCRC: Bool

    /// A stream of `member` of `archive`; without `checksCRC`, the reader must check the bytes'
    /// CRC-32 (``crc32(_:_:)``, ``crc32(combining:_:length:)``) against the member's.
    package init(_ archive: ZipArchive, member: ZipMember, checksCRC: Bool = true) throws(ArchiveError) {
        file = archive.file
        self.checksCRC = checksCRC
        self.member = member
        limits = archive.limits
        if member.isEncrypted {
            throw ArchiveError(
                .encrypted, file: file, location: member.name,
                message:
                    "the file is password-protected in the archive; unpack it with its password and use the file itself"
            )
        }
        guard member.method == 0 || member.method == 8 else {
            throw ArchiveError(
                .unsupported, file: file, location: member.name,
                message: "compressed with method \(member.method), which rckit does not read (only stored "
                    + "and DEFLATE); unpack the archive and use the file itself")
        }
        source = archive.source
        if let source = archive.source {
            start = try archive.compressedStart(of: member)
            guard start <= source.size, member.compressedSize <= source.size - start else {
                throw .truncated(file, member.name)
            }
            input = .allocate(capacity: max(1, min(1 << 20, member.compressedSize)))
        } else {
            start = 0
            let data = try archive.compressedData(of: member)
            input = .allocate(capacity: max(1, data.count))
            _ = input.initialize(from: data)
        }
    }

    deinit {
        if started { inflateEnd(&stream) }
        input.deallocate()
    }

    /// How many compressed bytes of the member have been read.
    package var consumed: Int { fed - Int(stream.avail_in) }

    /// Fills `buffer` with the next unpacked bytes and returns how many (fewer only at the end);
    /// 0 once the member is done, its size and checksum checked.
    package func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(ArchiveError) -> Int {
        guard !finished, let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let count = member.method == 0 ? try copyStored(into: buffer) : try inflate(into: out, count: buffer.count)
        if checksCRC { crc = CZlib.crc32(crc, out, uInt(count)) }
        produced += count
        if produced > member.uncompressedSize {
            throw .corrupt(
                file, member.name, "the member unpacks to more than its declared \(member.uncompressedSize) bytes")
        }
        try checkRatio()
        if finished {
            guard produced == member.uncompressedSize else {
                throw .corrupt(
                    file, member.name,
                    "the member unpacks to \(produced) bytes, not its declared \(member.uncompressedSize)")
            }
            guard !checksCRC || UInt32(truncatingIfNeeded: crc) == member.crc32 else {
                throw .corrupt(file, member.name, "the file's checksum (CRC-32) does not match")
            }
        }
        return count
    }

    /// The CRC-32 of `bytes`.
    package static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        return UInt32(truncatingIfNeeded: CZlib.crc32(0, base, uInt(bytes.count)))
    }

    /// The CRC-32 of bytes whose first part has `first` and whose last `length` bytes have
    /// `second` (so that blocks can be checked on different threads).
    package static func crc32(combining first: UInt32, _ second: UInt32, length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: crc32_combine(uLong(first), uLong(second), off_t(length)))
    }

    private func copyStored(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(ArchiveError) -> Int {
        let count = min(buffer.count, member.compressedSize - fed)
        if let source {
            let read = source.read(
                at: start + fed,
                into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[..<count])))
            guard read == count else { throw .truncated(file, member.name) }
        } else if let from = input.baseAddress, let to = buffer.baseAddress {
            to.update(from: from + fed, count: count)
        }
        fed += count
        if fed == member.compressedSize { finished = true }
        return count
    }

    private func inflate(into out: UnsafeMutablePointer<UInt8>, count: Int) throws(ArchiveError) -> Int {
        if !started {
            guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw ArchiveError(
                    .unsupported, file: file, location: member.name,
                    message: "zlib could not start unpacking (out of memory?)")
            }
            started = true
        }
        stream.next_out = out
        stream.avail_out = uInt(count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0, fed < member.compressedSize { try refill() }
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_STREAM_END:
                finished = true
                return count - Int(stream.avail_out)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0 && fed == member.compressedSize:
                throw .truncated(file, member.name)
            default:
                throw .corrupt(file, member.name, "the compressed data is damaged")
            }
        }
        return count
    }

    /// Hands zlib the next compressed bytes.
    private func refill() throws(ArchiveError) {
        if let source {
            let count = min(input.count, member.compressedSize - fed)
            let read = source.read(
                at: start + fed,
                into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: input[..<count])))
            guard read == count else { throw .truncated(file, member.name) }
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(count)
            fed += count
        } else {
            let count = min(member.compressedSize - fed, 1 << 30)
            stream.next_in = input.baseAddress.map { $0 + fed }
            stream.avail_in = uInt(count)
            fed += count
        }
    }

    private func checkRatio() throws(ArchiveError) {
        let input = max(consumed, 1)
        if produced > limits.ratioThreshold, produced / input > limits.maxRatio { throw bomb() }
        if produced - windowStart.output >= limits.ratioWindow {
            let window = produced - windowStart.output
            if window / max(input - windowStart.input, 1) > limits.maxRatio { throw bomb() }
            windowStart = (produced, input)
        }
    }

    private func bomb() -> ArchiveError {
        ArchiveError(
            .tooLarge, file: file, location: member.name,
            message: "unpacks at more than \(limits.maxRatio) times its compressed size, "
                + "which no real export does (a ZIP bomb?); rckit does not read it")
    }
}

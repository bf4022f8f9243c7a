import CZlib

/// One ZIP member unpacked a block at a time, never held whole: what a worksheet of a gigabyte
/// of XML is read through. The compressed bytes come from memory or, for an archive read from
/// its file, a megabyte at a time from the file, and are decoded by rckit's own DEFLATE decoder
/// (``DeflateDecoder``), which keeps the last 32 KiB of output between blocks.
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
    /// The compressed bytes of an archive in memory (a copy: such archives are small).
    private let inMemory: [UInt8]
    /// The decoder of a deflated member.
    private var decoder: DeflateDecoder?
    private var finished = false
    /// Compressed bytes read (of a deflated member, those the decoder has used), and inflated
    /// bytes made (``produced``).
    private var fed = 0
    package private(set) var produced = 0
    private var crc: uLong = 0
    /// Output and input at the start of the current ratio window.
    private var windowStart = (output: 0, input: 0)
    /// The last bytes unpacked (up to ``DeflateDecoder/window``), which the next block's
    /// matches may refer back into.
    private let history: UnsafeMutablePointer<UInt8>
    private var historyCount = 0

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
            inMemory = []
        } else {
            start = 0
            inMemory = Array(try archive.compressedData(of: member))
        }
        history = .allocate(capacity: DeflateDecoder.window)
        if member.method == 8 {
            decoder = DeflateDecoder(
                file: file, member: member.name, inputRoom: max(1, min(1 << 20, member.compressedSize)),
                source: { [unowned self] buffer throws(ArchiveError) in try readCompressed(into: buffer) })
        }
    }

    deinit {
        history.deallocate()
    }

    /// How many compressed bytes of the member have been used.
    package var consumed: Int { decoder?.consumed ?? fed }

    /// Unpacks the next bytes into `buffer[start...]` and returns how many (0 only once the
    /// member is done, its size and checksum checked). `start` must leave room before them for
    /// the last ``DeflateDecoder/window`` bytes, which a match may refer back into, and there must
    /// be room for at least ``DeflateDecoder/longestMatch`` bytes after it; the call may stop that
    /// many bytes short of the end.
    package func read(into buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) throws(ArchiveError) -> Int {
        precondition(
            start >= DeflateDecoder.window && buffer.count - start >= DeflateDecoder.longestMatch,
            "room for the history and a match")
        guard !finished, let base = buffer.baseAddress else { return 0 }
        let count: Int
        if let decoder {
            (base + start - historyCount).update(from: history, count: historyCount)
            count = try decoder.decode(into: base, from: start, to: buffer.count, history: historyCount)
            let keep = min(historyCount + count, DeflateDecoder.window)
            history.update(from: base + start + count - keep, count: keep)
            historyCount = keep
            finished = decoder.isFinished
        } else {
            count = min(buffer.count - start, member.compressedSize - fed)
            let read = try readCompressed(
                into: UnsafeMutableRawBufferPointer(start: base + start, count: count))
            guard read == count else { throw .truncated(file, member.name) }
            finished = fed == member.compressedSize
        }
        let out = base + start
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

    /// Reads the next compressed bytes into `buffer` (as many as fit and are left); how many.
    private func readCompressed(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
        let count = min(buffer.count, member.compressedSize - fed)
        guard count > 0 else { return 0 }
        if let source {
            let read = source.read(at: start + fed, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count]))
            guard read == count else { throw .truncated(file, member.name) }
        } else {
            inMemory.withUnsafeBytes { bytes in
                buffer.baseAddress?.copyMemory(from: bytes.baseAddress! + fed, byteCount: count)
            }
        }
        fed += count
        return count
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

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An archive read where it lies on disk, by offset, rather than whole into memory: a workbook of
/// 100 MB is a few directory entries and one large sheet, which is unpacked as it streams past.
final class ArchiveFile: @unchecked Sendable {
    /// The open file (read only; closed when this goes).
    private let descriptor: Int32
    /// Its size when opened.
    let size: Int

    /// Opens `path` for reading; nil when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// The `count` bytes at `offset`; nil when the file does not hold them all.
    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
        var result = [UInt8](repeating: 0, count: count)
        let read = result.withUnsafeMutableBytes { bytes in self.read(at: offset, into: bytes) }
        return read == count ? result : nil
    }

    /// Reads from `offset` into `buffer` until it is full or the file ends; returns how many
    /// bytes were read.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var done = 0
        while done < buffer.count, let base = buffer.baseAddress {
            let n = pread(descriptor, base + done, buffer.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        return done
    }
}

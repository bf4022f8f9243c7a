import Foundation

/// Where a command writes text: the terminal, a file, or memory in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    func flush()
    /// The error number of the first write that failed (a full disk, a closed stream), if any:
    /// what was written after it is lost, and the command must fail.
    var writeError: Int32? { get }
}

extension TextOutput {
    /// Never: an output that cannot fail.
    public var writeError: Int32? { nil }

    /// Writes out what is buffered and throws if any write failed; `name` says what the output
    /// is in the message (a file's path, or "standard output").
    func finish(naming name: String) throws(CommandError) {
        flush()
        guard let code = writeError else { return }
        throw CommandError(file: name, message: "cannot write (\(String(cString: strerror(code))))")
    }
}

/// Collects everything written, for tests and for rendering into a string.
public final class MemoryOutput: TextOutput {
    /// Everything written so far.
    public private(set) var text = ""
    /// An empty output.
    public init() {}
    /// Keeps `text`.
    public func write(_ text: String) { self.text += text }
    /// Nothing to write out.
    public func flush() {}
}

/// A buffered writer on a file descriptor (standard output, standard error or a file).
public final class FileDescriptorOutput: TextOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// The first write error, if any (e.g. a full disk); later writes are dropped.
    public private(set) var writeError: Int32?
    /// With ``startWriteback(every:)``: bytes written so far, and how far the disk was asked to
    /// start writing them.
    private var bytesWritten = 0
    private var writebackStep: Int?
    private var writebackFrom = 0
    /// Where the range asked for last time starts: asked again a step later, when it has most
    /// likely been written, its pages are dropped from the cache.
    private var dropFrom = 0

    /// A writer on `descriptor`, buffering up to `capacity` bytes between writes.
    public init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// For a large file that will be synced before it is used (``AtomicFile``): asks the system
    /// to start writing every `step` bytes to disk as they are written, so that the sync at the
    /// end waits for little, and a step later to drop them from the page cache (Linux;
    /// `posix_fadvise` with `POSIX_FADV_DONTNEED` starts writeback of a range's dirty pages and
    /// drops its clean ones). The writer never reads them again, and a file left with few pages
    /// in the cache is quick to replace: renaming over a file frees its cached pages on the spot.
    func startWriteback(every step: Int) {
        writebackStep = step
    }

    /// Throws away what is buffered and writes nothing more, for a descriptor about to be
    /// closed: a later flush must not write into whatever file reuses its number.
    func abandon() {
        buffer = []
        writeError = writeError ?? EBADF
    }

    /// Writes `text` as UTF-8, buffered.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes `bytes`, buffered.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    /// Writes `bytes` after what is buffered, without copying them when they fill a buffer.
    package func write(raw bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= capacity else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= capacity { flush() }
            return
        }
        flush()
        writeAll(bytes)
    }

    /// Writes out what is buffered; a failure is kept in ``writeError``.
    public func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        buffer.withUnsafeBytes { writeAll($0) }
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        guard writeError == nil, let base = raw.baseAddress else { return }
        var offset = 0
        while offset < raw.count {
            let written = Foundation.write(descriptor, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                writeError = errno
                return
            }
            offset += written
        }
        bytesWritten += raw.count
        #if os(Linux)
            if let step = writebackStep, bytesWritten - writebackFrom >= step {
                _ = posix_fadvise(
                    descriptor, off_t(writebackFrom), off_t(bytesWritten - writebackFrom), POSIX_FADV_DONTNEED)
                if dropFrom < writebackFrom {
                    _ = posix_fadvise(descriptor, off_t(dropFrom), off_t(writebackFrom - dropFrom), POSIX_FADV_DONTNEED)
                }
                dropFrom = writebackFrom
                writebackFrom = bytesWritten
            }
        #endif
    }
}

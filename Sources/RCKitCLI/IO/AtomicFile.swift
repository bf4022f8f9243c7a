import Foundation

/// A file written in full or not at all: text goes to a temporary file beside the target,
/// which replaces the target only on `commit()`. A run that fails half-way leaves the
/// previous file untouched and no partial file behind.
public final class AtomicFile: TextOutput {
    public let path: String
    private let temporaryPath: String
    private let output: FileDescriptorOutput
    private let descriptor: Int32
    private var finished = false

    /// Opens a temporary file beside `path`. Throws `CommandError` when the folder is not writable.
    public init(path: String) throws(CommandError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError(file: path, message: "cannot write the file: the folder \(directory) does not exist")
        }
        var template = Array((directory + "/." + url.lastPathComponent + ".rckit-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw CommandError(file: path, message: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        descriptor = fd
        output = FileDescriptorOutput(descriptor: fd, capacity: 1 << 20)
        // The file is synced before it replaces the target: its disk writes start on the way.
        output.startWriteback(every: 16 << 20)
    }

    deinit { if !finished { discard() } }

    public func write(_ text: String) { output.write(text) }
    public func write(bytes: [UInt8]) { output.write(bytes: bytes) }
    package func write(raw bytes: UnsafeRawBufferPointer) { output.write(raw: bytes) }
    public func flush() { output.flush() }

    /// Makes the file appear under its name, replacing any previous file.
    public func commit() throws(CommandError) {
        guard !finished else { return }
        finished = true
        output.flush()
        if let code = output.writeError {
            close(descriptor)
            unlink(temporaryPath)
            throw CommandError(file: path, message: "cannot write the file (\(String(cString: strerror(code))))")
        }
        // Files are readable like any other the user creates (mkstemp makes them private).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CommandError(file: path, message: "cannot write the file (\(reason))")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CommandError(file: path, message: "cannot write the file (\(reason))")
        }
    }

    /// Throws the written text away; the target is left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        output.abandon()
        close(descriptor)
        unlink(temporaryPath)
    }
}

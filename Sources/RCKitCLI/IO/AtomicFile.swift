import Foundation

/// A file written in full or not at all: text goes to a temporary file beside the target,
/// which replaces the target only on `commit()`. A run that fails half-way, or a signal that
/// ends it (``TemporaryFiles``), leaves the previous file untouched and no partial file behind.
///
/// What is replaced is only ever a regular file: an existing target that is a folder, a FIFO,
/// a device or a socket is refused (exit status 1) and left alone. A symbolic link is written
/// through: the file it points to is replaced, and the link stays (a link to nothing is
/// refused). A file replaced keeps its permissions (and, where rckit may set them, its owner
/// and group); a new file gets the permissions the umask gives any new file.
public final class AtomicFile: TextOutput {
    /// The path as given (for messages).
    public let path: String
    /// Where the file goes: `path`, or the file a symbolic link at `path` points to.
    private let target: String
    private let temporaryPath: String
    private let output: FileDescriptorOutput
    private let descriptor: Int32
    /// The slot of the temporary file in the list removed on a signal.
    private let slot: TemporaryFiles.Slot?
    private var finished = false

    /// Opens a temporary file beside `path` (or beside the file a link at `path` points to).
    /// Throws `CommandError` when the folder is not writable or the target is not a regular file.
    public init(path: String) throws(CommandError) {
        self.path = path
        target = try AtomicFile.target(of: path)
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError(file: path, message: "cannot write the file: the folder \(directory) does not exist")
        }
        // Listed for removal before it is created, so that no signal can come in between (on
        // whichever thread it is handled); a name taken already is tried again with another.
        var attempt = 0
        while true {
            let candidate = directory + "/." + url.lastPathComponent + ".rckit-" + AtomicFile.randomSuffix()
            let listed = TemporaryFiles.shared.register(candidate)
            let fd = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 {
                temporaryPath = candidate
                slot = listed
                descriptor = fd
                break
            }
            let code = errno
            TemporaryFiles.shared.unregister(listed)
            attempt += 1
            guard code == EEXIST, attempt < 100 else {
                throw CommandError(file: path, message: "cannot write the file (\(String(cString: strerror(code))))")
            }
        }
        output = FileDescriptorOutput(descriptor: descriptor, capacity: 1 << 20)
        // The file is synced before it replaces the target: its disk writes start on the way.
        output.startWriteback(every: 16 << 20)
    }

    deinit { if !finished { discard() } }

    /// Writes `text` to the temporary file.
    public func write(_ text: String) { output.write(text) }
    /// Writes `bytes` to the temporary file.
    public func write(bytes: [UInt8]) { output.write(bytes: bytes) }
    package func write(raw bytes: UnsafeRawBufferPointer) { output.write(raw: bytes) }
    /// Writes out what is buffered.
    public func flush() { output.flush() }
    /// The error number of the first write that failed, if any.
    public var writeError: Int32? { output.writeError }

    /// Makes the file appear under its name, replacing any previous file.
    public func commit() throws(CommandError) {
        guard !finished else { return }
        finished = true
        defer { TemporaryFiles.shared.unregister(slot) }
        output.flush()
        if let code = output.writeError {
            close(descriptor)
            unlink(temporaryPath)
            throw CommandError(file: path, message: "cannot write the file (\(String(cString: strerror(code))))")
        }
        keepPermissions()
        // Synced (EINVAL: a file that cannot be, such as a pipe's) and closed — closed also
        // when the sync failed, so that no descriptor is left open.
        var failure: Int32?
        if fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporaryPath)
            throw CommandError(file: path, message: "cannot write the file (\(String(cString: strerror(failure))))")
        }
        guard rename(temporaryPath, target) == 0 else {
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
        TemporaryFiles.shared.unregister(slot)
    }

    /// Gives the temporary file the permissions (owner and group where allowed) of the file it
    /// replaces, or those of a new file (mkstemp makes it private).
    private func keepPermissions() {
        var info = stat()
        if stat(target, &info) == 0 {
            _ = fchown(descriptor, info.st_uid, info.st_gid)
            fchmod(descriptor, info.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
    }

    /// Six random letters and digits for a temporary file's name.
    private static func randomSuffix() -> String {
        let characters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in characters[Int(generator.next(upperBound: UInt64(characters.count)))] })
    }

    /// The file to replace for `path`: `path` itself, or what a symbolic link there points to;
    /// an existing target must be a regular file.
    static func target(of path: String) throws(CommandError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }  // a new file
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw CommandError(
                    file: path, message: "is a symbolic link to a file that does not exist; give the file itself")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { return target }
        }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return target
        case S_IFDIR: kind = "a folder, not a file"
        case S_IFIFO: kind = "a FIFO (named pipe), not a regular file"
        case S_IFCHR, S_IFBLK: kind = "a device, not a regular file"
        case S_IFSOCK: kind = "a socket, not a regular file"
        default: kind = "not a regular file"
        }
        throw CommandError(file: path, message: "is \(kind); rckit writes only regular files and left it as it was")
    }
}

import Foundation

/// The temporary files ``AtomicFile``s are writing, removed when a signal — SIGINT (Ctrl-C),
/// SIGTERM, SIGHUP, or SIGPIPE from a closed pipe — ends the process before they replace their
/// targets: the previous outputs stay as they were and no `.name.rckit-XXXXXX` is left behind.
///
/// A signal handler may do almost nothing safely, so the paths live in a fixed table of C
/// strings allocated once: registering writes a path's bytes and then its first byte, the
/// handler unlinks every path whose first byte is set, then lets the signal end the process as
/// it would have (its default action, raised again). Only ``RCKit/main()`` installs the
/// handlers; in-process callers (tests, apps) keep their own.
final class TemporaryFiles: @unchecked Sendable {
    /// One file's place in the table.
    struct Slot: Sendable {
        fileprivate let index: Int
    }

    static let shared = TemporaryFiles()

    /// How many files can be open at once (a command writes at most two) and how long a path may be.
    private static let slotCount = 16
    private static let pathCapacity = 4_096
    /// `slotCount` NUL-terminated paths; a slot is free when its first byte is 0.
    private let table: UnsafeMutablePointer<CChar>
    private let lock = NSLock()

    private init() {
        table = .allocate(capacity: Self.slotCount * Self.pathCapacity)
        table.initialize(repeating: 0, count: Self.slotCount * Self.pathCapacity)
    }

    /// Adds `path` to the files removed on a signal; nil when it cannot be (too long a path, or
    /// the table full), in which case the file is still removed on every other way out.
    func register(_ path: String) -> Slot? {
        let bytes = Array(path.utf8CString)
        guard bytes.count <= Self.pathCapacity, let first = bytes.first, first != 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        for index in 0..<Self.slotCount where table[index * Self.pathCapacity] == 0 {
            let entry = table + index * Self.pathCapacity
            // The rest first, the first byte last: a handler sees a whole path or none.
            bytes.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress { (entry + 1).update(from: base + 1, count: bytes.count - 1) }
            }
            entry.pointee = first
            return Slot(index: index)
        }
        return nil
    }

    /// Takes a file off the list (it was renamed into place or removed).
    func unregister(_ slot: Slot?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        table[slot.index * Self.pathCapacity] = 0
    }

    /// Removes every listed file; called from a signal handler, so it only reads the table and
    /// calls unlink(2).
    fileprivate func removeAll() {
        for index in 0..<Self.slotCount where table[index * Self.pathCapacity] != 0 {
            unlink(table + index * Self.pathCapacity)
        }
    }

    /// The signals after which the listed files are removed.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Installs the handlers that remove the listed files when one of ``signals`` arrives, then
    /// end the process by that signal, as it would have ended without them. A signal the process
    /// was started ignoring (SIGHUP under `nohup`, say) stays ignored; one it was started with
    /// blocked (a mask inherited from the thread that started it, as Foundation's `Process`
    /// passes on) is unblocked, so that it ends the process when it comes, not at its end.
    static func removeOnSignals() {
        _ = shared  // made before any handler can run
        let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in signals {
            let previous = Foundation.signal(signal, handleSignal)
            if let previous, unsafeBitCast(previous, to: Int.self) == ignore {
                _ = Foundation.signal(signal, SIG_IGN)
            } else {
                sigaddset(&handled, signal)
            }
        }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }
}

/// Removes the temporary files, then lets `signal` do what it does by default.
private func handleSignal(_ signal: Int32) {
    TemporaryFiles.shared.removeAll()
    _ = Foundation.signal(signal, SIG_DFL)
    raise(signal)
}

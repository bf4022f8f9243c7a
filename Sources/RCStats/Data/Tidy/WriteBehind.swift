import Foundation

/// A block of bytes on its way to a file, owned by whoever holds it.
struct ByteChunk {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Makes it hold at least `capacity` bytes (what it held is dropped).
    mutating func grow(to capacity: Int) {
        guard capacity > self.capacity else { return }
        base.deallocate()
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    func deallocate() { base.deallocate() }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}

/// Writes chunks of bytes on a thread of its own, so that whoever makes them goes on with the
/// next while the kernel copies the last into the file: `import` makes its rows on the calling
/// thread and the disk's side of writing them (the system call, the page cache, starting the
/// writeback) happens beside it. At most `depth` chunks are on their way, so memory stays flat.
///
/// The chunks reach `write` in the order they were handed, all on the writing thread; after
/// ``finish()`` returns, every chunk handed has been written and the thread is gone.
final class WriteBehind: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queued: [ByteChunk] = []
    private var spare: [ByteChunk] = []
    private var closing = false
    private var threadDone = false
    private let write: (UnsafeRawBufferPointer) -> Void

    /// `depth` chunks of `chunkSize` bytes take turns; `write` is called on the writing thread.
    init(chunkSize: Int, depth: Int = 3, write: @escaping (UnsafeRawBufferPointer) -> Void) {
        precondition(depth >= 2 && chunkSize > 0, "two chunks at least: one filled while one is written")
        self.write = write
        spare = (0..<depth).map { _ in ByteChunk(capacity: chunkSize) }
        let thread = Thread { [self] in writeAll() }
        thread.name = "rckit writer"
        thread.start()
    }

    deinit {
        for chunk in spare + queued { chunk.deallocate() }
    }

    /// An empty chunk to fill, waiting while every chunk is on its way.
    func take() -> ByteChunk {
        condition.lock()
        defer { condition.unlock() }
        while spare.isEmpty { condition.wait() }
        var chunk = spare.removeLast()
        chunk.count = 0
        return chunk
    }

    /// Hands a filled chunk to the writing thread (an empty one goes back to the spares).
    func hand(_ chunk: ByteChunk) {
        condition.lock()
        defer { condition.unlock() }
        if chunk.count == 0 {
            spare.append(chunk)
        } else {
            precondition(!closing, "no rows after finish()")
            queued.append(chunk)
        }
        condition.broadcast()
    }

    /// Waits until every chunk handed has been written, and ends the writing thread.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        closing = true
        condition.broadcast()
        while !threadDone { condition.wait() }
    }

    /// The writing thread: the queued chunks in order, until ``finish()`` and none is left.
    private func writeAll() {
        condition.lock()
        while true {
            while queued.isEmpty, !closing { condition.wait() }
            guard !queued.isEmpty else { break }
            let chunk = queued.removeFirst()
            condition.unlock()
            write(chunk.bytes)
            condition.lock()
            spare.append(chunk)
            condition.broadcast()
        }
        threadDone = true
        condition.broadcast()
        condition.unlock()
    }
}

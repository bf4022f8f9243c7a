/// Where rows go: written at once by a function, or handed a chunk at a time to a thread that
/// writes them (``WriteBehind``) while the next chunk is filled.
enum RowOutput {
    case direct((UnsafeRawBufferPointer) -> Void)
    case behind(WriteBehind)
}

/// Rows on their way out: a chunk filled through a pointer and handed over when full.
final class RowBuffer {
    private var chunk: ByteChunk
    private let output: RowOutput

    init(capacity: Int, output: RowOutput) {
        self.output = output
        switch output {
        case .direct: chunk = ByteChunk(capacity: capacity)
        case let .behind(writer): chunk = writer.take()
        }
    }

    deinit {
        switch output {
        case .direct: chunk.deallocate()
        case let .behind(writer):
            chunk.count = 0
            writer.hand(chunk)
        }
    }

    /// Makes room for `bytes` more, handing over what is held when it is full.
    @inline(__always)
    func reserve(_ bytes: Int) {
        if chunk.count + bytes > chunk.capacity { makeRoom(bytes) }
    }

    @inline(never)
    private func makeRoom(_ bytes: Int) {
        drain()
        if bytes > chunk.capacity { chunk.grow(to: bytes) }
    }

    /// Appends bytes there is room for (``reserve(_:)``).
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        precondition(chunk.count + bytes.count <= chunk.capacity, "room reserved")
        (chunk.base + chunk.count).update(from: source, count: bytes.count)
        chunk.count += bytes.count
    }

    func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        let array = Array(bytes)
        reserve(array.count)
        array.withUnsafeBufferPointer { append($0) }
    }

    /// Lets `body` write up to `most` bytes (and ``TidyRowSink/spare`` past them, which are not kept) at the end;
    /// it returns how many it wrote.
    @inline(__always)
    func write(_ most: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(most + TidyRowSink.spare)
        let written = body(chunk.base + chunk.count)
        precondition(written <= most, "wrote what was reserved")
        chunk.count += written
    }

    /// Hands over what is held.
    func drain() {
        guard chunk.count > 0 else { return }
        switch output {
        case let .direct(write):
            write(chunk.bytes)
            chunk.count = 0
        case let .behind(writer):
            writer.hand(chunk)
            chunk = writer.take()
        }
    }
}

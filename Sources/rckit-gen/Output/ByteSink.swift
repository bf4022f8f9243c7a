import Foundation

/// Streams bytes to a file descriptor through one large buffer, so that multi-gigabyte
/// outputs are never held in memory and reach the disk in blocks of `capacity` bytes.
///
/// Writers reserve room for a whole record with `reserve(_:)` and then append without
/// further checks.
final class ByteSink {
    let capacity: Int
    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// Bytes handed to the descriptor so far.
    private(set) var written: Int64 = 0
    /// The first write error (an errno value), after which nothing more is written.
    private(set) var failure: Int32?

    init(descriptor: Int32, capacity: Int = 4 << 20) {
        self.descriptor = descriptor
        self.capacity = max(capacity, 1 << 16)
        self.buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// Makes room for `byteCount` more bytes, flushing first when the buffer is too full.
    @inline(__always)
    func reserve(_ byteCount: Int) {
        if count + byteCount > capacity { flush() }
        precondition(byteCount <= capacity, "a record larger than the output buffer")
    }

    /// Where the next byte goes; valid until the next `reserve` or `flush`.
    @inline(__always)
    var cursor: UnsafeMutablePointer<UInt8> { buffer + count }

    /// Records that `byteCount` bytes were written at `cursor`.
    @inline(__always)
    func advance(_ byteCount: Int) { count += byteCount }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (buffer + count).update(from: base, count: bytes.count) }
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    func append(_ text: String) {
        append(Array(text.utf8))
    }

    /// Hands the buffered bytes to the descriptor.
    func flush() {
        defer { count = 0 }
        guard failure == nil else { return }
        var offset = 0
        while offset < count {
            let result = write(descriptor, buffer + offset, count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += result
        }
        written += Int64(count)
    }
}

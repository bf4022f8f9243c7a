import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the tokenizer's bytes come from: a file read block by block, or bytes in memory.
///
/// Bytes already read for sniffing are served first, so the file is read once, front to back.
struct ByteSource: Sendable {
    private var prefix: [UInt8] = []
    private var prefixPosition = 0
    private let handle: FileHandle?
    private let file: String
    private(set) var isExhausted = false

    /// A source over bytes in memory.
    init(bytes: [UInt8], file: String) {
        self.prefix = bytes
        self.handle = nil
        self.file = file
    }

    /// A source over the file at `path`, read block by block.
    init(path: String) throws(CSVError) {
        self.file = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError(.unreadable, file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CSVError(.unreadable, file: path, message: "is a folder, not a CSV file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError(.unreadable, file: path, message: "cannot be opened for reading")
        }
        self.handle = handle
    }

    /// Reads up to `count` bytes, replacing the contents of `buffer`; an empty buffer means the end.
    mutating func read(upTo count: Int, into buffer: inout [UInt8]) throws(CSVError) {
        buffer.removeAll(keepingCapacity: true)
        if prefixPosition < prefix.count {
            let end = min(prefix.count, prefixPosition + count)
            buffer.append(contentsOf: prefix[prefixPosition..<end])
            prefixPosition = end
            if prefixPosition == prefix.count {
                prefix = []
                prefixPosition = 0
            }
            return
        }
        guard let handle, !isExhausted, count > 0 else {
            isExhausted = true
            return
        }
        // A new buffer, filled by read(2) without being zeroed first (the old one may still
        // be shared with records read from it; the allocator hands its memory back soon enough).
        var got = 0
        buffer = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
            got = storage.baseAddress.map { ByteSource.read(handle.fileDescriptor, into: $0, count: count) } ?? 0
            initialized = max(0, got)
        }
        try ByteSource.check(got, file: file)
        if buffer.isEmpty { isExhausted = true }
    }

    /// Appends up to `count` bytes read with read(2) straight into `buffer`'s storage (no
    /// `Data` in between); returns how many (0 at the end of the file).
    private static func read(
        _ descriptor: Int32, upTo count: Int, appendingTo buffer: inout [UInt8],
        file: String
    ) throws(CSVError) -> Int {
        guard count > 0 else { return 0 }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let got = buffer.withUnsafeMutableBytes { bytes in
            bytes.baseAddress.map { ByteSource.read(descriptor, into: $0 + start, count: count) } ?? 0
        }
        buffer.removeLast(count - max(0, got))
        try check(got, file: file)
        return got
    }

    /// read(2) of up to `count` bytes into `memory`, again when interrupted: how many were read
    /// (0 at the end of the file), or minus the error number.
    private static func read(_ descriptor: Int32, into memory: UnsafeMutableRawPointer, count: Int) -> Int {
        while true {
            let n = systemRead(descriptor, memory, count)
            if n >= 0 { return n }
            if errno != EINTR { return -Int(errno) }
        }
    }

    /// Throws for a failed read (see ``read(_:into:count:)``).
    private static func check(_ got: Int, file: String) throws(CSVError) {
        guard got < 0 else { return }
        throw CSVError(.unreadable, file: file, message: "could not be read: \(String(cString: strerror(Int32(-got))))")
    }

    /// The first `count` bytes (fewer at the end of the file), read but not consumed.
    /// Call before any `read`.
    /// `isWholeFile` tells whether these are all the bytes there are.
    mutating func peek(_ count: Int) throws(CSVError) -> (bytes: [UInt8], isWholeFile: Bool) {
        if let handle, !isExhausted {
            while prefix.count < count {
                if try ByteSource.read(
                    handle.fileDescriptor, upTo: count - prefix.count, appendingTo: &prefix, file: file) == 0
                {
                    isExhausted = true
                    break
                }
            }
        }
        let end = min(prefix.count, prefixPosition + count)
        let isWholeFile = end == prefix.count && (handle == nil || isExhausted)
        return (Array(prefix[prefixPosition..<end]), isWholeFile)
    }

    /// Skips `count` bytes already peeked (a byte order mark).
    mutating func skip(_ count: Int) {
        prefixPosition = min(prefix.count, prefixPosition + count)
    }
}

/// read(2) under the name the platform's C library gives it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}

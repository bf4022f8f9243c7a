import Foundation

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
        guard let handle, !isExhausted else {
            isExhausted = true
            return
        }
        do {
            if let data = try handle.read(upToCount: count), !data.isEmpty {
                buffer.append(contentsOf: data)
            } else {
                isExhausted = true
            }
        } catch {
            throw CSVError(.unreadable, file: file, message: "could not be read: \(error.localizedDescription)")
        }
    }

    /// The first `count` bytes (fewer at the end of the file), read but not consumed.
    /// Call before any `read`.
    /// `isWholeFile` tells whether these are all the bytes there are.
    mutating func peek(_ count: Int) throws(CSVError) -> (bytes: [UInt8], isWholeFile: Bool) {
        if let handle, !isExhausted {
            while prefix.count < count {
                let data: Data?
                do {
                    data = try handle.read(upToCount: count - prefix.count)
                } catch {
                    throw CSVError(.unreadable, file: file, message: "could not be read: \(error.localizedDescription)")
                }
                guard let data, !data.isEmpty else {
                    isExhausted = true
                    break
                }
                prefix.append(contentsOf: data)
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

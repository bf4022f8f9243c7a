/// The fields of one record, as UTF-8 bytes in a buffer that ``CSVTokenizer`` reuses
/// from record to record (no allocation per field once it has grown).
///
/// Fields are already unquoted, with doubled quotes collapsed and NUL bytes removed.
public struct CSVFields: Sendable {
    /// The bytes of all fields, back to back.
    var storage: [UInt8] = []
    /// The end offset in `storage` of each field.
    var ends: [Int] = []

    /// The 1-based physical line where the record starts.
    public internal(set) var line: Int = 0

    /// An empty buffer, to hand to ``CSVTokenizer/nextRecord(_:)`` again and again.
    public init() {
        storage.reserveCapacity(4096)
        ends.reserveCapacity(256)
    }

    /// The number of fields in the record.
    public var count: Int { ends.count }

    /// The byte range of field `index` in the shared buffer.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// The UTF-8 bytes of field `index` (`0..<count`), without copying.
    public func field(_ index: Int) -> ArraySlice<UInt8> {
        storage[range(index)]
    }

    /// The length in bytes of field `index`.
    public func byteCount(_ index: Int) -> Int {
        range(index).count
    }

    /// Calls `body` with the UTF-8 bytes of field `index`; the pointer is valid only inside `body`.
    package func withUnsafeBytes<R>(ofField index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
    {
        let r = range(index)
        return try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[r]))
        }
    }

    /// Field `index` as a String.
    public func string(_ index: Int) -> String {
        let r = range(index)
        return storage.withUnsafeBufferPointer { buffer in
            // The tokenizer only stores well-formed UTF-8, so this never repairs anything.
            String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self)
        }
    }

    /// All fields as Strings.
    public var strings: [String] {
        storage.withUnsafeBufferPointer { buffer in
            var result: [String] = []
            result.reserveCapacity(ends.count)
            var start = 0
            for end in ends {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                start = end
            }
            return result
        }
    }

    /// Whether field `index` equals `text`, compared byte for byte.
    public func field(_ index: Int, equals text: String) -> Bool {
        var text = text
        return text.withUTF8 { field(index).elementsEqual($0) }
    }

    mutating func reset(line: Int) {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        self.line = line
    }
}

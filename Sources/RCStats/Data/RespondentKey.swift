import Foundation

/// How a respondent id is looked up: by its UTF-8 bytes, which for an ASCII id (nearly all
/// ids) are the id itself. Other ids are first put in Unicode canonical composition (NFC), so
/// that ids Swift counts as equal Strings ("é" typed two ways) stay one respondent.
enum RespondentKey {
    /// Calls `body` with the lookup key of `id`.
    @inline(__always)
    static func with<R>(_ id: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isASCII(id) { return body(id) }
        var normalized = String(decoding: id, as: UTF8.self).precomposedStringWithCanonicalMapping
        return normalized.withUTF8(body)
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var all: UInt8 = 0
        for byte in bytes { all |= byte }
        return all < 0x80
    }
}

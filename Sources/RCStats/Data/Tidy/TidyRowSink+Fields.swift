import Foundation
import RCIngest

/// The leading fields of the rows of one tie (respondent, round, rater, target, each with the
/// delimiter after it), made once per tie: the respondent's field is kept while the next tie
/// has the same id bytes (the usual case: a respondent's ties come together), with
/// ``TidyRowSink/spare`` bytes to spare at the end, for copying it a chunk at a time.
final class TiePrefix {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    /// The bytes of the prefix.
    private(set) var count = 0
    /// The respondent id as given, and the length of its field (quoted if need be, delimiter).
    private var respondent: [UInt8] = []
    private var respondentField = 0

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Starts the prefix with the field of respondent id `id`.
    @inline(__always)
    func setRespondent(_ id: UnsafeBufferPointer<UInt8>, _ writer: CSVWriter) {
        if id.count == respondent.count,
            respondent.withUnsafeBufferPointer({
                memcmp(id.baseAddress.unsafelyUnwrapped, $0.baseAddress.unsafelyUnwrapped, id.count) == 0
            })
        {
            count = respondentField
            return
        }
        var field: [UInt8] = []
        TidyRowSink.appendField(id, writer, to: &field)
        respondent = Array(id)
        respondentField = field.count
        reserve(field.count)
        field.withUnsafeBufferPointer { base.update(from: $0.baseAddress.unsafelyUnwrapped, count: $0.count) }
        count = field.count
    }

    /// Ends the prefix with the fields of keys `round`, `rater` and `target` of a field table
    /// (`storage`, `starts`: see ``FieldTable/withStorage(_:)``).
    @inline(__always)
    func setNames(
        _ storage: UnsafePointer<UInt8>, _ starts: UnsafePointer<Int>, _ round: Int, _ rater: Int, _ target: Int
    ) {
        count = respondentField
        append(storage, starts, round)
        append(storage, starts, rater)
        append(storage, starts, target)
    }

    @inline(__always)
    private func append(_ storage: UnsafePointer<UInt8>, _ starts: UnsafePointer<Int>, _ key: Int) {
        let start = starts[key], length = starts[key &+ 1] &- start
        reserve(length)
        (base + count).update(from: storage + start, count: length)
        count &+= length
    }

    /// Makes room for `more` bytes (and the bytes to spare, ``TidyRowSink/spare``).
    @inline(__always)
    private func reserve(_ more: Int) {
        guard count + more + TidyRowSink.spare > capacity else { return }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * (count + more + TidyRowSink.spare))
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = 2 * (count + more + TidyRowSink.spare)
    }
}

/// Byte strings numbered in order of addition, back to back in one array (with ``TidyRowSink/spare`` bytes
/// to spare at the end, for copying them a chunk at a time).
struct FieldTable {
    private var storage: [UInt8] = Array(repeating: 0, count: TidyRowSink.spare)
    private var starts: [Int] = [0]
    /// The length of the longest.
    private(set) var longest = 0

    var count: Int { starts.count - 1 }

    mutating func add(_ bytes: [UInt8]) {
        storage.removeLast(TidyRowSink.spare)
        storage += bytes
        storage += repeatElement(0, count: TidyRowSink.spare)
        starts.append(storage.count - TidyRowSink.spare)
        longest = max(longest, bytes.count)
    }

    func bytes(of key: Int) -> ArraySlice<UInt8> {
        storage[starts[key]..<starts[key + 1]]
    }

    /// Calls `body` with the bytes and the starts: key `k` is `bytes[starts[k] ..< starts[k + 1]]`.
    func withStorage<R>(_ body: (UnsafePointer<UInt8>, UnsafePointer<Int>) -> R) -> R {
        storage.withUnsafeBufferPointer { storage in
            starts.withUnsafeBufferPointer { starts in
                body(storage.baseAddress.unsafelyUnwrapped, starts.baseAddress.unsafelyUnwrapped)
            }
        }
    }
}

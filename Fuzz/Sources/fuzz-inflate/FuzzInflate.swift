import FuzzSupport

@_spi(Testing) @testable import RCIngest

/// Arbitrary bytes as a raw DEFLATE stream, with small limits. The first byte chooses the output
/// limit (1–256 KiB) and, when odd, an expected size from the second and third bytes.
/// Invariants: no crash; the output keeps to the limit and, when expected, has exactly the
/// expected size; stored copies keep to the limit too; and rckit's decoder reads the stream as
/// zlib does — where rckit reads it, zlib gives the same bytes, and where zlib reads it within
/// the limits, rckit does not call it damaged or cut off — also when it is decoded into small
/// blocks after a 32 KiB history, reading a few bytes of input at a time.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let choice = input.byte()
    let maxOutput = (Int(choice >> 1) + 1) << 11
    let expected: Int? = choice & 1 == 1 ? Int(input.byte()) << 8 | Int(input.byte()) : nil
    let stream = input.rest
    let inflater = Inflater(
        file: "fuzz.zip", member: "fuzz", maxOutput: maxOutput,
        limits: ArchiveLimits(ratioThreshold: 4096))
    let reference = ZlibReference.inflate(stream, limit: maxOutput)
    do {
        let output = try inflater.inflate(stream[...], expectedSize: expected)
        if output.count > maxOutput { violated("\(output.count) bytes over the limit \(maxOutput)") }
        if let expected, output.count != expected { violated("\(output.count) bytes, \(expected) expected") }
        if output != reference { violated("\(output.count) bytes, zlib: \(reference?.count ?? -1)") }
    } catch {
        if let reference, error.kind == .corrupt || error.kind == .truncated,
            expected == nil || reference.count == expected
        {
            violated("\(error.description), but zlib read \(reference.count) bytes")
        }
    }
    // The decoder itself, as a worksheet is read: small output blocks after the 32 KiB history,
    // input read 64 bytes and up at a time (compaction, the window, stops between symbols).
    let block = DeflateDecoder.longestMatch + Int(stream.first ?? 0) * 29
    let inputRoom = 64 + Int(stream.last ?? 0)
    do {
        let output = try DeflateBlocks.decode(stream, block: block, inputRoom: inputRoom, limit: maxOutput)
        if let output, output != reference {
            violated("blocks of \(block): \(output.count) bytes, zlib: \(reference?.count ?? -1)")
        }
    } catch {
        if let reference {
            violated("blocks of \(block): \(error), but zlib read \(reference.count) bytes")
        }
    }
    if let copy = try? inflater.copyStored(stream[...]), copy != stream || copy.count > maxOutput {
        violated("a stored copy differs or is over the limit")
    }
    return 0
}

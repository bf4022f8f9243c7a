import FuzzSupport

@testable import RCIngest

/// Arbitrary bytes as a raw DEFLATE stream, with small limits. The first byte chooses the output
/// limit (1–256 KiB) and, when odd, an expected size from the second and third bytes.
/// Invariants: no crash; the output keeps to the limit and, when expected, has exactly the
/// expected size; stored copies keep to the limit too.
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
    if let output = try? inflater.inflate(stream[...], expectedSize: expected) {
        if output.count > maxOutput { violated("\(output.count) bytes over the limit \(maxOutput)") }
        if let expected, output.count != expected { violated("\(output.count) bytes, \(expected) expected") }
    }
    if let copy = try? inflater.copyStored(stream[...]), copy != stream || copy.count > maxOutput {
        violated("a stored copy differs or is over the limit")
    }
    return 0
}

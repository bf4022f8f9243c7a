import FuzzSupport
import RCIngest

/// CSVReader over arbitrary bytes. The first byte chooses the encoding and delimiter, the
/// second a block size of 1–64 bytes, the third whether small field/record/header limits apply.
/// Invariants: no crash; reading in small blocks gives exactly what reading in one block gives
/// (or fails too, when a limit is hit); every record and every error is placed on a line ≥ 1.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    var options = input.csvOptions()
    let limited = input.byte()
    if limited & 1 == 1 {
        options.maxFieldBytes = Int(limited >> 1) + 1
        options.maxRecordBytes = Int(limited) * 4 + 1
        options.maxHeaderBytes = Int(limited) * 2 + 1
        options.maxFieldsPerRecord = Int(limited >> 2) + 1
    }
    let bytes = input.rest
    let small = read(bytes, options)
    var whole = options
    whole.blockSize = 1 << 20
    let reference = read(bytes, whole)
    switch (small, reference) {
    case let (.records(a), .records(b)):
        if a != b { violated("block size \(options.blockSize) changed the records read") }
    case (.failed, .failed):
        break
    default:
        violated("block size \(options.blockSize) changed whether the file can be read: \(small) vs \(reference)")
    }
    if case let .records(records) = small, records.contains(where: { $0.line < 1 }) { violated("a record on line < 1") }
    if case let .failed(error) = small, let line = error.line, line < 1 { violated("an error on line \(line)") }
    return 0
}

enum Outcome {
    case records([CSVRecord])
    case failed(CSVError)
}

func read(_ bytes: [UInt8], _ options: CSVOptions) -> Outcome {
    do {
        var reader = try CSVReader(bytes: bytes, name: "fuzz.csv", options: options)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return .records(records)
    } catch {
        return .failed(error)
    }
}

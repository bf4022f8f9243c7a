import RCIngest

/// The fuzzer's input, read front to back: the first bytes choose options, the rest is the file.
public struct FuzzInput {
    public private(set) var bytes: ArraySlice<UInt8>

    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        if let data, size > 0 {
            bytes = ArraySlice(UnsafeBufferPointer(start: data, count: size))
        } else {
            bytes = []
        }
    }

    /// Takes one byte (0 once the input is used up).
    public mutating func byte() -> UInt8 {
        guard let first = bytes.first else { return 0 }
        bytes = bytes.dropFirst()
        return first
    }

    /// What is left: the file.
    public var rest: [UInt8] { Array(bytes) }

    /// Reading options from two bytes: an encoding and a delimiter (detected or imposed), and a
    /// small block size, so that records straddle blocks.
    public mutating func csvOptions(limits: CSVOptions = CSVOptions()) -> CSVOptions {
        let choice = byte()
        let encodings: [TextEncoding?] = [nil, nil, nil, nil] + TextEncoding.allCases.map(Optional.some)
        let delimiters: [CSVDelimiter?] = [nil, nil, nil, nil] + CSVDelimiter.candidates.map(Optional.some)
        var options = limits
        options.encoding = encodings[Int(choice & 0x0F) % encodings.count]
        options.delimiter = delimiters[Int(choice >> 4) % delimiters.count]
        options.blockSize = Int(byte() % 64) + 1
        return options
    }
}

/// Stops the fuzzer with a message: an invariant the library promises does not hold.
public func violated(_ message: String) -> Never {
    print("INVARIANT VIOLATED: \(message)")
    fatalError(message)
}

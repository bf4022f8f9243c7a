/// Settings for reading CSV: what to detect, what to impose, and the limits that keep
/// a malformed file from exhausting memory.
public struct CSVOptions: Sendable, Equatable {
    /// The encoding; `nil` detects it from the first ``sniffLength`` bytes.
    public var encoding: TextEncoding?
    /// The field delimiter; `nil` detects it from the first records.
    public var delimiter: CSVDelimiter?
    /// How many bytes are read from the file at a time (default 256 KiB). Memory use is
    /// about this plus the largest record, however large the file.
    public var blockSize: Int
    /// How many bytes at the start of the file are examined to detect encoding and delimiter (64 KiB).
    public var sniffLength: Int
    /// The largest field accepted, in UTF-8 bytes (default 64 MiB).
    public var maxFieldBytes: Int
    /// The largest record accepted, in UTF-8 bytes of its fields (default 128 MiB).
    public var maxRecordBytes: Int
    /// The largest first record (the header) accepted, in UTF-8 bytes (default 16 MiB).
    public var maxHeaderBytes: Int
    /// The most fields in one record (default 1,000,000).
    public var maxFieldsPerRecord: Int

    /// Options that detect the encoding and delimiter unless given, with the default limits.
    public init(
        encoding: TextEncoding? = nil,
        delimiter: CSVDelimiter? = nil,
        blockSize: Int = 1 << 18,
        sniffLength: Int = 64 << 10,
        maxFieldBytes: Int = 64 << 20,
        maxRecordBytes: Int = 128 << 20,
        maxHeaderBytes: Int = 16 << 20,
        maxFieldsPerRecord: Int = 1_000_000
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.blockSize = max(1, blockSize)
        self.sniffLength = max(4, sniffLength)
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxFieldsPerRecord = max(1, maxFieldsPerRecord)
    }
}

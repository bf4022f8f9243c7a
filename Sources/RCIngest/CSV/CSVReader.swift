import Foundation

/// The convenient CSV reader: yields each record as a ``CSVRecord`` of Strings.
///
/// Built on ``CSVTokenizer`` and reads the same way; use the tokenizer directly where
/// millions of fields make a String per field too slow.
public struct CSVReader: Sendable {
    var tokenizer: CSVTokenizer
    private var fields = CSVFields()

    /// Opens the file at `path`, detecting what `options` leaves open.
    public init(path: String, options: CSVOptions = CSVOptions()) throws(CSVError) {
        tokenizer = try CSVTokenizer(path: path, options: options)
    }

    /// Reads bytes in memory; `name` stands for the file in errors.
    public init(bytes: [UInt8], name: String = "<data>", options: CSVOptions = CSVOptions()) throws(CSVError) {
        tokenizer = try CSVTokenizer(bytes: bytes, name: name, options: options)
    }

    /// Reads data in memory; `name` stands for the file in errors.
    public init(data: Data, name: String = "<data>", options: CSVOptions = CSVOptions()) throws(CSVError) {
        tokenizer = try CSVTokenizer(data: data, name: name, options: options)
    }

    /// The file as the user named it.
    public var file: String { tokenizer.file }
    /// The encoding, delimiter and line endings in use.
    public var dialect: CSVDialect { tokenizer.dialect }
    /// Bytes of a UTF-8 file read as Windows-1252 because they were not well-formed UTF-8.
    public var repairedByteCount: Int { tokenizer.repairedByteCount }
    /// The first of them, and where it is.
    public var firstRepairedByte: RepairedByte? { tokenizer.firstRepairedByte }

    /// The next record, or `nil` at the end of the file.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        guard try tokenizer.nextRecord(&fields) else { return nil }
        return CSVRecord(fields: fields.strings, line: fields.line)
    }

    /// All remaining records.
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }
}

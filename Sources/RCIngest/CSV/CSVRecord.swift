/// One record of a CSV file as strings.
public struct CSVRecord: Sendable, Equatable, Hashable {
    /// The fields, unquoted, in order.
    public var fields: [String]
    /// The 1-based physical line where the record starts.
    public var line: Int

    /// A record of `fields` that starts on `line`.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

extension CSVRecord {
    /// The field at `index`, or "" past the record's end (a short row).
    func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
}

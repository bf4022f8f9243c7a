/// Why an instrument could not be loaded, with where in the file the problem is.
public struct InstrumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it, or the instrument name.
    public var file: String
    /// Where in the JSON document, e.g. `scales[2].options[0].score`; empty for the whole file.
    public var keyPath: String
    /// 1-based line and column for syntax errors.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, keyPath: String = "", line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// `rc7.json:12:7: …` for syntax errors, `rc7.json: scales[0].min: …` for invalid fields.
    public var description: String {
        var location = SourceLocation.text(file: file, line: line, column: column)
        if !keyPath.isEmpty { location += ": \(keyPath)" }
        return "\(location): \(message)"
    }
}

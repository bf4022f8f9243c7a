/// Why an instrument could not be loaded, with where in the file the problem is.
public struct InstrumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it, or the instrument name.
    public var file: String
    /// Where in the JSON document, e.g. `scales[2].options[0].score`; empty for the whole file.
    public var keyPath: String
    /// The 1-based line of a syntax error; nil for an invalid field.
    public var line: Int?
    /// The 1-based column of a syntax error; nil for an invalid field.
    public var column: Int?
    /// What is wrong, in a sentence for the person who wrote the file.
    public var message: String

    /// An error in `file`, at `keyPath` or at `line` and `column`.
    public init(file: String, keyPath: String = "", line: Int? = nil, column: Int? = nil, message: String) {
        (self.file, self.keyPath, self.line, self.column, self.message) = (file, keyPath, line, column, message)
    }

    /// `rc7.json:12:7: …` for syntax errors, `rc7.json: scales[0].min: …` for invalid fields.
    public var description: String {
        var location = SourceLocation.text(file: file, line: line, column: column)
        if !keyPath.isEmpty { location += ": \(keyPath)" }
        return "\(location): \(message)"
    }
}

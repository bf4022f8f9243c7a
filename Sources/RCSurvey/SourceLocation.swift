/// Where in a user's file something is, written the way compilers write it, so every rckit
/// message points at its place the same way: `export.csv`, `export.csv:12` or `export.csv:12:7`.
public enum SourceLocation {
    /// The file, then the 1-based line and, with a line, the 1-based column.
    public static func text(file: String, line: Int?, column: Int?) -> String {
        guard let line else { return file }
        guard let column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

/// Where in a user's file something is, written the way compilers write it, so every rckit
/// message points at its place the same way: `export.csv`, `export.csv:12` or `export.csv:12:7`;
/// in a workbook the sheet and cell as a spreadsheet names them: `svar.xlsx:Ark1!C12`
/// (`svar.xlsx:Ark1:12` for a whole row).
package enum SourceLocation {
    /// The file, then the 1-based line (or row) and, with a line, the 1-based column.
    package static func text(file: String, sheet: String? = nil, line: Int?, column: Int?) -> String {
        if let sheet {
            guard let line else { return "\(file):\(sheet)" }
            guard let column else { return "\(file):\(sheet):\(line)" }
            return "\(file):\(sheet)!\(columnName(column))\(line)"
        }
        guard let line else { return file }
        guard let column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// A spreadsheet's name of the 1-based column `column`: 1 → A, 26 → Z, 27 → AA.
    package static func columnName(_ column: Int) -> String {
        var n = max(1, column)
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}

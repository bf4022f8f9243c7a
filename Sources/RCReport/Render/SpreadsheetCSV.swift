import RCSurvey

/// CSV for spreadsheets: UTF-8 with a byte order mark so Excel reads æøå, every text cell
/// that a spreadsheet would run as a formula neutralised, and (for Danish Excel, `--excel`)
/// semicolons, decimal commas and words in the output's language throughout: column names and
/// rckit's own values (`strong`, `false`, dimension ids) read `stærk`, `falsk`, `Fælles mål`.
/// Without `--excel` the CSV is for machines: those stay ids.
struct SpreadsheetCSV: Sendable {
    enum Cell: Sendable {
        /// Text from the data (a role name), written as it is.
        case text(String)
        case number(Double?, decimals: Int)
        case integer(Int)
        case boolean(Bool)
        /// A column name or a value rckit names (`mean`, `strong`, a dimension id): in words with `--excel`.
        case term(String)
    }

    /// Danish Excel: `;` between cells, decimal commas, and terms in `language`'s words.
    var excel = false
    /// The words of terms and booleans with `excel`.
    var language = Language.da
    var rows: [[Cell]] = []

    mutating func append(_ row: [Cell]) { rows.append(row) }

    /// `rows` (the header first) as one table; with `segment`, a first column `segment` giving it
    /// on every row (`--where`).
    static func table(_ rows: [[Cell]], segment: String?, excel: Bool, language: Language) -> String {
        var table = SpreadsheetCSV(excel: excel, language: language)
        for (number, row) in rows.enumerated() {
            table.append(segment.map { [number == 0 ? .term("segment") : .text($0)] + row } ?? row)
        }
        return table.render()
    }

    func render() -> String {
        let separator = excel ? ";" : ","
        var out = "\u{FEFF}"
        for row in rows {
            out += row.map(format).joined(separator: separator) + "\r\n"
        }
        return out
    }

    private func format(_ cell: Cell) -> String {
        switch cell {
        case let .text(text): return quote(SpreadsheetCSV.neutralize(text))
        case let .integer(value): return String(value)
        case let .boolean(value):
            return excel ? Phrases(language: language).csvBoolean(value) : (value ? "true" : "false")
        case let .term(id): return quote(excel ? Phrases(language: language).csvTerm(id) : id)
        case let .number(value, decimals):
            guard let value, value.isFinite else { return "" }
            // Full precision for machines, in the reader's decimal style for Danish Excel.
            let text = decimals < 0 ? "\(value)" : Language.en.format(value, decimals: decimals)
            return excel ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }

    private func quote(_ text: String) -> String {
        let separator: Character = excel ? ";" : ","
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text that a spreadsheet would run as a formula gets a leading apostrophe
    /// (``Swift/String/neutralizedForSpreadsheets``).
    static func neutralize(_ text: String) -> String { text.neutralizedForSpreadsheets }
}

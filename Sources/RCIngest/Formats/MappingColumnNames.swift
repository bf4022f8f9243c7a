/// How a mapping file names the columns of a file, so that every name points at one column even
/// when the first header row does not tell columns apart — SurveyMonkey writes a matrix
/// question's text above its first column only, leaving the others empty in row 1.
///
/// A mapping names a column by:
/// 1. its text in the first header row (`Q1_1`, `Respondent ID`), when no other column has it;
/// 2. its header rows' texts joined with `" | "` (`Hvor ofte …? | Læge`), a row's empty cell
///    taking the text to its left as a merged cell does (every row but the last, which names
///    the columns themselves);
/// 3. its number, as `inspect` numbers columns: `#12`.
///
/// Reading a mapping, a name is looked up in that order; a name that several columns have at the
/// first level it matches is refused rather than read as one of them. Writing one, a column gets
/// the first of these that points at it alone, except that the columns under a first-row text
/// spanning several (a SurveyMonkey matrix) are all named by their joined header rows.
package struct MappingColumnNames: Sendable, Equatable {
    /// Each column's text in the first header row, trimmed.
    package let first: [String]
    /// Each column's header rows' texts joined with `" | "`.
    package let joined: [String]

    package static let separator = " | "

    /// The names of the columns of a file whose header rows are `rows` (the fields of each).
    package init(headerRows rows: [[String]]) {
        let count = rows.map(\.count).max() ?? 0
        first = (0..<count).map { index in
            guard let row = rows.first, index < row.count else { return "" }
            return row[index].trimmingWhitespace()
        }
        var parts = Array(repeating: [String](), count: count)
        for (number, row) in rows.enumerated() {
            let merges = number < rows.count - 1
            var carried = ""
            for index in 0..<count {
                var text = index < row.count ? row[index].trimmingWhitespace() : ""
                if text.isEmpty, merges { text = carried } else { carried = text }
                if !text.isEmpty, parts[index].last != text { parts[index].append(text) }
            }
        }
        joined = parts.map { $0.joined(separator: Self.separator) }
        // A first-row text spanning several columns (carried into the empty cells after it) heads a
        // group: each of its columns is named by its header rows joined, the first one too.
        var spanning = Array(repeating: false, count: count)
        if rows.count >= 2 {
            var start = 0
            while start < count {
                var end = start + 1
                while end < count, first[end].isEmpty, !joined[end].isEmpty { end += 1 }
                if end - start >= 2, !first[start].isEmpty { for index in start..<end { spanning[index] = true } }
                start = end
            }
        }
        self.spanning = spanning
        var positions: [[String: [Int]]] = [[:], [:]]
        for (level, texts) in [first, joined].enumerated() {
            for (index, text) in texts.enumerated() { positions[level][text, default: []].append(index) }
        }
        self.positions = positions
    }

    /// The columns of each text, in the first header row and in the joined rows: a name is
    /// looked up once, not compared with every column (a header of thousands of columns).
    private let positions: [[String: [Int]]]

    /// Whether a column belongs to a first-row text that spans several columns (a SurveyMonkey matrix).
    let spanning: [Bool]

    /// What a name points at.
    package enum Lookup: Equatable {
        case column(Int)
        /// Several columns have the name (0-based indices).
        case ambiguous([Int])
        case missing
    }

    /// The column a mapping's name points at.
    package func lookup(_ name: String) -> Lookup {
        let name = name.trimmingWhitespace()
        guard !name.isEmpty else { return .missing }
        for level in positions {
            let matches = level[name] ?? []
            if matches.count == 1 { return .column(matches[0]) }
            if matches.count > 1 { return .ambiguous(matches) }
        }
        if name.hasPrefix("#"), let number = Int(name.dropFirst()), number >= 1, number <= first.count {
            return .column(number - 1)
        }
        return .missing
    }

    /// The name a written mapping gives column `index`: the first of its first-row text, its
    /// joined header rows and its number that points at it alone — the joined rows first for the
    /// columns of a first-row text that spans several, so that a matrix's columns are named alike.
    package func name(_ index: Int) -> String {
        guard index >= 0, index < first.count else { return "#\(index + 1)" }
        let candidates = spanning[index] ? [joined[index], first[index]] : [first[index], joined[index]]
        for candidate in candidates where !candidate.isEmpty && lookup(candidate) == .column(index) {
            return candidate
        }
        return "#\(index + 1)"
    }

    /// Every column's name (``name(_:)``).
    package var names: [String] { first.indices.map(name) }

    /// Whether a column has no text in any header row (nothing to name it by but its number).
    package func isBlank(_ index: Int) -> Bool { index >= joined.count || joined[index].isEmpty }
}

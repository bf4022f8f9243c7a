/// Putting the rows read in order, padding them to the sheet's width and filling merged ranges.
extension WorksheetReader {
    /// `rows` sorted by number (a row given twice is one row, its later cells winning), each
    /// padded to the widest, and every merged range's empty cells given its top-left value —
    /// only in rows and columns that hold values, so a merge over a whole sheet costs no more
    /// than the sheet.
    func arranged(_ rows: [WorksheetRow], merges: [(CellReference, CellReference)]) throws(ArchiveError)
        -> [WorksheetRow]
    {
        var rows = rows
        if zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) { rows = Self.combined(rows) }
        let width = rows.reduce(0) { max($0, $1.cells.count) }
        guard rows.count <= maxCells / max(width, 1) else { throw tooLarge() }
        for index in rows.indices where rows[index].cells.count < width {
            rows[index].cells.append(contentsOf: repeatElement("", count: width - rows[index].cells.count))
        }
        var work = 0
        for (first, last) in merges {
            guard first.column < width, let firstRow = first.row, let lastRow = last.row else { continue }
            var index = Self.firstIndex(in: rows, atLeast: firstRow)
            guard index < rows.count, rows[index].number == firstRow else { continue }
            let value = rows[index].cells[first.column]
            if value.isEmpty { continue }
            let columns = first.column...min(last.column, width - 1)
            while index < rows.count, rows[index].number <= lastRow {
                work += columns.count
                guard work <= maxCells * 4 else { throw tooLarge() }
                for column in columns where rows[index].cells[column].isEmpty { rows[index].cells[column] = value }
                index += 1
            }
        }
        return rows
    }

    /// Rows in order of number, rows of the same number combined.
    static func combined(_ rows: [WorksheetRow]) -> [WorksheetRow] {
        let sorted = rows.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }
        var result: [WorksheetRow] = []
        for (_, row) in sorted {
            guard let last = result.last, last.number == row.number else {
                result.append(row)
                continue
            }
            var cells = last.cells
            if cells.count < row.cells.count { cells += repeatElement("", count: row.cells.count - cells.count) }
            for (column, text) in row.cells.enumerated() where !text.isEmpty { cells[column] = text }
            result[result.count - 1].cells = cells
        }
        return result
    }

    /// The index of the first row numbered `number` or more (rows sorted by number).
    static func firstIndex(in rows: [WorksheetRow], atLeast number: Int) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

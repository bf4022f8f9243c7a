/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into a ``WorksheetTable``: each
/// cell's value as text, placed by its reference, rows padded to the sheet's width, merged
/// ranges filled from their top-left cell.
package struct WorksheetReader: Sendable {
    /// The archive, for messages.
    package var file: String
    /// The sheet's name, for the table and for messages (`Ark1!C12`).
    package var sheetName: String
    /// The workbook's shared strings.
    package var sharedStrings: [String]
    /// For each cell format index, whether it shows numbers as dates.
    package var dateStyles: [Bool]
    /// Whether the workbook counts dates from 1904.
    package var date1904: Bool
    /// The most cells the table may have.
    package var maxCells: Int

    /// The cell being read.
    private struct Cell {
        var column = 0
        var reference = ""
        var type = "n"
        var style = 0
        var value = ""
        var inValue = false
        var inline: RichText?
    }

    /// The table in the worksheet part `part`, whose bytes are `bytes`.
    package func read(_ bytes: [UInt8], part: String) throws(ArchiveError) -> WorksheetTable {
        var scanner = XMLScanner(bytes: bytes, file: file, part: part)
        var rows: [WorksheetRow] = []
        var merges: [(CellReference, CellReference)] = []
        var rowNumber = 0
        var rowCells: [String] = []
        var inRow = false
        var cell: Cell?
        var lastColumn = -1
        var cellsUsed = 0
        func endRow() throws(ArchiveError) {
            inRow = false
            guard rowCells.contains(where: { !$0.isEmpty }) else { return }
            cellsUsed += rowCells.count
            if cellsUsed > maxCells { throw tooLarge() }
            rows.append(WorksheetRow(number: rowNumber, cells: rowCells))
        }
        while let event = try scanner.next() {
            if var current = cell {
                cell = nil  // so that `current` is the only reference and its text grows in place
                if take(event, scanner, into: &current) {
                    let text = try value(of: current)
                    if !text.isEmpty {
                        if current.column >= rowCells.count {
                            rowCells.append(contentsOf: repeatElement("", count: current.column - rowCells.count + 1))
                        }
                        rowCells[current.column] = text
                    }
                    continue
                }
                cell = current
                continue
            }
            guard event == .start else {
                if event == .end, scanner.isNamed("row"), inRow { try endRow() }
                continue
            }
            if scanner.isNamed("row") {
                if inRow { try endRow() }
                rowNumber = try number(of: scanner.attribute("r"), after: rowNumber)
                rowCells.removeAll(keepingCapacity: true)
                lastColumn = -1
                inRow = true
            } else if scanner.isNamed("c") {
                if !inRow {
                    rowNumber = try number(of: nil, after: rowNumber)
                    rowCells.removeAll(keepingCapacity: true)
                    lastColumn = -1
                    inRow = true
                }
                let current = try startCell(scanner, row: rowNumber, after: lastColumn)
                lastColumn = current.column
                cell = current
            } else if scanner.isNamed("mergeCell"), let range = scanner.attribute("ref") {
                if let merge = Self.range(range) { merges.append(merge) }
            }
        }
        if inRow { try endRow() }
        return WorksheetTable(name: sheetName, rows: try arranged(rows, merges: merges))
    }

    /// The cell whose start tag the scanner is at, in row `row`, after the cell in column
    /// `previous` (-1: none yet).
    private func startCell(_ scanner: XMLScanner, row: Int, after previous: Int) throws(ArchiveError) -> Cell {
        var current = Cell()
        if let reference = scanner.attribute("r") {
            guard let place = CellReference(reference), place.row != nil else {
                throw ArchiveError(
                    .corrupt, file: file, location: "\(sheetName)!\(Self.shown(reference))",
                    message: "not a cell reference within Excel's 16,384 columns and 1,048,576 rows")
            }
            current.column = place.column
            current.reference = reference
        } else {
            current.column = previous + 1
            guard current.column < CellReference.maxColumns else {
                throw ArchiveError(
                    .corrupt, file: file, location: sheetName,
                    message: "row \(row) has more than Excel's 16,384 columns")
            }
            current.reference = WorksheetTable.cellReference(row: row, column: current.column)
        }
        current.type = scanner.attribute("t") ?? "n"
        current.style = scanner.attribute("s").flatMap { Int($0) } ?? 0
        return current
    }

    /// Takes an event inside a cell; true at the cell's end.
    private func take(_ event: XMLScanner.Event, _ scanner: XMLScanner, into current: inout Cell) -> Bool {
        if event == .end, scanner.isNamed("c") { return true }
        if current.inline != nil {
            if event == .end, scanner.isNamed("is") {
                current.value = current.inline?.value ?? ""
                current.inline = nil
            } else {
                current.inline?.take(event, scanner)
            }
        } else if event == .start, scanner.isNamed("is") {
            current.inline = RichText()
        } else if scanner.isNamed("v"), event != .text {
            current.inValue = event == .start
        } else if event == .text, current.inValue {
            current.value += scanner.text()
        }
        return false
    }

    /// The column and text of the one cell `xml` holds (`<c …>…</c>`, or `<c …/>`), in row
    /// `row` after the cell in column `previous`, read as ``read(_:part:)`` reads it; nil when
    /// `xml` does not end with the cell's end.
    func cell(_ xml: [UInt8], part: String, row: Int, after previous: Int) throws(ArchiveError) -> (
        column: Int, text: String
    )? {
        var scanner = XMLScanner(bytes: xml, file: file, part: part)
        guard try scanner.next() == .start, scanner.isNamed("c") else { return nil }
        var current = try startCell(scanner, row: row, after: previous)
        while let event = try scanner.next() {
            if take(event, scanner, into: &current) {
                return try scanner.next() == nil ? (current.column, try value(of: current)) : nil
            }
        }
        return nil
    }

    /// A cell's value as text, by its type.
    private func value(of cell: Cell) throws(ArchiveError) -> String {
        switch cell.type {
        case "s":
            let trimmed = cell.value.filter { !$0.isWhitespace }
            if trimmed.isEmpty { return "" }
            guard let index = Int(trimmed), index >= 0, index < sharedStrings.count else {
                throw ArchiveError(
                    .corrupt, file: file, location: "\(sheetName)!\(Self.shown(cell.reference))",
                    message: "the cell refers to shared string \(Self.shown(trimmed)), which the workbook "
                        + "does not have: the workbook is damaged; save it again from Excel")
            }
            return sharedStrings[index]
        case "inlineStr", "str":
            return SpreadsheetText.unescape(cell.value)
        case "b":
            switch cell.value {
            case "1": return "TRUE";
            case "0": return "FALSE";
            default: return cell.value
            }
        case "e", "d":
            return cell.value
        default:
            guard let number = NumberText.parse(cell.value) else { return cell.value }
            if cell.style >= 0, cell.style < dateStyles.count, dateStyles[cell.style],
                let date = ExcelDate.iso(serial: number, date1904: date1904)
            {
                return date
            }
            return NumberText.format(number)
        }
    }

    /// The row number in `attribute`, or the one after `previous` when there is none.
    private func number(of attribute: String?, after previous: Int) throws(ArchiveError) -> Int {
        guard let attribute else {
            guard previous < CellReference.maxRows else { throw beyondRows("\(previous + 1)") }
            return previous + 1
        }
        guard let number = Int(attribute), number >= 1, number <= CellReference.maxRows else {
            throw beyondRows(attribute)
        }
        return number
    }

    private func beyondRows(_ number: String) -> ArchiveError {
        ArchiveError(
            .corrupt, file: file, location: sheetName,
            message: "row number \(Self.shown(number)) is not within Excel's 1,048,576 rows")
    }

    func tooLarge() -> ArchiveError {
        ArchiveError(
            .tooLarge, file: file, location: sheetName,
            message: "the sheet has more than \(maxCells) cells (rows × columns); rckit does not read it")
    }

    /// A merge range `A1:C1` (or a single cell), top-left first.
    static func range(_ text: String) -> (CellReference, CellReference)? {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count <= 2, let first = ends.first.flatMap({ CellReference(String($0)) }),
            let last = CellReference(String(ends.last ?? "")), let firstRow = first.row, let lastRow = last.row
        else { return nil }
        return (
            CellReference(column: min(first.column, last.column), row: min(firstRow, lastRow)),
            CellReference(column: max(first.column, last.column), row: max(firstRow, lastRow))
        )
    }

    /// `text` as a message shows it: at most 24 characters.
    static func shown(_ text: String) -> String {
        text.count > 24 ? String(text.prefix(24)) + "…" : text
    }
}

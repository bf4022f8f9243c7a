import RCSurvey

/// One worksheet read as a table of text: its non-empty rows, each padded to the sheet's width.
package struct WorksheetTable: Sendable, Equatable {
    /// The sheet's name, as its tab shows it.
    package var name: String
    /// The rows that hold at least one value, in order; every row has ``width`` cells.
    package var rows: [WorksheetRow]

    /// The number of columns: one more than the last column that holds a value in any row.
    package var width: Int { rows.first?.cells.count ?? 0 }

    /// The letters of the 0-based column `index`: 0 is `A`, 25 `Z`, 26 `AA`, 16,383 `XFD`.
    package static func columnName(_ index: Int) -> String {
        SourceLocation.columnName(max(index, 0) + 1)
    }

    /// The A1-style reference of the 0-based `column` in the 1-based `row`: `C12`.
    package static func cellReference(row: Int, column: Int) -> String {
        "\(columnName(column))\(row)"
    }
}

/// One row of a worksheet.
package struct WorksheetRow: Sendable, Equatable {
    /// The 1-based row number, as Excel shows it.
    package var number: Int
    /// The cells' text, from column A on; missing cells are "".
    package var cells: [String]
}

import RCIngest

/// Writes rows of text as an Excel workbook (one sheet, `Ark1`), laid out in any of the ways
/// spreadsheet programs write one, for the tests and fuzz targets that read workbooks alike to
/// CSV files.
package struct WorkbookWriter: Sendable {
    /// Text cells in the shared-string table (as Excel writes them), or inline (`<is>`, as
    /// openpyxl's and XlsxWriter's streaming modes write them).
    package var sharedStrings = true
    /// Whole numbers in plain digits written as numbers (else as text).
    package var numbers = true
    /// Every cell with its reference (`r="C2"`), or none (each after the one before).
    package var references = true
    /// Row elements with their number (`r="2"`), or none.
    package var rowNumbers = true
    /// Every cell with a style (`s="1"`, no date's), as Google Sheets and XlsxWriter write them.
    package var styled = false
    /// XML after `</sheetData>` (merged ranges, say).
    package var afterData = ""
    /// The row numbers to write the rows under (default 1, 2, 3, …): out of order, or with gaps.
    package var numbering: [Int]?
    /// A CRC-32 to declare for the sheet instead of its own (a damaged file).
    package var sheetCRC: UInt32?

    package init() {}

    /// The workbook holding `rows`; an empty text is no cell.
    package func bytes(_ rows: [[String]]) -> [UInt8] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var sheet = ""
        for (r, row) in rows.enumerated() {
            let number = numbering.map { r < $0.count ? $0[r] : r + 1 } ?? r + 1
            sheet += rowNumbers ? "<row r=\"\(number)\">" : "<row>"
            for (column, text) in row.enumerated() where !text.isEmpty {
                let reference =
                    (references ? " r=\"\(WorksheetTable.cellReference(row: number, column: column))\"" : "")
                    + (styled ? " s=\"1\"" : "")
                if numbers, Self.isPlainNumber(text) {
                    sheet += "<c\(reference)><v>\(text)</v></c>"
                } else if sharedStrings {
                    let k = index[text] ?? strings.count
                    if k == strings.count {
                        strings.append(text)
                        index[text] = k
                    }
                    sheet += "<c\(reference) t=\"s\"><v>\(k)</v></c>"
                } else {
                    sheet += "<c\(reference) t=\"inlineStr\"><is><t>\(Self.escaped(text))</t></is></c>"
                }
            }
            sheet += "</row>"
        }
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add(
            "[Content_Types].xml",
            Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8))
        zip.add(
            "_rels/.rels",
            Array(
                ("<Relationships><Relationship Id=\"rId1\" Type=\"\(relations)/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>").utf8))
        zip.add(
            "xl/workbook.xml",
            Array(
                ("<workbook \(ns) xmlns:r=\"\(relations)\"><sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>").utf8), deflated: true)
        zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(
                ("<Relationships><Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"\(relations)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>").utf8))
        let sheetXML = Array(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \(ns)><sheetData>\(sheet)"
                + "</sheetData>\(afterData)</worksheet>").utf8)
        if let sheetCRC {
            zip.add(
                "xl/worksheets/sheet1.xml", compressed: ZipWriter.deflate(sheetXML), method: 8, size: sheetXML.count,
                crc: sheetCRC)
        } else {
            zip.add("xl/worksheets/sheet1.xml", sheetXML, deflated: true)
        }
        let items = strings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined()
        zip.add(
            "xl/sharedStrings.xml",
            Array("<sst \(ns) count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">\(items)</sst>".utf8),
            deflated: true)
        return zip.bytes
    }

    /// Digits without a leading zero (at most 15): a number that reads back as the same text.
    static func isPlainNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.count <= 15 && bytes.allSatisfy { (0x30...0x39).contains($0) }
            && (bytes[0] != 0x30 || bytes.count == 1)
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.append(character)
            }
        }
        return out
    }
}

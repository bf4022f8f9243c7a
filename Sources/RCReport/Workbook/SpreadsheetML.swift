import RCSurvey

/// A small SpreadsheetML (.xlsx) document: worksheets of cells with styles, as the parts of
/// the package (ECMA-376 / ISO/IEC 29500). The caller zips the parts; nothing here knows files.
///
/// Texts are written as inline strings (`t="inlineStr"`), never as formulas, so no role name or
/// segment value a user typed can become a formula; characters XML 1.0 cannot hold are dropped.
struct SpreadsheetML {
    /// A cell's look: font, fill and number format.
    struct Style: Hashable {
        var bold = false
        /// The fill as `#rrggbb`; nil for none.
        var fill: String?
        /// The text colour as `#rrggbb`; nil for the default.
        var color: String?
        /// A hatched grey fill (a hidden figure).
        var hatched = false
        /// A number format code (`0.00" ▲"`); nil for General.
        var numberFormat: String?
        var centered = false
        var wrapped = false
        var italic = false
        /// A dark frame: the own-group diagonal of a role grid (a role rating itself).
        var outlined = false
    }

    enum Value {
        case text(String)
        case number(Double)
    }

    struct Cell {
        var value: Value
        var style: Style
    }

    struct Sheet {
        var name: String
        /// Rows of cells (nil: empty), from A1.
        var rows: [[Cell?]] = []
        /// Column widths in characters, from column A.
        var widths: [Double] = []
        /// Rows and columns kept in view when scrolling (the headers).
        var frozenRows = 0
        var frozenColumns = 0
    }

    var sheets: [Sheet] = []

    /// The parts of the package, by path.
    func parts() -> [(path: String, bytes: [UInt8])] {
        var styles = StyleTable()
        var parts: [(path: String, bytes: [UInt8])] = []
        let names = SpreadsheetML.sheetNames(sheets.map(\.name))
        for (number, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(number + 1).xml", Array(worksheet(sheet, styles: &styles).utf8)))
        }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var types =
            header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for number in sheets.indices {
            types +=
                "<Override PartName=\"/xl/worksheets/sheet\(number + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        let rootRels =
            header + "<Relationships xmlns=\"\(relationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        var workbook =
            header
            + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><bookViews><workbookView/></bookViews><sheets>"
        var workbookRels = header + "<Relationships xmlns=\"\(relationships)\">"
        for (number, name) in names.enumerated() {
            workbook +=
                "<sheet name=\"\(SpreadsheetML.escape(name))\" sheetId=\"\(number + 1)\" r:id=\"rId\(number + 1)\"/>"
            workbookRels +=
                "<Relationship Id=\"rId\(number + 1)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(number + 1).xml\"/>"
        }
        workbook += "</sheets></workbook>"
        workbookRels +=
            "<Relationship Id=\"rId\(names.count + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/></Relationships>"
        return [
            ("[Content_Types].xml", Array(types.utf8)), ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/styles.xml", Array(styles.xml().utf8))
        ] + parts
    }

    private func worksheet(_ sheet: Sheet, styles: inout StyleTable) -> String {
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let corner = SpreadsheetML.reference(row: sheet.frozenRows, column: sheet.frozenColumns)
            out += "<sheetViews><sheetView workbookViewId=\"0\"><pane"
            if sheet.frozenColumns > 0 { out += " xSplit=\"\(sheet.frozenColumns)\"" }
            if sheet.frozenRows > 0 { out += " ySplit=\"\(sheet.frozenRows)\"" }
            out += " topLeftCell=\"\(corner)\" activePane=\"bottomRight\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !sheet.widths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                guard let cell else { continue }
                let reference = SpreadsheetML.reference(row: r, column: c)
                let style = styles.index(cell.style)
                switch cell.value {
                case let .text(text):
                    out +=
                        "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(SpreadsheetML.escape(text))</t></is></c>"
                case let .number(value) where value.isFinite:
                    out += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(SpreadsheetML.number(value))</v></c>"
                case .number:
                    out += "<c r=\"\(reference)\" s=\"\(style)\"/>"
                }
            }
            out += "</row>"
        }
        // Printed (and converted to PDF) landscape, the grid as wide as the page.
        return out
            + "</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    }

    /// `A1` for row 0, column 0.
    static func reference(row: Int, column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return "\(name)\(row + 1)"
    }

    /// A number as the shortest text that reads back to it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// Text safe in XML: escaped as for HTML (the five special characters; control characters
    /// but tab and line breaks dropped), and without U+FFFE and U+FFFF, which XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0.value != 0xFFFE && $0.value != 0xFFFF })
        return HTML.escape(String(scalars))
    }

    /// Sheet names as spreadsheets accept them: at most 31 characters, none of `[]:*?/\`, not
    /// starting or ending with an apostrophe, not empty, unique regardless of case, and not
    /// `History`, which Excel keeps for itself (a segment named so becomes `History (2)`).
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = ["history"]
        return names.map { name in
            var clean = String(
                name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) && $0.value >= 0x20 }
                    .map(Character.init))
            while clean.hasPrefix("'") { clean.removeFirst() }
            while clean.hasSuffix("'") { clean.removeLast() }
            clean = clean.trimmingWhitespace()
            if clean.isEmpty { clean = "Ark" }
            var candidate = String(clean.prefix(31))
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}

/// The styles a workbook's cells use, numbered as `styles.xml` lists them.
private struct StyleTable {
    private var styles: [SpreadsheetML.Style] = [SpreadsheetML.Style()]
    private var numbers: [SpreadsheetML.Style: Int] = [SpreadsheetML.Style(): 0]

    mutating func index(_ style: SpreadsheetML.Style) -> Int {
        if let known = numbers[style] { return known }
        numbers[style] = styles.count
        styles.append(style)
        return styles.count - 1
    }

    private static func argb(_ hex: String) -> String {
        "FF" + hex.dropFirst().uppercased()
    }

    func xml() -> String {
        var formats: [String] = []
        var fonts: [String] = []
        var fills = [
            "<fill><patternFill patternType=\"none\"/></fill>", "<fill><patternFill patternType=\"gray125\"/></fill>"
        ]
        var xfs: [String] = []
        func number<T: Equatable>(_ item: T, in list: inout [T]) -> Int {
            if let index = list.firstIndex(of: item) { return index }
            list.append(item)
            return list.count - 1
        }
        for style in styles {
            var font = "<font>"
            if style.bold { font += "<b/>" }
            if style.italic { font += "<i/>" }
            font += "<sz val=\"11\"/>"
            if let color = style.color { font += "<color rgb=\"\(Self.argb(color))\"/>" }
            font += "<name val=\"Calibri\"/><family val=\"2\"/></font>"
            let fontID = number(font, in: &fonts)
            var fillID = 0
            if style.hatched {
                fillID = number(
                    "<fill><patternFill patternType=\"lightUp\"><fgColor rgb=\"FFBDBDBD\"/><bgColor rgb=\"FFF2F2F2\"/></patternFill></fill>",
                    in: &fills)
            } else if let fill = style.fill {
                fillID = number(
                    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(Self.argb(fill))\"/><bgColor indexed=\"64\"/></patternFill></fill>",
                    in: &fills)
            }
            var formatID = 0
            if let format = style.numberFormat { formatID = 164 + number(format, in: &formats) }
            let borderID = style.outlined ? 2 : style.fill != nil || style.hatched ? 1 : 0
            var xf =
                "<xf numFmtId=\"\(formatID)\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"\(borderID)\" xfId=\"0\""
            xf += " applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\""
            if style.centered || style.wrapped {
                xf += " applyAlignment=\"1\"><alignment"
                if style.centered { xf += " horizontal=\"center\" vertical=\"center\"" }
                if style.wrapped { xf += " wrapText=\"1\"" }
                xf += "/></xf>"
            } else {
                xf += "/>"
            }
            xfs.append(xf)
        }
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !formats.isEmpty {
            out += "<numFmts count=\"\(formats.count)\">"
            for (index, format) in formats.enumerated() {
                out += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(SpreadsheetML.escape(format))\"/>"
            }
            out += "</numFmts>"
        }
        out += "<fonts count=\"\(fonts.count)\">" + fonts.joined() + "</fonts>"
        out += "<fills count=\"\(fills.count)\">" + fills.joined() + "</fills>"
        // None; a thin white frame between filled cells; a medium dark frame round the own-group diagonal.
        func frame(_ style: String, _ color: String) -> String {
            ["left", "right", "top", "bottom"].map { "<\($0) style=\"\(style)\"><color rgb=\"\(color)\"/></\($0)>" }
                .joined() + "<diagonal/>"
        }
        out +=
            "<borders count=\"3\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border>\(frame("thin", "FFFFFFFF"))</border><border>\(frame("medium", Self.argb(ReportPalette.ink)))</border>"
            + "</borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return out + "</styleSheet>"
    }
}

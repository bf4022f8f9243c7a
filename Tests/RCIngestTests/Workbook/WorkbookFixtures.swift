import Foundation
import RCIngest
import Testing

/// The workbook and archive fixtures (`Fixtures/workbooks`, written by its `generate.py`) and
/// workbooks built in memory around a sheet's XML.
enum WorkbookFixtures {
    /// The bytes of the fixture `name`, e.g. `handmade.xlsx`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/workbooks"),
            "missing fixture \(name)")
        return try [UInt8](Data(contentsOf: url))
    }

    /// The fixture `name` read as a workbook.
    static func workbook(_ name: String) throws -> Workbook {
        try Workbook(bytes: bytes(name), file: name)
    }

    /// The fixture `name` read as a ZIP archive.
    static func archive(_ name: String) throws -> ZipArchive {
        try ZipArchive(bytes: bytes(name), file: name)
    }

    /// The error reading `bytes` as a workbook and its sheet `sheet` throws, or nil when none.
    static func workbookError(
        _ bytes: [UInt8], file: String = "svar.xlsx",
        sheet: String? = nil, limits: ArchiveLimits = ArchiveLimits()
    ) -> ArchiveError? {
        do throws(ArchiveError) {
            _ = try Workbook(bytes: bytes, file: file, limits: limits).sheet(named: sheet)
            return nil
        } catch {
            return error
        }
    }

    /// A workbook with one sheet, `Ark1`, whose XML is `sheet` (inside `<sheetData>` unless it
    /// starts with `<`-`?` or `<worksheet`), with `strings` as its shared strings and `styles` as
    /// its styles part.
    static func workbookBytes(
        sheet: String, strings: [String] = [], styles: String? = nil,
        date1904: Bool = false
    ) -> [UInt8] {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let sheetXML =
            sheet.hasPrefix("<worksheet") || sheet.hasPrefix("<?")
            ? sheet
            : "<worksheet \(ns)><sheetData>\(sheet)</sheetData></worksheet>"
        var zip = ZipWriter()
        zip.add(
            "xl/workbook.xml",
            Array(
                """
                <workbook \(ns) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8), deflated: true)
        zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(
                """
                <Relationships><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(sheetXML.utf8), deflated: true)
        if !strings.isEmpty {
            let items = strings.map { "<si><t>\($0)</t></si>" }.joined()
            zip.add("xl/sharedStrings.xml", Array("<sst \(ns)>\(items)</sst>".utf8))
        }
        if let styles { zip.add("xl/styles.xml", Array("<styleSheet \(ns)>\(styles)</styleSheet>".utf8)) }
        return zip.bytes
    }

    /// The rows of the sheet built by ``workbookBytes(sheet:strings:styles:date1904:)``.
    static func rows(
        sheet: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false,
        limits: ArchiveLimits = ArchiveLimits()
    ) throws -> [WorksheetRow] {
        let bytes = workbookBytes(sheet: sheet, strings: strings, styles: styles, date1904: date1904)
        return try Workbook(bytes: bytes, file: "svar.xlsx", limits: limits).sheet(named: nil).rows
    }
}

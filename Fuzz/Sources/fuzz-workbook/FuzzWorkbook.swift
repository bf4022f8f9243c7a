import FuzzSupport

@testable import RCIngest

/// Workbooks. The first byte chooses what the rest of the input is: 0 a whole .xlsx; 1 the sheet
/// XML, 2 the shared strings, 3 the styles, 4 the workbook part of an otherwise valid workbook
/// built in memory (so the fuzzer reaches the XML code without getting through DEFLATE first);
/// 5 the sheet XML of a wide survey's workbook, read on the fast path and the general way alike
/// (``FuzzWorkbookFastPath``).
/// Invariants: no crash; every table's rows have one width, at most 16,384, within the cell
/// limit, numbered 1–1,048,576 in increasing order, none of them empty; every error is one line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let mode = input.byte() % 6
    let rest = input.rest
    if mode == 5 {
        FuzzWorkbookFastPath.run(rest)
        return 0
    }
    let limits = ArchiveLimits(
        maxMemberSize: 1 << 20, maxTotalSize: 4 << 20, ratioThreshold: 64 << 10,
        maxMembers: 4096, maxCells: 100_000)
    let bytes = mode == 0 ? rest : FuzzWorkbookParts(replacing: Int(mode), with: rest).archive
    do throws(ArchiveError) {
        let workbook = try Workbook(bytes: bytes, file: "fuzz.xlsx", limits: limits)
        _ = workbook.sheet(matching: ["dataset", "labels"])
        for name in workbook.sheetNames.prefix(8) {
            do throws(ArchiveError) {
                check(try workbook.sheet(named: name), limits: limits)
            } catch {
                checkMessage(error)
            }
        }
    } catch {
        checkMessage(error)
    }
    return 0
}

func check(_ table: WorksheetTable, limits: ArchiveLimits) {
    let width = table.width
    if width > 16_384 || table.rows.count * width > limits.maxCells {
        violated("a table of \(table.rows.count) × \(width)")
    }
    var previous = 0
    for row in table.rows {
        if row.cells.count != width { violated("row \(row.number) has \(row.cells.count) cells, not \(width)") }
        if row.number <= previous || row.number > 1_048_576 { violated("row \(row.number) after \(previous)") }
        if row.cells.allSatisfy(\.isEmpty) { violated("an empty row \(row.number)") }
        previous = row.number
    }
}

func checkMessage(_ error: ArchiveError) {
    if error.description.contains("\n") { violated("a multi-line error: \(error)") }
    if error.file != "fuzz.xlsx" { violated("an error naming \(error.file)") }
}

/// A small valid workbook, one of whose parts is replaced by the fuzzer's bytes.
struct FuzzWorkbookParts {
    static let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    var parts: [(String, [UInt8])] = [
        (
            "_rels/.rels",
            Array(
                "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
                    .utf8)
        ),
        (
            "xl/workbook.xml",
            Array(
                "<workbook \(ns)><sheets><sheet name=\"Ark1\" r:id=\"rId1\"/><sheet name=\"Ark2\" r:id=\"rId2\"/></sheets></workbook>"
                    .utf8)
        ),
        (
            "xl/_rels/workbook.xml.rels",
            Array(
                ("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"x/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>")
                    .utf8)
        ),
        (
            "xl/worksheets/sheet1.xml",
            Array(
                ("<worksheet \(ns)><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                    + "<c r=\"C1\" s=\"1\"><v>45356.5</v></c><c r=\"D1\" s=\"2\"><v>1.5</v></c></row><row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                    + "</sheetData><mergeCells><mergeCell ref=\"A1:D2\"/></mergeCells></worksheet>").utf8)
        ),
        (
            "xl/worksheets/sheet2.xml",
            Array(
                "<worksheet><sheetData><row><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c></row></sheetData></worksheet>"
                    .utf8)
        ),
        (
            "xl/sharedStrings.xml",
            Array("<sst \(ns)><si><t>a_x000D_</t></si><si><r><t>b</t></r><rPh><t>c</t></rPh></si></sst>".utf8)
        ),
        (
            "xl/styles.xml",
            Array(
                ("<styleSheet \(ns)><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
                    + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"46\"/></cellXfs></styleSheet>")
                    .utf8)
        )
    ]

    /// The workbook with part `mode` (1 sheet, 2 shared strings, 3 styles, 4 workbook) replaced.
    init(replacing mode: Int, with bytes: [UInt8]) {
        let names = ["", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]
        guard mode > 0, mode < names.count else { return }
        for index in parts.indices where parts[index].0 == names[mode] { parts[index].1 = bytes }
    }

    var archive: [UInt8] {
        var zip = ZipWriter()
        for (name, contents) in parts { zip.add(name, contents) }
        return zip.bytes
    }
}

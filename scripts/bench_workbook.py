"""Writes a wide CSV survey (rckit-gen's) as an Excel workbook, for scripts/bench.sh.

    bench_workbook.py WIDE.csv OUT.xlsx

The workbook is laid out as Excel saves one: a single sheet whose text cells refer to the
shared-string table (`<c r="A2" t="s"><v>7</v></c>`), numbers as numbers (`<c r="C2"><v>4</v></c>`),
blank answers as no cell, and the parts deflated. It is written here rather than with openpyxl or
XlsxWriter because both write text as inline strings when streaming (write-only, constant-memory
mode) and need gigabytes otherwise, and because they take minutes for 42 million cells.
"""
import csv
import sys
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook {NS} xmlns:r="{REL}"><sheets><sheet name="Svar" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'),
}


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(source, target):
    strings = {}

    def shared(text):
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(strings)
        return index

    with open(source, newline="", encoding="utf-8") as file, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        for name, text in PARTS.items():
            book.writestr(name, text)
        rows = csv.reader(file)
        header = next(rows)
        letters = [column(k) for k in range(len(header))]
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as sheet:
            sheet.write((
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet {NS} xmlns:r="{REL}"><dimension ref="A1:{letters[-1]}1"/>'
                '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/><sheetData>').encode())
            number = 0
            chunk = []
            for row in _rows(header, rows):
                number += 1
                cells = []
                for k, value in enumerate(row):
                    if value == "":
                        continue
                    if value.isdigit() and k >= 2:
                        cells.append(f'<c r="{letters[k]}{number}"><v>{value}</v></c>')
                    else:
                        cells.append(f'<c r="{letters[k]}{number}" t="s"><v>{shared(value)}</v></c>')
                chunk.append(f'<row r="{number}" spans="1:{len(header)}">{"".join(cells)}</row>')
                if len(chunk) == 2000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write(("".join(chunk) + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" '
                         'bottom="0.75" header="0.3" footer="0.3"/></worksheet>').encode())
        items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        book.writestr("xl/sharedStrings.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'))


def _rows(header, rows):
    yield header
    yield from rows


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

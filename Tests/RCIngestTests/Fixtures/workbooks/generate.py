#!/usr/bin/env python3
"""Writes the workbook and ZIP fixtures of Tests/RCIngestTests/Archive and .../Workbook.

    pip install openpyxl                       # a reference tool, never a build dependency
    apt-get install libreoffice-calc           # optional: soffice makes libreoffice.xlsx and .ods
    python3 generate.py

openpyxl and LibreOffice write real workbooks the way tools do; Python's zipfile and struct
write the hand-made ones that reach what those tools never write (inline strings, phonetic
runs, missing references, ZIP64, broken archives). Every file stays far under 3 MB.
"""
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2024, 1, 1)


def path(name):
    return os.path.join(HERE, name)


def save(workbook, name):
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    workbook.save(path(name))


def openpyxl_basic():
    """Two sheets: values of every kind on 'Ark1', merged header cells on 'Struktur'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws.append(["Navn", "Alder", "Score", "Aktiv", "Dato", "Tidspunkt"])
    ws.append(["Anne", 34, 3.5, True, datetime.date(2024, 3, 5), datetime.datetime(2024, 3, 5, 14, 30)])
    ws.append(["Bo", 3.0, 0.1, False, None, datetime.datetime(2024, 3, 5, 23, 59, 59, 600000)])
    ws.append([])  # row 4: empty, left out
    ws.append(["Æble, ø og å", -2.5e-7, 1234567.125, None, "#N/A", 12345678901234])
    ws["B5"].number_format = "0.00E+00"
    ws["J7"] = "far"  # row 7, column J: widens every row to 10 cells
    s = wb.create_sheet("Struktur")
    s["A1"] = "Spørgsmål 1"
    s.merge_cells("A1:C1")
    s["D1"] = "Spørgsmål 2"
    s.merge_cells("D1:E2")
    s.append(["a", "b", "c"])  # row 2 (append goes after the last row used)
    s["A3"] = 1
    s["E3"] = 5
    s.merge_cells("A10:Z2000")  # a merge over rows that do not exist: costs nothing
    save(wb, "openpyxl-basic.xlsx")


def openpyxl_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["Dato", "Tid"])
    ws.append([datetime.date(2024, 3, 5), datetime.datetime(1904, 1, 1, 6, 0)])
    save(wb, "openpyxl-1904.xlsx")


def surveyxact():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dataset"
    ws.append(["respondent", "rolle", "q1_1"])
    ws.append([1, 2, 4])
    wb.create_sheet("Labels").append(["variable", "value", "label"])
    wb.create_sheet("Structure").append(["variable", "question"])
    save(wb, "surveyxact.xlsx")


def libreoffice():
    """libreoffice.xlsx and libreoffice.ods from the same CSV, when soffice is installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: libreoffice.xlsx and libreoffice.ods are left as they are")
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "libreoffice.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("Rolle,Svar,Dato,Andel\nLæge,4,2024-03-05,0.25\nSygeplejerske,5,2023-12-31,1.5\n")
        for kind in ("xlsx", "ods"):
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--infilter=CSV:44,34,76,1", "--convert-to", kind, "--outdir", tmp, csv],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, f"libreoffice.{kind}"), path(f"libreoffice.{kind}"))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Svar &amp; data" sheetId="1" r:id="rId1"/><x:sheet name="Tom" sheetId="2" r:id="rId2"/></x:sheets>
</x:workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/../worksheets/empty.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="http://example.com/hyperlink" Target="http://example.com/" TargetMode="External"/>
</Relationships>"""
STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>plain</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>
<si><t>line_x000D_
break and _x005F_x000D_ kept</t></si>
<si><t><![CDATA[<cdata & co>]]> &lt;&#65;&#x42;&gt;</t></si>
</sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.00&quot; days&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
</styleSheet>"""
SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand: what Excel and other tools write, and what they may -->
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:XFD1048576"/>
<sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c><c r="B3" t="str"><f>A3&amp;"!"</f><v>inline!</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="d"><v>2024-03-05T10:00:00</v></c></row>
<row><c><v>3E0</v></c><c><v>3.0</v></c><c t="n"><v>-0.5</v></c><c s="1"><v>45356</v></c><c s="2"><v>45356.604166666664</v></c><c s="3"><v>1.5</v></c><c s="4"><v>2.25</v></c></row>
<row r="6" spans="1:3"><c r="A6" s="1"/><c r="B6"><v></v></c></row>
<row r="8"><c r="C8"><v>60</v></c><c r="B8" s="1"><v>60</v></c><c r="A8" s="1"><v>61</v></c><c r="D8" s="1"><v>0.75</v></c><c r="E8" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>
</sheetData>
<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="E3:G4"/></mergeCells>
</worksheet>"""
EMPTY_SHEET = """<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""


def handmade():
    """handmade.xlsx: prefixes, inline and rich strings, every cell type, custom date formats,
    missing references; the sheet stored, the rest deflated."""
    with zipfile.ZipFile(path("handmade.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/strings.xml", STRINGS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr(zipfile.ZipInfo("xl/worksheets/data.xml", (2024, 1, 1, 0, 0, 0)), SHEET, zipfile.ZIP_STORED)
        z.writestr("xl/worksheets/empty.xml", EMPTY_SHEET)


def zips():
    """CSV files in ZIP archives, an .ods by hand, and OLE headers."""
    csv = "rolle;svar\nLæge;4\n"
    with zipfile.ZipFile(path("one-csv.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("export/", "")
        z.writestr("export/README.txt", "not data")
        z.writestr("export/svar.csv", csv)
    with zipfile.ZipFile(path("two-csv.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("før.csv", csv)
        z.writestr("efter.CSV", csv, zipfile.ZIP_STORED)
    with zipfile.ZipFile(path("bzip2.zip"), "w", zipfile.ZIP_BZIP2) as z:
        z.writestr("svar.csv", csv)
    # OLE compound files: just the header and a directory entry's name, which is all rckit looks at.
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with open(path("old.xls"), "wb") as f:
        f.write(ole + "Workbook".encode("utf-16-le") + bytes(64))
    with open(path("encrypted.xlsx"), "wb") as f:
        f.write(ole + "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(32))
    with zipfile.ZipFile(path("handmade.ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)


def local_header(name, method, crc, csize, usize, flags=0, extra=b""):
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, flags, method, 0, 0x5821, crc, csize, usize,
                       len(name), len(extra)) + name + extra


def central_header(name, method, crc, csize, usize, offset, flags=0, extra=b""):
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, flags, method, 0, 0x5821, crc, csize, usize,
                       len(name), len(extra), 0, 0, 0, 0, offset) + name + extra


def end_record(count, size, offset):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)


def archive(members):
    """A ZIP of (name, method, crc, data, usize, flags) members, written by hand."""
    body, directory = b"", b""
    for name, method, crc, data, usize, flags in members:
        offset = len(body)
        body += local_header(name, method, crc, len(data), usize, flags) + data
        directory += central_header(name, method, crc, len(data), usize, offset, flags)
    return body + directory + end_record(len(members), len(directory), len(body))


def deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def broken():
    """ZIP64, a damaged DEFLATE stream, a CRC mismatch, an encrypted member, truncated files."""
    text = b"rolle,svar\nL\xc3\xa6ge,4\n" * 20
    packed = deflate(text)
    crc = zlib.crc32(text)
    # ZIP64: 32-bit fields all 0xFFFFFFFF, the real values in the extra field and the ZIP64 end records.
    name = b"zip64.csv"
    extra = struct.pack("<HHQQQ", 1, 24, len(text), len(packed), 0)
    local = local_header(name, 8, crc, 0xFFFFFFFF, 0xFFFFFFFF, extra=struct.pack("<HHQQ", 1, 16, len(text), len(packed)))
    body = local + packed
    central = central_header(name, 8, crc, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, extra=extra)
    record_offset = len(body) + len(central)
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, len(central), len(body))
    locator = struct.pack("<IIQI", 0x07064B50, 0, record_offset, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    with open(path("zip64.zip"), "wb") as f:
        f.write(body + central + record + locator + end)
    with open(path("bad-deflate.zip"), "wb") as f:  # BFINAL 1 and BTYPE 11: a reserved block type
        f.write(archive([(b"svar.csv", 8, crc, b"\xff" + packed[1:], len(text), 0)]))
    with open(path("bad-crc.zip"), "wb") as f:
        f.write(archive([(b"svar.csv", 8, crc ^ 1, packed, len(text), 0)]))
    with open(path("encrypted-member.zip"), "wb") as f:
        f.write(archive([(b"svar.csv", 8, crc, packed, len(text), 1)]))
    with open(path("handmade.xlsx"), "rb") as f:
        whole = f.read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])


if __name__ == "__main__":
    openpyxl_basic()
    openpyxl_1904()
    surveyxact()
    libreoffice()
    handmade()
    zips()
    broken()
    for name in sorted(os.listdir(HERE)):
        print(f"{os.path.getsize(path(name)):8d}  {name}")

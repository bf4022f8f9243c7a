#!/usr/bin/env python3
"""Workbooks and archives made from the sample export and the SurveyXact fixture, for the tests
that read them like the CSV files they were made from (RCKitCLITests/WorkbookInputTests).

    python3 generate.py        # needs openpyxl (pip) and LibreOffice's soffice (Debian: libreoffice-calc)

- foer-openpyxl.xlsx: sample-data/forstuegang-foer.csv written by openpyxl, scores as numbers;
- foer-libreoffice.xlsx: the same CSV converted by `soffice --headless --convert-to xlsx`;
- foer.zip: the CSV in a ZIP archive, as Google Forms' "Download responses (.csv)" gives it;
- bad-value.xlsx: a small tidy workbook whose row 3 has the score 9 (outside the scale), for
  the place a rejection names (`bad-value.xlsx:Svar!F3`);
- surveyxact.xlsx: the SurveyXact CSV trio (shapes/surveyxact) as one workbook with the sheets
  Dataset, Labels and Structure, codes as numbers.
"""
import csv
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../../.."))
SAMPLE = os.path.join(ROOT, "sample-data/forstuegang-foer.csv")
TRIO = os.path.join(HERE, "../../shapes/surveyxact")


def number_or_text(value):
    """Whole numbers as numbers (as a spreadsheet holds scores and codes), the rest as text."""
    if value.isdigit() and (value == "0" or not value.startswith("0")):
        return int(value)
    return value


def openpyxl_sample():
    with open(SAMPLE, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Svar"
    for row in rows:
        ws.append([number_or_text(v) for v in row])
    wb.save(os.path.join(HERE, "foer-openpyxl.xlsx"))


def libreoffice_sample():
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "foer-libreoffice.csv")
        shutil.copy(SAMPLE, source)
        # 44: comma, 34: double quote, 76: UTF-8, 1: start at row 1.
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
                        "--outdir", folder, source], check=True, capture_output=True)
        shutil.copy(os.path.join(folder, "foer-libreoffice.xlsx"), HERE)


def zipped_sample():
    with zipfile.ZipFile(os.path.join(HERE, "foer.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(SAMPLE, "forstuegang-foer.csv")


def surveyxact_workbook():
    wb = openpyxl.Workbook()
    first = True
    for name, sheet in (("dataset.csv", "Dataset"), ("labels.csv", "Labels"), ("structure.csv", "Structure")):
        with open(os.path.join(TRIO, name), encoding="cp1252", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        ws = wb.active if first else wb.create_sheet(sheet)
        ws.title = sheet
        first = False
        for row in rows:
            ws.append([number_or_text(v) for v in row])
    wb.save(os.path.join(HERE, "surveyxact.xlsx"))


def bad_value():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["respondent", "round", "rater_role", "target_role", "dimension", "value"])
    ws.append(["R1", "", "Læge", "Sygeplejerske", "shared_goals", 4])
    ws.append(["R1", "", "Læge", "Sygeplejerske", "mutual_respect", 9])
    wb.save(os.path.join(HERE, "bad-value.xlsx"))


if __name__ == "__main__":
    bad_value()
    openpyxl_sample()
    libreoffice_sample()
    zipped_sample()
    surveyxact_workbook()

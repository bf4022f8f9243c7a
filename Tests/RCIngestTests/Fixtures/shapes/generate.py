#!/usr/bin/env python3
"""Writes the export-shape fixtures: one small survey (5 respondents, 4 roles, 7 dimensions)
in every shape rckit reads. Run from this folder: python3 generate.py. The bytes are written
deliberately (encodings, BOMs, line endings); see README.md for what each file covers."""
import json

ROLES = ["Social- og sundhedsassistent", "Læge", "Sygeplejerske", "Fysioterapeut"]
ROLES_EN = ["Social and healthcare assistant", "Physician", "Nurse", "Physiotherapist"]
RESPONDENTS = [("R01", "Sygeplejerske"), ("R02", "Læge"), ("R03", "Social- og sundhedsassistent"),
               ("R04", "Fysioterapeut"), ("R05", "Sygeplejerske")]
DIMS = ["frequent_communication", "timely_communication", "accurate_communication",
        "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"]
LABEL_DA = ["Hyppig kommunikation", "Rettidig kommunikation", "Præcis kommunikation",
            "Problemløsende kommunikation", "Fælles mål", "Fælles viden", "Gensidig respekt"]
PROCESS_DA, PROCESS_EN = "patientforløbet", "the patient pathway"
QUESTION_DA = [
    "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om {p}?",
    "Kommunikerer personer i disse faggrupper med dig om {p} i tide?",
    "Kommunikerer personer i disse faggrupper præcist med dig om {p}?",
    "Når der opstår et problem i {p}, skyder personer i disse faggrupper så skylden på andre, eller løser de problemet sammen med dig?",
    "I hvor høj grad deler personer i disse faggrupper dine mål for {p}?",
    "Hvor meget ved personer i disse faggrupper om det arbejde, du udfører i {p}?",
    "I hvor høj grad respekterer personer i disse faggrupper det arbejde, du udfører i {p}?",
]
QUESTION_EN = [
    "How frequently do people in each of these groups communicate with you about {p}?",
    "Do people in these groups communicate with you in a timely way about {p}?",
    "Do people in these groups communicate with you accurately about {p}?",
    "When there is a problem with {p}, do people in these groups blame others or work with you to solve the problem?",
    "How much do people in these groups share your goals for {p}?",
    "How much do people in these groups know about the work you do with {p}?",
    "How much do people in these groups respect the work you do with {p}?",
]
SCALES_DA = [
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Hele tiden"],
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    ["Skyder altid skylden på andre", "Skyder oftest skylden på andre", "Hverken eller",
     "Løser oftest problemet sammen med dig", "Løser altid problemet sammen med dig"],
    ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
    ["Intet", "Lidt", "Noget", "Meget", "Alt"],
    ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
]
SCALES_EN = [
    ["Never", "Rarely", "Occasionally", "Often", "Constantly"],
    ["Never", "Rarely", "Occasionally", "Often", "Always"],
    ["Never", "Rarely", "Occasionally", "Often", "Always"],
    ["Always blame others", "Mostly blame others", "Neither", "Mostly work with you to solve it",
     "Always work with you to solve it"],
    ["Not at all", "A little", "Somewhat", "A lot", "Completely"],
    ["Nothing", "A little", "Some", "A lot", "Everything"],
    ["Not at all", "A little", "Somewhat", "A lot", "Completely"],
]
# Missing answers: "Ved ikke" (don't know) and blanks, by (respondent, target, dimension).
DONT_KNOW = {("R01", "Læge", 0), ("R02", "Fysioterapeut", 5), ("R03", "Læge", 2)}
BLANK = {("R04", "Sygeplejerske", 6), ("R05", "Social- og sundhedsassistent", 3)}


def score(r, t, d):
    """The answer: 1–5, or 'dk' (don't know) or '' (blank)."""
    rid = RESPONDENTS[r][0]
    if (rid, ROLES[t], d) in DONT_KNOW:
        return "dk"
    if (rid, ROLES[t], d) in BLANK:
        return ""
    return (r * 7 + t * 3 + d * 5 + (r * t) % 3) % 5 + 1


COLUMNS = [(t, d) for d in range(7) for t in range(4)]  # dimension-major, like a matrix per question


def cell(r, t, d, style):
    s = score(r, t, d)
    if s == "":
        return ""
    if style == "number":
        return "Ved ikke" if s == "dk" else str(s)
    if style == "da":
        return "Ved ikke" if s == "dk" else SCALES_DA[d][s - 1]
    if style == "en":
        return "Don't know" if s == "dk" else SCALES_EN[d][s - 1]
    if style == "qualtrics-numeric":
        return "-99" if s == "dk" else str(s)
    if style == "sx-code":
        return "6" if s == "dk" else str(s)
    if style == "lime-code":
        return "" if s == "dk" else "A%d" % s
    if style == "lime4-code":
        return "AO06" if s == "dk" else "AO%02d" % s
    if style == "code-6":
        return "6" if s == "dk" else str(s)
    raise ValueError(style)


def quote(field, sep, always=False):
    if always or any(c in field for c in (sep, '"', "\n", "\r")):
        return '"' + field.replace('"', '""') + '"'
    return field


def csv(rows, sep=",", eol="\n", always=False):
    return "".join(sep.join(quote(f, sep, always) for f in row) + eol for row in rows)


def write(name, text, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)


# The tidy original.
rows = [["respondent", "round", "rater_role", "target_role", "dimension", "value"]]
for r, (rid, role) in enumerate(RESPONDENTS):
    for t in range(4):
        for d in range(7):
            rows.append([rid, "", role, ROLES[t], DIMS[d], cell(r, t, d, "number")])
write("tidy-original.csv", csv(rows))

# (a) Generic wide: semicolon, Windows-1252, CRLF, Danish labels as headers and values.
header = ["Respondent", "Faggruppe"] + ["%s - %s" % (LABEL_DA[d], ROLES[t]) for t, d in COLUMNS]
rows = [header] + [[rid, role] + [cell(r, t, d, "da") for t, d in COLUMNS] for r, (rid, role) in enumerate(RESPONDENTS)]
write("wide-semicolon-windows1252.csv", csv(rows, ";", "\r\n"), "cp1252")

# (b) Excel "Unicode text": UTF-16 LE with BOM, tab-separated, CRLF; `Role: Dimension` headers, numbers.
header = ["Respondent", "Rolle"] + ["%s: %s" % (ROLES[t], LABEL_DA[d]) for t, d in COLUMNS]
rows = [header] + [[rid, role] + [cell(r, t, d, "number") for t, d in COLUMNS] for r, (rid, role) in enumerate(RESPONDENTS)]
write("excel-unicode-text.txt", b"\xff\xfe" + csv(rows, "\t", "\r\n").encode("utf-16-le"))

# (c) Qualtrics: export tags, question texts, ImportId JSON; metadata, a role question, a comment.
META = [("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Copenhagen"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Copenhagen"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Copenhagen"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}')]
COMMENTS = ["Godt samarbejde,\nmen travle dage", "", "Mere tid til overlap ønskes", "", "Fint"]


def qualtrics(style, role_column, role_codes=False):
    tags = [m[0] for m in META]
    texts = [m[1] for m in META]
    ids = [m[2] for m in META]
    if role_column == "question":
        tags.append("Q1"); texts.append("What is your profession?"); ids.append('{"ImportId":"QID1"}')
    for t, d in COLUMNS:
        tags.append("Q%d_%d" % (d + 2, t + 1))
        texts.append("%s - %s" % (QUESTION_EN[d].format(p=PROCESS_EN), ROLES_EN[t]))
        ids.append('{"ImportId":"QID%d_%d"}' % (d + 2, t + 1))
    tags.append("Q9"); texts.append("Any other comments on working together?"); ids.append('{"ImportId":"QID9_TEXT"}')
    if role_column == "embedded":
        tags.append("Faggruppe"); texts.append("Faggruppe"); ids.append('{"ImportId":"Faggruppe"}')
    rows = [tags, texts, ids]
    for r, (rid, role) in enumerate(RESPONDENTS):
        meta = ["2024-03-0%d 09:1%d:00" % (r + 4, r), "2024-03-0%d 09:2%d:41" % (r + 4, r), "IP Address",
                "10.0.0.%d" % (r + 10), "100", str(600 + 37 * r), "True", "2024-03-0%d 09:2%d:42" % (r + 4, r),
                "R_%s" % ["1a2B3c4D5e6F7g8", "2b3C4d5E6f7G8h9", "3c4D5e6F7g8H9i0", "4d5E6f7G8h9I0j1", "5e6F7g8H9i0J1k2"][r],
                "", "", "", "", "55.6761", "12.5683", "anonymous", "DA"]
        role_en = ROLES_EN[ROLES.index(role)]
        row = meta + ([str(ROLES.index(role) + 1) if role_codes else role_en] if role_column == "question" else [])
        row += [cell(r, t, d, style) for t, d in COLUMNS] + [COMMENTS[r]]
        row += [role] if role_column == "embedded" else []
        rows.append(row)
    return csv(rows, ",", "\r\n")


write("qualtrics-choice-text.csv", qualtrics("en", "question"), "utf-8-sig")
write("qualtrics-numeric.csv", qualtrics("qualtrics-numeric", "embedded"), "utf-8-sig")

# (d) SurveyXact dataset export: variables, plus structure and labels files beside it
# (semicolon, Windows-1252, CRLF, as the "CSV (European)" export writes them).
variables = ["s_1"] + ["s_%d_%d" % (d + 2, t + 1) for t, d in COLUMNS]
rows = [variables + ["s_9"]]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(ROLES.index(role) + 1)] + [cell(r, t, d, "sx-code") for t, d in COLUMNS] + [COMMENTS[r].replace("\n", " ")])
write("surveyxact/dataset.csv", csv(rows, ";", "\r\n"), "cp1252")
structure = [["questionName", "variableName", "questionType", "subType", "questionText", "choiceValue", "choiceText"]]
structure.append(["s_1", "s_1", "Closed", "Single", "Hvilken faggruppe tilhører du?", "", ""])
for t, d in COLUMNS:
    var = "s_%d_%d" % (d + 2, t + 1)
    structure.append([var, var, "Closed", "Single", "%s - %s" % (QUESTION_DA[d].format(p=PROCESS_DA), ROLES[t]), "", ""])
structure.append(["s_9", "s_9", "Open", "String", "Kommentarer til samarbejdet", "", ""])
write("surveyxact/structure.csv", csv(structure, ";", "\r\n"), "cp1252")
labels = [["s_1", str(i + 1), role] for i, role in enumerate(ROLES)]
for t, d in COLUMNS:
    var = "s_%d_%d" % (d + 2, t + 1)
    labels += [[var, str(i + 1), label] for i, label in enumerate(SCALES_DA[d])] + [[var, "6", "Ved ikke"]]
write("surveyxact/labels.csv", csv(labels, ";", "\r\n"), "cp1252")

# SurveyXact label export: one file, question texts as headers, labels as values.
header = ["Hvilken faggruppe tilhører du?"] + ["%s - %s" % (QUESTION_DA[d].format(p=PROCESS_DA), ROLES[t]) for t, d in COLUMNS]
rows = [header] + [[role] + [cell(r, t, d, "da") for t, d in COLUMNS] for r, (rid, role) in enumerate(RESPONDENTS)]
write("surveyxact-labels-export.csv", csv(rows, ";", "\r\n"), "cp1252")

# (e) LimeSurvey, question-code headings and answer codes: UTF-8 BOM, every field quoted.
codes = ["FREQ", "TIME", "ACCU", "PROB", "GOAL", "KNOW", "RESP"]
header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "FAG"] + ["%s[SQ00%d]" % (codes[d], t + 1) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "2024-03-0%d 10:0%d:00" % (r + 4, r), "3", "da", str(1234567 + r),
                 "A%d" % (ROLES.index(role) + 1)] + [cell(r, t, d, "lime-code") for t, d in COLUMNS])
write("limesurvey-codes.csv", csv(rows, ",", "\n", always=True), "utf-8-sig")
mapping = {"rckit_mapping": 1, "header_rows": 1, "respondent": "id", "rater_role": "FAG", "round": None,
           "roles": {"A%d" % (i + 1): role for i, role in enumerate(ROLES)},
           "values": {DIMS[d]: {"A%d" % (i + 1): label for i, label in enumerate(SCALES_DA[d])} for d in range(7)},
           "columns": {"%s[SQ00%d]" % (codes[d], t + 1): {"target": ROLES[t], "dimension": DIMS[d]} for t, d in COLUMNS}}
write("limesurvey-codes.mapping.json", json.dumps(mapping, ensure_ascii=False, indent=2) + "\n")

# LimeSurvey, full question text headings and full answers.
def lime_question(d):
    return LABEL_DA[d] if d == 4 else QUESTION_DA[d].format(p=PROCESS_DA)
header = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Hvilken faggruppe tilhører du?"]
header += ["%s [%s]" % (lime_question(d), ROLES[t]) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "2024-03-0%d 10:0%d:00" % (r + 4, r), "3", "da", str(1234567 + r), role]
                + [cell(r, t, d, "da") for t, d in COLUMNS])
write("limesurvey-full-text.csv", csv(rows, ",", "\n", always=True), "utf-8-sig")

# (f) Google Forms: Timestamp first, `Question [Row]` grid headers, labels as values.
header = ["Timestamp", "Hvilken faggruppe tilhører du?"] + ["%s [%s]" % (QUESTION_DA[d].format(p=PROCESS_DA), ROLES[t]) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append(["2024/03/0%d 10:1%d:0%d AM GMT+1" % (r + 4, r, r), role] + [cell(r, t, d, "da") for t, d in COLUMNS])
write("google-forms.csv", csv(rows))

# (g) Microsoft Forms, the Excel download saved as "CSV UTF-8": ID, times, Email, Name, then
# questions; a Likert question's statements are `Question.Statement` columns.
header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Hvilken faggruppe tilhører du?"]
header += ["%s.%s" % (QUESTION_DA[d].format(p=PROCESS_DA), ROLES[t]) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "3/%d/24 10:0%d:11" % (r + 4, r), "3/%d/24 10:1%d:52" % (r + 4, r), "anonymous", "", "", role]
                + [cell(r, t, d, "da") for t, d in COLUMNS])
write("microsoft-forms.csv", csv(rows, ",", "\r\n"), "utf-8-sig")

# Rejections: a tidy file and a wide file with one problem per line.
rows = [["respondent", "round", "rater_role", "target_role", "dimension", "value"],
        ["R01", "", "Sygeplejerske", "Læge", "shared_goals", "4"],          # 2: accepted
        ["R01", "", "Sygeplejerske", "Læge", "mutual_respect", "6"],        # 3: out of range
        ["R01", "", "Sygeplejerske", "Læge", "Tillid", "3"],                # 4: unknown dimension
        ["R02", "", "", "Sygeplejerske", "shared_goals", "2"],              # 5: no rater role
        ["R03", "", "Portør", "Læge", "shared_goals", "5"],                 # 6: unknown role (with roles)
        ["R01", "", "Sygeplejerske", "Læge", "frequent_communication", "Ved ikke"]]  # 7: missing
write("rejects-long.csv", csv(rows))
header = ["Respondent", "Faggruppe"] + ["%s - %s" % (LABEL_DA[d], ROLES[t]) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS[:4]):
    row = [rid, role] + [cell(r, t, d, "number") for t, d in COLUMNS]
    if r == 1:
        row[1] = ""                       # line 3: no rater role, all 28 answers rejected
    if r == 2:
        row[2 + 5] = "7"                  # line 4: one score out of range (column 8)
    if r == 3:
        row[1] = "Portør"                 # line 5: unknown role (with roles)
    rows.append(row)
write("rejects-wide.csv", csv(rows))


# ---- Exports of codes (issue 15): files whose codes nothing in them translates. ----
# Conventions and their sources are in CONVENTIONS.md beside this script.

# Qualtrics "Download data table" with "Use numeric values": the role question as its recode
# values 1–4 and the scale's "Don't know" as the recode value just above it, 6 — no labels in
# the file. Read only with --value-labels (the companion file says what the codes mean).
write("qualtrics-numeric-dont-know.csv", qualtrics("code-6", "question", role_codes=True), "utf-8-sig")
rows = [["column", "code", "label"]] + [["Q1", str(i + 1), role] for i, role in enumerate(ROLES)] + [["*", "6", "Ved ikke"]]
write("qualtrics-numeric-dont-know.values.csv", csv(rows))

# LimeSurvey 4–6, "Full question text" headings with "Answer codes" responses: the answer options
# coded AO01… in the order they were added, "Ved ikke" added as a sixth option AO06.
header = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Hvilken faggruppe tilhører du?"]
header += ["%s [%s]" % (lime_question(d), ROLES[t]) for t, d in COLUMNS]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "2024-03-0%d 10:0%d:00" % (r + 4, r), "3", "da", str(1234567 + r), "AO%02d" % (ROLES.index(role) + 1)]
                + [cell(r, t, d, "lime4-code") for t, d in COLUMNS])
write("limesurvey4-answer-codes.csv", csv(rows, ",", "\r\n", always=True), "utf-8-sig")
rows = [["column", "code", "label"]]
rows += [["Hvilken faggruppe tilhører du?", "AO%02d" % (i + 1), role] for i, role in enumerate(ROLES)]
rows += [[DIMS[d], "AO%02d" % (i + 1), label] for d in range(7) for i, label in enumerate(SCALES_DA[d])]
rows += [["*", "AO06", "Ved ikke"]]
write("limesurvey4-answer-codes.values.csv", csv(rows))

# REDCap: the raw export (record_id, redcap_survey_identifier, <form>_timestamp, the fields,
# <form>_complete; choice codes) and the project's data dictionary beside it. One matrix per
# dimension: the group's first field carries the question as its section header, each field's
# label is a role; choices `1, Aldrig | … | 5, Hele tiden | 6, Ved ikke`.
import os
os.makedirs("redcap", exist_ok=True)
os.makedirs("redcap-alone", exist_ok=True)
MATRIX = ["hyppig", "rettidig", "praecis", "problem", "maal", "viden", "respekt"]
FORM = "rc_samarbejde"
variables = ["record_id", "redcap_survey_identifier", FORM + "_timestamp", "faggruppe"]
variables += ["%s_%d" % (MATRIX[d], t + 1) for t, d in COLUMNS] + ["kommentar", FORM + "_complete"]
rows = [variables]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "", "2024-03-%02d 10:%02d:41" % (r + 4, 10 + r), str(ROLES.index(role) + 1)]
                + [cell(r, t, d, "code-6") for t, d in COLUMNS] + [COMMENTS[r], "2"])
raw = csv(rows, ",", "\n")
write("redcap/RCsamarbejde_DATA_2024-03-11_1403.csv", raw, "utf-8-sig")
write("redcap-alone/RCsamarbejde_DATA_2024-03-11_1403.csv", raw, "utf-8-sig")
dd = [["Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
       "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
       "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
       "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
       "Field Annotation"]]
def dd_row(name, section, kind, label, choices="", matrix=""):
    return [name, FORM, section, kind, label, choices, "", "", "", "", "", "", "", "", "", matrix, "", ""]
dd.append(dd_row("record_id", "", "text", "Record ID"))
dd.append(dd_row("faggruppe", "", "radio", "Hvilken faggruppe tilhører du?",
                 " | ".join("%d, %s" % (i + 1, role) for i, role in enumerate(ROLES))))
for d in range(7):
    choices = " | ".join("%d, %s" % (i + 1, label) for i, label in enumerate(SCALES_DA[d])) + " | 6, Ved ikke"
    for t in range(4):
        section = QUESTION_DA[d].format(p=PROCESS_DA) if t == 0 else ""
        dd.append(dd_row("%s_%d" % (MATRIX[d], t + 1), section, "radio", ROLES[t], choices, MATRIX[d]))
dd.append(dd_row("kommentar", "", "notes", "Kommentarer til samarbejdet"))
write("redcap/RCsamarbejde_DataDictionary_2024-03-11.csv", csv(dd, ",", "\n"), "utf-8-sig")

# REDCap's labels export of the same records: field labels as headers (a matrix field's label is
# its row, so the role names repeat, once per matrix) and choice labels as values.
header = ["Record ID", "Survey Identifier", "Survey Timestamp", "Hvilken faggruppe tilhører du?"]
header += [ROLES[t] for t, d in COLUMNS] + ["Kommentarer til samarbejdet", "Complete?"]
rows = [header]
for r, (rid, role) in enumerate(RESPONDENTS):
    rows.append([str(r + 1), "", "2024-03-%02d 10:%02d:41" % (r + 4, 10 + r), role]
                + [cell(r, t, d, "da") for t, d in COLUMNS] + [COMMENTS[r], "Complete"])
write("redcap/RCsamarbejde_DATA_LABELS_2024-03-11_1403.csv", csv(rows, ",", "\n"), "utf-8-sig")

# Microsoft Forms' "Open results in Excel" download: ID, Start time, Completion time, Email, Name,
# Last modified time, then the questions. Each Likert statement is a column headed by the
# statement alone (here the role); a repeated header gets a number (Læge, Læge2, … Læge7).
# One Likert question's statements come out of order, as Forms can write them.
import datetime
ms_columns = list(COLUMNS)
ms_columns[12:16] = list(reversed(ms_columns[12:16]))  # question 4's statements in another order
header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Hvilken faggruppe tilhører du?"]
header += [ROLES[t] + ("" if d == 0 else str(d + 1)) for t, d in ms_columns]
ms_rows = []
for r, (rid, role) in enumerate(RESPONDENTS):
    start = datetime.datetime(2024, 3, 4 + r, 10, r, 11)
    ms_rows.append([r + 1, start, start + datetime.timedelta(minutes=10, seconds=41), "anonymous", None, None, role]
                   + [cell(r, t, d, "da") or None for t, d in ms_columns])
try:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in ms_rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=3):
        for c in row:
            c.number_format = "m/d/yy h:mm:ss"
    book.save("microsoft-forms-statements.xlsx")
except ImportError:
    print("openpyxl missing: microsoft-forms-statements.xlsx not written")

# The same workbook saved from Danish Excel as "CSV (semikolonsepareret)": `;`, Windows-1252, CRLF,
# dates as Danish Excel shows them.
rows = [header] + [[str(row[0]), row[1].strftime("%d-%m-%Y %H:%M"), row[2].strftime("%d-%m-%Y %H:%M"), row[3], "", "", row[6]]
                   + [v or "" for v in row[7:]] for row in ms_rows]
write("microsoft-forms-danish-excel.csv", csv(rows, ";", "\r\n"), "cp1252")

# SurveyMonkey "All responses data", Condensed: two header rows. Row 1: SurveyMonkey's columns,
# then each question's text above its first column only; row 2: "Response" / "Open-Ended
# Response" under a single-column question, each matrix row's text (the role) under its column.
SM_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name", "Custom Data 1"]
def surveymonkey(numerical):
    top = SM_META + ["Hvilken faggruppe tilhører du?"]
    sub = [""] * len(SM_META) + ["Response"]
    for t, d in COLUMNS:
        top.append(QUESTION_DA[d].format(p=PROCESS_DA) if t == 0 else "")
        sub.append(ROLES[t])
    top.append("Kommentarer til samarbejdet"); sub.append("Open-Ended Response")
    rows = [top, sub]
    for r, (rid, role) in enumerate(RESPONDENTS):
        meta = [str(114200000000 + 1234 * (r + 1)), "431234567", "03/%02d/2024 10:%02d:11 AM" % (r + 4, r),
                "03/%02d/2024 10:%02d:52 AM" % (r + 4, 10 + r), "10.0.0.%d" % (r + 10), "", "", "", ""]
        answers = [cell(r, t, d, "code-6" if numerical else "da") for t, d in COLUMNS]
        rows.append(meta + [str(ROLES.index(role) + 1) if numerical else role] + answers + [COMMENTS[r]])
    return rows
sm_rows = surveymonkey(False)
write("surveymonkey-condensed.csv", csv(sm_rows, ",", "\r\n"), "utf-8-sig")
write("surveymonkey-numerical.csv", csv(surveymonkey(True), ",", "\r\n"), "utf-8-sig")
try:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet"
    for row in sm_rows:
        sheet.append([v if v != "" else None for v in row])
    book.save("surveymonkey-condensed.xlsx")
except ImportError:
    print("openpyxl missing: surveymonkey-condensed.xlsx not written")
rows = [["column", "code", "label"]] + [["Hvilken faggruppe tilhører du?", str(i + 1), role] for i, role in enumerate(ROLES)]
rows += [["*", "6", "Ved ikke"]]
write("surveymonkey-numerical.values.csv", csv(rows))

# SurveyMonkey "All responses data", Expanded: every answer choice its own column. A single-answer
# question's columns are headed by its choices in row 2; a matrix's by `Row - Choice` (here
# `Læge - Aldrig`, the "Ved ikke" column too); a cell holds the choice's text where it was chosen
# and is empty elsewhere (see CONVENTIONS.md). rckit refuses it, asking for Condensed.
def surveymonkey_expanded():
    top = SM_META + ["Hvilken faggruppe tilhører du?"] + [""] * (len(ROLES) - 1)
    sub = [""] * len(SM_META) + list(ROLES)
    for d in range(7):
        for t in range(4):
            for k, choice in enumerate(SCALES_DA[d] + ["Ved ikke"]):
                top.append(QUESTION_DA[d].format(p=PROCESS_DA) if t == 0 and k == 0 else "")
                sub.append("%s - %s" % (ROLES[t], choice))
    rows = [top, sub]
    for r, (rid, role) in enumerate(RESPONDENTS):
        meta = [str(114200000000 + 1234 * (r + 1)), "431234567", "03/%02d/2024 10:%02d:11 AM" % (r + 4, r),
                "03/%02d/2024 10:%02d:52 AM" % (r + 4, 10 + r), "10.0.0.%d" % (r + 10), "", "", "", ""]
        row = meta + [role if role == other else "" for other in ROLES]
        for d in range(7):
            for t in range(4):
                answer = cell(r, t, d, "da")
                row += [choice if choice == answer else "" for choice in SCALES_DA[d] + ["Ved ikke"]]
        rows.append(row)
    return rows
write("surveymonkey-expanded.csv", csv(surveymonkey_expanded(), ",", "\r\n"), "utf-8-sig")
# The same as a workbook, each question's text merged across its columns in row 1.
try:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet"
    sm_expanded = surveymonkey_expanded()
    for row in sm_expanded:
        sheet.append([v if v != "" else None for v in row])
    top = sm_expanded[0]
    starts = [i for i, v in enumerate(top) if v] + [len(top)]
    for a, b in zip(starts, starts[1:]):
        if b - a > 1:
            sheet.merge_cells(start_row=1, start_column=a + 1, end_row=1, end_column=b)
    book.save("surveymonkey-expanded.xlsx")
except ImportError:
    print("openpyxl missing: surveymonkey-expanded.xlsx not written")

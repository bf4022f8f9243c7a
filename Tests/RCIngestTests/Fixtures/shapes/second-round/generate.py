#!/usr/bin/env python3
"""Writes the issue-27 export fixtures ("Real exports, second round") and, beside each, the
`expected.csv` a correct reader must produce from it (rckit's tidy long format).

Run from this folder: python3 generate.py. Deterministic: the same bytes on every run (scores come
from SHA-256 of fixed keys; the one .xlsx is zipped by hand with fixed timestamps; no clock is read).
Only the standard library is used. Each tool's conventions, and where they were checked, are in
README.md beside this script.
"""
import hashlib
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# The survey: seven dimensions, four roles, Danish labels (instruments/rc7-da.json, SPEC §1).
# ---------------------------------------------------------------------------------------------
SYG, LAEGE, FYS, SSA = "Sygeplejerske", "Læge", "Fysioterapeut", "Social- og sundhedsassistent"
ROLES = [SYG, LAEGE, FYS, SSA]
DIMS = ["frequent_communication", "timely_communication", "accurate_communication",
        "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"]
PROCESS = "patientforløbet"
QUESTION = [
    "Hvor ofte kommunikerer personer i hver af disse faggrupper med dig om patientforløbet?",
    "Kommunikerer personer i disse faggrupper med dig om patientforløbet i tide?",
    "Kommunikerer personer i disse faggrupper præcist med dig om patientforløbet?",
    "Når der opstår et problem i patientforløbet, skyder personer i disse faggrupper så skylden på andre, eller løser de problemet sammen med dig?",
    "I hvor høj grad deler personer i disse faggrupper dine mål for patientforløbet?",
    "Hvor meget ved personer i disse faggrupper om det arbejde, du udfører i patientforløbet?",
    "I hvor høj grad respekterer personer i disse faggrupper det arbejde, du udfører i patientforløbet?",
]
SCALE = [
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Hele tiden"],
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    ["Skyder altid skylden på andre", "Skyder oftest skylden på andre", "Hverken eller",
     "Løser oftest problemet sammen med dig", "Løser altid problemet sammen med dig"],
    ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
    ["Intet", "Lidt", "Noget", "Meget", "Alt"],
    ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
]
DK = "Ved ikke"
ROLE_QUESTION = "Hvilken faggruppe tilhører du?"
COMMENT_QUESTION = "Kommentarer til samarbejdet"


class Response:
    """One respondent's answers in one round: answers[(target, d)] is 1–5, 'dk' or '' (blank)."""

    def __init__(self, fixture, respondent, rnd, role, background=None, round_key=None):
        self.respondent, self.round, self.role = respondent, rnd, role
        self.background = background or {}
        self.answers = {}
        key_round = rnd if round_key is None else round_key
        for target in ROLES:
            for d in range(7):
                h = hashlib.sha256(f"{fixture}|{respondent}|{key_round}|{target}|{d}".encode()).digest()
                if h[2] < 6:
                    self.answers[(target, d)] = "dk"
                elif h[2] < 10:
                    self.answers[(target, d)] = ""
                else:
                    # Scores lean on the role pair a little, so a network has some shape.
                    base = (h[0] % 5) + (1 if target == role else 0) + (h[1] % 2 if key_round in ("2", "efter", "Efter", "followup") else 0)
                    self.answers[(target, d)] = min(5, max(1, base))

    def value(self, target, d):
        return self.answers[(target, d)]


def cell(value, d, style):
    """An answer as a tool writes it. style: 'label' (Danish label), 'code6' (1–5, 6 = Ved ikke),
    'ao' (LimeSurvey 4–6 answer codes AO01…, AO06 = Ved ikke)."""
    if value == "":
        return ""
    if style == "label":
        return DK if value == "dk" else SCALE[d][value - 1]
    if style == "code6":
        return "6" if value == "dk" else str(value)
    if style == "ao":
        return "AO06" if value == "dk" else "AO%02d" % value
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# Writing bytes.
# ---------------------------------------------------------------------------------------------
def quote(field, sep, always=False):
    if always or any(c in field for c in (sep, '"', "\n", "\r")):
        return '"' + field.replace('"', '""') + '"'
    return field


def csv_text(rows, sep=",", eol="\n", always=False, trailing_sep=False):
    out = []
    for row in rows:
        line = sep.join(quote(f, sep, always) for f in row)
        out.append(line + (sep if trailing_sep else "") + eol)
    return "".join(out)


def write(path, data, encoding="utf-8"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data.encode(encoding) if isinstance(data, str) else data)


def write_expected(folder, responses, background=()):
    """rckit's tidy long format: one answer per row, value 1–5 or empty (Ved ikke, blank)."""
    rows = [["respondent", "round", "rater_role", "target_role", "dimension", "value"] + list(background)]
    for r in responses:
        for target in ROLES:
            for d in range(7):
                v = r.value(target, d)
                rows.append([r.respondent, r.round, r.role, target, DIMS[d], "" if v in ("dk", "") else str(v)]
                            + [r.background.get(b, "") for b in background])
    write(os.path.join(folder, "expected.csv"), csv_text(rows))


# =============================================================================================
# 1. REDCap longitudinal: two events of one arm; the same record id in both.
# =============================================================================================
RC_MATRIX = ["hyppig", "rettidig", "praecis", "problem", "maal", "viden", "respekt"]
RC_FIELDS = [(t, d) for d in range(7) for t in range(4)]  # one matrix (group) per dimension
AFDELING = ["Sengeafsnit A", "Sengeafsnit B", "Ambulatoriet"]
DD_HEADER = ["Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
             "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
             "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
             "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name",
             "Matrix Ranking?", "Field Annotation"]
OPGAVER = ["Medicin", "Sårpleje", "Mobilisering", "Dokumentation"]


def dd_row(name, form, section, kind, label, choices="", matrix=""):
    return [name, form, section, kind, label, choices, "", "", "", "", "", "", "", "", "", matrix, "", ""]


def redcap_dictionary(with_checkbox=False):
    dd = [DD_HEADER, dd_row("record_id", "baggrund", "", "text", "Record ID"),
          dd_row("faggruppe", "baggrund", "", "radio", ROLE_QUESTION,
                 " | ".join("%d, %s" % (i + 1, r) for i, r in enumerate(ROLES))),
          dd_row("afdeling", "baggrund", "", "radio", "Afdeling",
                 " | ".join("%d, %s" % (i + 1, a) for i, a in enumerate(AFDELING)))]
    if with_checkbox:
        dd.append(dd_row("opgaver", "baggrund", "", "checkbox", "Hvilke opgaver varetager du?",
                         " | ".join("%d, %s" % (i + 1, o) for i, o in enumerate(OPGAVER))))
    for d in range(7):
        choices = " | ".join("%d, %s" % (i + 1, lab) for i, lab in enumerate(SCALE[d])) + " | 6, " + DK
        for t in range(4):
            dd.append(dd_row("%s_%d" % (RC_MATRIX[d], t + 1), "rc_samarbejde", QUESTION[d] if t == 0 else "", "radio",
                             ROLES[t], choices, RC_MATRIX[d]))
    dd.append(dd_row("kommentar", "rc_samarbejde", "", "notes", COMMENT_QUESTION))
    return csv_text(dd)


LONG_ROLES = [SYG, LAEGE, SYG, FYS, SSA, LAEGE, SYG, SSA]
LONG_EVENTS = [("baseline_arm_1", "Baseline"), ("followup_arm_1", "Follow-up")]
LONG_MISSING_FOLLOWUP = {"5"}  # record 5 answered the baseline only


def longitudinal(folder, repeated, event_label_suffix=""):
    """raw/ (+ dictionary) and labels/ of one longitudinal project. `repeated`: the background
    form is designated on both events (role and unit on every row); otherwise on the baseline only
    (blank on follow-up rows, as REDCap exports a form not designated on an event)."""
    records = [str(i + 1) for i in range(8)]
    responses = {}
    for i, rec in enumerate(records):
        for raw_event, label in LONG_EVENTS:
            if raw_event == "followup_arm_1" and rec in LONG_MISSING_FOLLOWUP:
                continue
            responses[(rec, raw_event)] = Response("redcap-longitudinal", rec, raw_event, LONG_ROLES[i],
                                                   {"afdeling": AFDELING[i % 2]},
                                                   round_key="followup" if raw_event.startswith("followup") else "baseline")
    raw_header = ["record_id", "redcap_event_name", "redcap_survey_identifier", "baggrund_timestamp", "faggruppe",
                  "afdeling", "baggrund_complete", "rc_samarbejde_timestamp"]
    raw_header += ["%s_%d" % (RC_MATRIX[d], t + 1) for t, d in RC_FIELDS] + ["kommentar", "rc_samarbejde_complete"]
    lab_header = ["Record ID", "Event Name", "Survey Identifier", "Survey Timestamp", ROLE_QUESTION, "Afdeling",
                  "Complete?", "Survey Timestamp"] + [ROLES[t] for t, d in RC_FIELDS] + [COMMENT_QUESTION, "Complete?"]
    raw_rows, lab_rows = [raw_header], [lab_header]
    for i, rec in enumerate(records):
        for e, (raw_event, label) in enumerate(LONG_EVENTS):
            r = responses.get((rec, raw_event))
            if r is None:
                continue
            stamp = "2024-%02d-%02d 09:%02d:12" % (3 if e == 0 else 9, 4 + i, 10 + i)
            background_here = e == 0 or repeated
            role_code = str(ROLES.index(r.role) + 1) if background_here else ""
            afd_code = str(AFDELING.index(r.background["afdeling"]) + 1) if background_here else ""
            raw_rows.append([rec, raw_event, "", stamp if background_here else "", role_code, afd_code,
                             "2" if background_here else "", stamp]
                            + [cell(r.value(ROLES[t], d), d, "code6") for t, d in RC_FIELDS] + ["", "2"])
            lab_rows.append([rec, label + event_label_suffix, "", stamp if background_here else "",
                             r.role if background_here else "", r.background["afdeling"] if background_here else "",
                             "Complete" if background_here else "", stamp]
                            + [cell(r.value(ROLES[t], d), d, "label") for t, d in RC_FIELDS] + ["", "Complete"])
    ordered = [responses[k] for k in sorted(responses, key=lambda k: (int(k[0]), k[1] != "baseline_arm_1"))]
    if not event_label_suffix:
        write(folder + "/raw/RCsamarbejde_DATA_2024-10-01_0915.csv", csv_text(raw_rows), "utf-8-sig")
        write(folder + "/raw/RCsamarbejde_DataDictionary_2024-10-01.csv", redcap_dictionary(), "utf-8-sig")
        write_expected(folder + "/raw", ordered, ["afdeling"])
    write(folder + "/labels/RCsamarbejde_DATA_LABELS_2024-10-01_0915.csv", csv_text(lab_rows), "utf-8-sig")
    relabelled = []
    for r in ordered:
        copy = Response.__new__(Response)
        copy.__dict__.update(r.__dict__)
        copy.round = dict(LONG_EVENTS)[r.round] + event_label_suffix
        copy.background = {"Afdeling": r.background["afdeling"]}
        relabelled.append(copy)
    write_expected(folder + "/labels", relabelled, ["Afdeling"])


longitudinal("redcap-longitudinal", repeated=False)
longitudinal("redcap-longitudinal-repeated", repeated=True)
longitudinal("redcap-longitudinal-armlabels", repeated=False, event_label_suffix=" (Arm 1: Arm 1)")


# =============================================================================================
# 2. REDCap repeating instrument: role, unit, tasks (checkbox) on the record's non-repeating row;
#    the RC matrix a repeating instrument, instance 1 and 2 = two rounds; Data Access Groups.
# =============================================================================================
DAGS = {"214": ("medicinsk_afdeling", "Medicinsk Afdeling"), "215": ("kirurgisk_afdeling", "Kirurgisk Afdeling")}
REP_RECORDS = ["214-1", "214-2", "215-3", "214-4", "215-5", "215-6", "214-7", "215-8"]
REP_ROLES = [SYG, LAEGE, SSA, FYS, SYG, LAEGE, SSA, SYG]
REP_MISSING_2 = {"215-5"}


def repeating():
    folder = "redcap-repeating"
    raw_header = ["record_id", "redcap_repeat_instrument", "redcap_repeat_instance", "redcap_data_access_group",
                  "redcap_survey_identifier", "baggrund_timestamp", "faggruppe", "afdeling"]
    raw_header += ["opgaver___%d" % (i + 1) for i in range(len(OPGAVER))] + ["baggrund_complete", "rc_samarbejde_timestamp"]
    raw_header += ["%s_%d" % (RC_MATRIX[d], t + 1) for t, d in RC_FIELDS] + ["kommentar", "rc_samarbejde_complete"]
    lab_header = ["Record ID", "Repeat Instrument", "Repeat Instance", "Data Access Group", "Survey Identifier",
                  "Survey Timestamp", ROLE_QUESTION, "Afdeling"]
    lab_header += ["Hvilke opgaver varetager du? (choice=%s)" % o for o in OPGAVER] + ["Complete?", "Survey Timestamp"]
    lab_header += [ROLES[t] for t, d in RC_FIELDS] + [COMMENT_QUESTION, "Complete?"]
    n_rc = len(RC_FIELDS) + 3  # timestamp, matrix fields, kommentar, complete
    n_bg = 3 + len(OPGAVER) + 1  # timestamp, faggruppe, afdeling, opgaver…, complete
    raw_rows, lab_rows, raw_resp, lab_resp = [raw_header], [lab_header], [], []
    for i, rec in enumerate(REP_RECORDS):
        dag_unique, dag_name = DAGS[rec.split("-")[0]]
        role, afd = REP_ROLES[i], AFDELING[i % 3]
        tasks = [1 if (i + k) % 3 != 0 else 0 for k in range(len(OPGAVER))]
        stamp = "2024-02-%02d 10:%02d:05" % (1 + i, 20 + i)
        raw_rows.append([rec, "", "", dag_unique, "", stamp, str(ROLES.index(role) + 1), str(AFDELING.index(afd) + 1)]
                        + [str(x) for x in tasks] + ["2"] + [""] * n_rc)
        lab_rows.append([rec, "", "", dag_name, "", stamp, role, afd]
                        + ["Checked" if x else "Unchecked" for x in tasks] + ["Complete"] + [""] * n_rc)
        for instance in ("1", "2"):
            if instance == "2" and rec in REP_MISSING_2:
                continue
            r = Response("redcap-repeating", rec, instance, role, {"afdeling": afd, "redcap_data_access_group": dag_unique})
            raw_resp.append(r)
            lr = Response.__new__(Response)
            lr.__dict__.update(r.__dict__)
            lr.background = {"Afdeling": afd, "Data Access Group": dag_name}
            lab_resp.append(lr)
            rstamp = "2024-%02d-%02d 13:%02d:41" % (3 if instance == "1" else 9, 1 + i, 10 + i)
            raw_rows.append([rec, "rc_samarbejde", instance, dag_unique, "", ] + [""] * n_bg
                            + [rstamp] + [cell(r.value(ROLES[t], d), d, "code6") for t, d in RC_FIELDS] + ["", "2"])
            lab_rows.append([rec, "RC samarbejde", instance, dag_name, ""] + [""] * n_bg
                            + [rstamp] + [cell(r.value(ROLES[t], d), d, "label") for t, d in RC_FIELDS] + ["", "Complete"])
    dd = redcap_dictionary(with_checkbox=True)
    write(folder + "/raw/RCsamarbejde_DATA_2024-10-02_1130.csv", csv_text(raw_rows), "utf-8-sig")
    write(folder + "/raw/RCsamarbejde_DataDictionary_2024-10-02.csv", dd, "utf-8-sig")
    write(folder + "/labels/RCsamarbejde_DATA_LABELS_2024-10-02_1130.csv", csv_text(lab_rows), "utf-8-sig")
    write_expected(folder + "/raw", raw_resp, ["afdeling", "redcap_data_access_group"])
    write_expected(folder + "/labels", lab_resp, ["Afdeling", "Data Access Group"])


repeating()


# =============================================================================================
# 3. Qualtrics.
# =============================================================================================
def response_id(key):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    h = hashlib.sha256(key.encode()).digest()
    return "R_" + "".join(alphabet[b % len(alphabet)] for b in h[:15])


# 3a. Legacy exporter: row 1 V1–V10 and question ids, row 2 the field names and question texts;
#     every line ends with a comma (qualtRics inst/extdata/sample_legacy.csv). "Use numeric values":
#     the role question's codes and the scale's 1–5, "Ved ikke" = 6 (a values file says so).
#     Embedded data Runde (the round) and Afdeling (a background variable).
def qualtrics_legacy():
    folder = "qualtrics-legacy"
    v_names = ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status",
               "StartDate", "EndDate", "Finished"]
    row1 = ["V%d" % (i + 1) for i in range(10)] + ["Runde", "Afdeling", "Q1"]
    row2 = list(v_names) + ["Runde", "Afdeling", ROLE_QUESTION]
    for d in range(7):
        for t in range(4):
            row1.append("Q%d_%d" % (d + 2, t + 1))
            row2.append("%s-%s" % (QUESTION[d], ROLES[t]))
    row1 += ["LocationLatitude", "LocationLongitude", "LocationAccuracy"]
    row2 += ["LocationLatitude", "LocationLongitude", "LocationAccuracy"]
    rows, responses = [row1, row2], []
    roles = {"Før": [SYG, LAEGE, SYG, FYS, SSA, LAEGE, SYG, SSA], "Efter": [LAEGE, SYG, SSA, SYG, FYS, SYG, LAEGE]}
    n = 0
    for rnd in ("Før", "Efter"):
        for i, role in enumerate(roles[rnd]):
            rid = response_id("legacy|%s|%d" % (rnd, i))
            afd = AFDELING[i % 2]
            r = Response("qualtrics-legacy", rid, rnd, role, {"Afdeling": afd})
            responses.append(r)
            start = "2024-%02d-%02d 08:%02d:09" % (3 if rnd == "Før" else 9, 4 + i, 10 + i)
            end = "2024-%02d-%02d 08:%02d:48" % (3 if rnd == "Før" else 9, 4 + i, 20 + i)
            row = [rid, "Default Response Set", "Anonymous", "", "", "10.20.30.%d" % (40 + n), "0", start, end, "1",
                   rnd, afd, str(ROLES.index(role) + 1)]
            row += [cell(r.value(ROLES[t], d), d, "code6") for d in range(7) for t in range(4)]
            row += ["55.676098632813", "12.568298339844", "-1"]
            rows.append(row)
            n += 1
    write(folder + "/Relationel_koordinering.csv", csv_text(rows, trailing_sep=True), "utf-8-sig")
    values = [["column", "code", "label"]] + [["Q1", str(i + 1), role] for i, role in enumerate(ROLES)] + [["*", "6", DK]]
    write(folder + "/Relationel_koordinering.values.csv", csv_text(values))
    write_expected(folder, responses, ["Afdeling"])


qualtrics_legacy()

# 3b/3c. Loop & Merge over the roles, current exporter (three header rows). The looped block is
#        repeated once per role; its columns carry the loop number as a prefix (`1_Q2`, `1_Q2_1`),
#        the question-text row starts with "1 - " and shows a piped loop field as `[Field-1]`
#        (not the role): which role each loop is, is in the survey file (.qsf), block option
#        LoopingOptions.Static. Loop numbers here are 1–4 in another order than the role question.
QMETA = [("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Copenhagen"}'),
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
LOOP_ORDER = [LAEGE, SYG, SSA, FYS]  # loop 1 = Læge, 2 = Sygeplejerske, 3 = SSA, 4 = Fysioterapeut
PIPED_QUESTION = [
    "Hvor ofte kommunikerer personer i faggruppen ${lm://Field/1} med dig om patientforløbet?",
    "Kommunikerer personer i faggruppen ${lm://Field/1} med dig om patientforløbet i tide?",
    "Kommunikerer personer i faggruppen ${lm://Field/1} præcist med dig om patientforløbet?",
    "Når der opstår et problem i patientforløbet, skyder personer i faggruppen ${lm://Field/1} så skylden på andre, eller løser de problemet sammen med dig?",
    "I hvor høj grad deler personer i faggruppen ${lm://Field/1} dine mål for patientforløbet?",
    "Hvor meget ved personer i faggruppen ${lm://Field/1} om det arbejde, du udfører i patientforløbet?",
    "I hvor høj grad respekterer personer i faggruppen ${lm://Field/1} det arbejde, du udfører i patientforløbet?",
]
MATRIX_INTRO = "Tænk på personer i denne faggruppe."
MATRIX_STATEMENTS = [
    "Hvor ofte kommunikerer de med dig om patientforløbet?",
    "Kommunikerer de med dig om patientforløbet i tide?",
    "Kommunikerer de præcist med dig om patientforløbet?",
    "Løser de problemer i patientforløbet sammen med dig (frem for at skyde skylden på andre)?",
    "Deler de dine mål for patientforløbet?",
    "Ved de, hvad du laver i patientforløbet?",
    "Respekterer de det arbejde, du udfører i patientforløbet?",
]
MATRIX_SCALE = ["1 (lavest)", "2", "3", "4", "5 (højest)", DK]


def piped_label(text):
    return text.replace("${lm://Field/1}", "[Field-1]")


def qsf(survey_id, name, loop_questions, role_numeric):
    """A minimal survey file: blocks (the looped one with LoopingOptions.Static), the flow with the
    embedded data field, and the questions. Enough to say which role each loop number is."""
    role_q = {"QuestionText": ROLE_QUESTION, "DataExportTag": "Q1", "QuestionType": "MC", "Selector": "SAVR",
              "SubSelector": "TX", "Configuration": {"QuestionDescriptionOption": "UseText"},
              "QuestionDescription": ROLE_QUESTION,
              "Choices": {str(i + 1): {"Display": r} for i, r in enumerate(ROLES)},
              "ChoiceOrder": [str(i + 1) for i in range(4)], "QuestionID": "QID1", "Language": []}
    if role_numeric:
        role_q["RecodeValues"] = {str(i + 1): str(i + 1) for i in range(4)}
    elements = [
        {"SurveyID": survey_id, "Element": "BL", "PrimaryAttribute": "Survey Blocks", "SecondaryAttribute": None,
         "TertiaryAttribute": None, "Payload": [
             {"Type": "Default", "Description": "Baggrund", "ID": "BL_3KxJ0lqM9bWq1aS",
              "BlockElements": [{"Type": "Question", "QuestionID": "QID1"}]},
             {"Type": "Standard", "SubType": "", "Description": "Samarbejde med faggruppen", "ID": "BL_eLnu8Fs7yKpT2qG",
              "BlockElements": [{"Type": "Question", "QuestionID": q["QuestionID"]} for q in loop_questions],
              "Options": {"BlockLocking": "false", "RandomizeQuestions": "false", "Looping": "Static",
                          "LoopingOptions": {"Static": {str(i + 1): {"1": role} for i, role in enumerate(LOOP_ORDER)},
                                             "Randomization": "None"},
                          "BlockVisibility": "Expanded"}}]},
        {"SurveyID": survey_id, "Element": "FL", "PrimaryAttribute": "Survey Flow", "SecondaryAttribute": None,
         "TertiaryAttribute": None, "Payload": {"Flow": [
             {"Type": "EmbeddedData", "FlowID": "FL_2", "EmbeddedData": [
                 {"Description": "Afdeling", "Type": "Recipient", "Field": "Afdeling", "VariableType": "String",
                  "DataVisibility": [], "AnalyzeText": False}]},
             {"ID": "BL_3KxJ0lqM9bWq1aS", "Type": "Block", "FlowID": "FL_3"},
             {"ID": "BL_eLnu8Fs7yKpT2qG", "Type": "Block", "FlowID": "FL_4"}],
             "Properties": {"Count": 4}, "FlowID": "FL_1", "Type": "Root"}},
        {"SurveyID": survey_id, "Element": "SQ", "PrimaryAttribute": "QID1", "SecondaryAttribute": ROLE_QUESTION,
         "TertiaryAttribute": None, "Payload": role_q}]
    for q in loop_questions:
        elements.append({"SurveyID": survey_id, "Element": "SQ", "PrimaryAttribute": q["QuestionID"],
                         "SecondaryAttribute": piped_label(q["QuestionText"])[:100], "TertiaryAttribute": None,
                         "Payload": q})
    doc = {"SurveyEntry": {"SurveyID": survey_id, "SurveyName": name, "SurveyDescription": None,
                           "SurveyOwnerID": "UR_0OqH3T2mW6dXbQa", "SurveyBrandID": "region", "DivisionID": None,
                           "SurveyLanguage": "DA", "SurveyActiveResponseSet": "RS_6yQdPq0k1Bv3VZ4",
                           "SurveyStatus": "Active", "SurveyStartDate": "0000-00-00 00:00:00",
                           "SurveyExpirationDate": "0000-00-00 00:00:00", "SurveyCreationDate": "2024-02-12 10:01:44",
                           "CreatorID": "UR_0OqH3T2mW6dXbQa", "LastModified": "2024-02-20 14:33:09",
                           "LastAccessed": "0000-00-00 00:00:00", "LastActivated": "2024-02-20 14:33:10",
                           "Deleted": None},
           "SurveyElements": elements}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def qualtrics_loop(folder, variant):
    tags, texts, ids = [m[0] for m in QMETA], [m[1] for m in QMETA], [m[2] for m in QMETA]
    tags.append("Q1"); texts.append(ROLE_QUESTION); ids.append('{"ImportId":"QID1"}')
    columns = []  # (loop, d)
    if variant == "piped":
        loop_questions = []
        for d in range(7):
            choices = SCALE[d] + [DK]
            loop_questions.append({
                "QuestionText": PIPED_QUESTION[d], "DataExportTag": "Q%d" % (d + 2), "QuestionType": "MC",
                "Selector": "SAVR", "SubSelector": "TX", "Configuration": {"QuestionDescriptionOption": "UseText"},
                "QuestionDescription": piped_label(PIPED_QUESTION[d]),
                "Choices": {str(i + 1): {"Display": c} for i, c in enumerate(choices)},
                "ChoiceOrder": [str(i + 1) for i in range(len(choices))], "QuestionID": "QID%d" % (d + 2),
                "Language": []})
        for loop in range(1, 5):
            for d in range(7):
                tags.append("%d_Q%d" % (loop, d + 2))
                texts.append("%d - %s" % (loop, piped_label(PIPED_QUESTION[d])))
                ids.append('{"ImportId":"%d_QID%d"}' % (loop, d + 2))
                columns.append((loop, d))
    else:
        loop_questions = [{
            "QuestionText": MATRIX_INTRO, "DataExportTag": "Q2", "QuestionType": "Matrix", "Selector": "Likert",
            "SubSelector": "SingleAnswer", "Configuration": {"QuestionDescriptionOption": "UseText"},
            "QuestionDescription": MATRIX_INTRO,
            "Choices": {str(i + 1): {"Display": s} for i, s in enumerate(MATRIX_STATEMENTS)},
            "ChoiceOrder": [str(i + 1) for i in range(7)],
            "Answers": {str(i + 1): {"Display": a} for i, a in enumerate(MATRIX_SCALE)},
            "AnswerOrder": [i + 1 for i in range(len(MATRIX_SCALE))],
            "RecodeValues": {str(i + 1): str(i + 1) for i in range(len(MATRIX_SCALE))},
            "QuestionID": "QID2", "Language": []}]
        for loop in range(1, 5):
            for d in range(7):
                tags.append("%d_Q2_%d" % (loop, d + 1))
                texts.append("%d - %s - %s" % (loop, MATRIX_INTRO, MATRIX_STATEMENTS[d]))
                ids.append('{"ImportId":"%d_QID2_%d"}' % (loop, d + 1))
                columns.append((loop, d))
    tags.append("Afdeling"); texts.append("Afdeling"); ids.append('{"ImportId":"Afdeling"}')
    rows = [tags, texts, ids]
    roles = [SYG, LAEGE, SSA, FYS, SYG, LAEGE, SSA] if variant == "piped" else [LAEGE, SYG, FYS, SSA, SYG, LAEGE]
    responses = []
    for i, role in enumerate(roles):
        rid = response_id("loop|%s|%d" % (variant, i))
        afd = AFDELING[i % 3]
        r = Response("qualtrics-loop-" + variant, rid, "", role, {"Afdeling": afd})
        responses.append(r)
        meta = ["2024-04-%02d 11:%02d:03" % (8 + i, 10 + i), "2024-04-%02d 11:%02d:51" % (8 + i, 21 + i), "0",
                "10.1.2.%d" % (30 + i), "100", str(640 + 23 * i), "1", "2024-04-%02d 11:%02d:52" % (8 + i, 21 + i),
                rid, "", "", "", "", "55.6761", "12.5683", "anonymous", "DA"]
        row = meta + ([role] if variant == "piped" else [str(ROLES.index(role) + 1)])
        for loop, d in columns:
            target = LOOP_ORDER[loop - 1]
            row.append(cell(r.value(target, d), d, "label" if variant == "piped" else "code6"))
        row.append(afd)
        rows.append(row)
    base = "Relationel_koordinering_loop"
    write(folder + "/%s.csv" % base, csv_text(rows, eol="\r\n"), "utf-8-sig")
    write(folder + "/%s.qsf" % base, qsf("SV_0k8ZrLp3QmA7xWe" if variant == "piped" else "SV_5nTqXy2bC4dLmRs",
                                         "Relationel koordinering - loop", loop_questions, variant != "piped"))
    if variant != "piped":
        values = [["column", "code", "label"]] + [["Q1", str(i + 1), role] for i, role in enumerate(ROLES)]
        values += [["*", "6", DK]]
        write(folder + "/%s.values.csv" % base, csv_text(values))
    write_expected(folder, responses, ["Afdeling"])


qualtrics_loop("qualtrics-loop-piped", "piped")
qualtrics_loop("qualtrics-loop-matrix", "matrix")


# =============================================================================================
# 4. LimeSurvey: "Question code & question text" headings, abbreviated text, xlsx, Other.
# =============================================================================================
LS_CODES = ["HYPPIG", "RETTID", "PRAECIS", "PROBLEM", "MAAL", "VIDEN", "RESPEKT"]
LS_ROLE_OPTIONS = [SYG, LAEGE, SSA]  # the list offers three roles and "Other": physiotherapists type theirs
LS_OTHER_LABEL = "Andet"  # LimeSurvey's "Other", translated into the export language (da)
LS_META = [("id", "Response ID"), ("submitdate", "Date submitted"), ("lastpage", "Last page"),
           ("startlanguage", "Start language"), ("seed", "Seed")]


def ls_ellipsize(text, n):
    """LimeSurvey abbreviates each text part to n characters and appends '.. ' (Writer uses
    ellipsize(…, n, 1, '.. ') after flattening the text)."""
    text = text.strip()
    return text if n is None or len(text) <= n else text[:n] + ".. "


def ls_heading(code, question, sub, style, n=None, sep=". "):
    """code: `HYPPIG[SQ001]`; text: question (abbreviated) + ' [' + sub (abbreviated) + ']'."""
    text = ls_ellipsize(question, n) + ((" [" + ls_ellipsize(sub, n) + "]") if sub else "")
    if style == "code":
        return code
    if style == "full":
        return text
    return code + sep + text


def limesurvey_columns():
    """(code, question text, sub text, kind) in export order."""
    cols = [(c, q, None, "meta") for c, q in LS_META]
    cols.append(("FAG", ROLE_QUESTION, None, "role"))
    cols.append(("FAG[other]", ROLE_QUESTION, LS_OTHER_LABEL, "other"))
    for d in range(7):
        for t in range(4):
            cols.append(("%s[SQ%03d]" % (LS_CODES[d], t + 1), QUESTION[d], ROLES[t], (t, d)))
    return cols


def limesurvey_rows(fixture, roles, typed, heading_style, n, answers, ids_from=1):
    """roles[i]: the respondent's role; typed[i]: what they typed in Other ('' or None = not Other).
    answers: 'label' (full answers) or 'ao' (answer codes)."""
    cols = limesurvey_columns()
    header = [ls_heading(c, q, s, heading_style, n) for c, q, s, k in cols]
    rows, responses = [header], []
    for i, role in enumerate(roles):
        other = typed[i] is not None
        rid = str(ids_from + i)
        read_role = (typed[i] or LS_OTHER_LABEL) if other else role
        r = Response(fixture, rid, "", read_role)
        responses.append(r)
        row = []
        for c, q, s, kind in cols:
            if kind == "meta":
                row.append({"id": rid, "submitdate": "2024-05-%02d 14:%02d:27" % (6 + i, 10 + i), "lastpage": "3",
                            "startlanguage": "da", "seed": str(482017 + 7919 * i)}[c])
            elif kind == "role":
                if other:
                    row.append("-oth-" if answers == "ao" else LS_OTHER_LABEL)
                else:
                    k = LS_ROLE_OPTIONS.index(role)
                    row.append("AO%02d" % (k + 1) if answers == "ao" else role)
            elif kind == "other":
                row.append(typed[i] if other else "")
            else:
                t, d = kind
                row.append(cell(r.value(ROLES[t], d), d, answers))
        rows.append(row)
    return rows, responses


def limesurvey():
    # 4a. CSV, "Question code & question text", text abbreviated to 15 characters, full answers.
    roles = [SYG, LAEGE, None, SSA, SYG, None, LAEGE, None]
    typed = [None, None, "Fysioterapeut", None, None, "Fysioterapeut", None, ""]
    rows, responses = limesurvey_rows("limesurvey-codetext-abbreviated", roles, typed, "codetext", 15, "label")
    folder = "limesurvey-codetext-abbreviated"
    write(folder + "/results-survey482913.csv", ls_csv(rows), "utf-8-sig")
    write_expected(folder, responses)

    # 4b. Excel (.xlsx), "Question code & question text" (not abbreviated), full answers.
    roles = [LAEGE, None, SYG, SSA, None, SYG, LAEGE]
    typed = [None, "Fysioterapeut", None, None, "Fysioterapeut", None, None]
    rows, responses = limesurvey_rows("limesurvey-xlsx", roles, typed, "codetext", None, "label")
    folder = "limesurvey-xlsx"
    write(folder + "/results-survey482913.xlsx", xlsx(rows, "Relationel koordinering 2024"))
    write_expected(folder, responses)

    # 4c. CSV, "Question code" headings, answer codes: the role question's "Other" is `-oth-` and
    #     the typed text is in FAG[other]; a values file says what the other codes mean.
    roles = [SYG, None, LAEGE, SSA, None, SYG]
    typed = [None, "Fysioterapeut", None, None, "Fysioterapeut", None]
    rows, responses = limesurvey_rows("limesurvey-codes-other", roles, typed, "code", None, "ao")
    folder = "limesurvey-codes-other"
    write(folder + "/results-survey482913.csv", ls_csv(rows), "utf-8-sig")
    values = [["column", "code", "label"]] + [["FAG", "AO%02d" % (i + 1), r] for i, r in enumerate(LS_ROLE_OPTIONS)]
    values += [[DIMS[d], "AO%02d" % (i + 1), lab] for d in range(7) for i, lab in enumerate(SCALE[d])]
    values += [["*", "AO06", DK]]
    write(folder + "/results-survey482913.values.csv", csv_text(values))
    write_expected(folder, responses)


def ls_csv(rows):
    """LimeSurvey's CsvWriter: every field in double quotes, CRLF after each record, and one more
    CRLF when the file is closed (the BOM is added by write())."""
    return csv_text(rows, eol="\r\n", always=True) + "\r\n"


def xlsx(rows, sheet_name):
    """A workbook as LimeSurvey's ExcelWriter (PHP_XLSXWriter, writeSheetRow) writes one: a single
    sheet named after the survey title (at most 31 characters), strings as inline strings, strings
    of digits not starting with 0 as numbers, empty cells as empty elements."""
    def col(n):
        s = ""
        n += 1
        while n:
            n, rem = divmod(n - 1, 26)
            s = chr(65 + rem) + s
        return s

    def is_number(v):
        import re
        return v == "0" or (v[:1] != "0" and v.isdigit()) or re.fullmatch(r"-?[1-9][0-9]*(\.[0-9]+)?", v) is not None

    sheet_rows = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r + 1)
            if v == "":
                cells.append('<c r="%s" s="0"/>' % ref)
            elif is_number(v):
                cells.append('<c r="%s" s="0" t="n"><v>%s</v></c>' % (ref, escape(v)))
            else:
                cells.append('<c r="%s" s="0" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    last = "%s%d" % (col(max(len(r) for r in rows) - 1), len(rows))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<dimension ref="A1:%s"/><sheetData>%s</sheetData></worksheet>') % (last, "".join(sheet_rows))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<TotalTime>0</TotalTime></Properties>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-14T09:00:00.00Z</dcterms:created>'
            '<cp:revision>0</cp:revision></cp:coreProperties>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="%s" sheetId="1" state="visible" r:id="rId2"/></sheets></workbook>'
            % escape(sheet_name[:31], {'"': "&quot;"}),
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]:
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))
    return buffer.getvalue()


limesurvey()


# =============================================================================================
# 5. SurveyXact: two rounds, each exported as dataset.csv (+ structure.csv, labels.csv) into a
#    folder named for the round. As the existing shapes/surveyxact fixture: variable names s_…,
#    codes, ";", Windows-1252, CRLF; code 6 = "Ved ikke"; no respondent id column.
# =============================================================================================
def surveyxact():
    folder = "surveyxact-rounds"
    variables = ["s_1"] + ["s_%d_%d" % (d + 2, t + 1) for d in range(7) for t in range(4)] + ["s_9"]
    structure = [["questionName", "variableName", "questionType", "subType", "questionText", "choiceValue", "choiceText"],
                 ["s_1", "s_1", "Closed", "Single", ROLE_QUESTION, "", ""]]
    for d in range(7):
        for t in range(4):
            var = "s_%d_%d" % (d + 2, t + 1)
            structure.append([var, var, "Closed", "Single", "%s - %s" % (QUESTION[d], ROLES[t]), "", ""])
    structure.append(["s_9", "s_9", "Open", "String", COMMENT_QUESTION, "", ""])
    labels = [["s_1", str(i + 1), role] for i, role in enumerate(ROLES)]
    for d in range(7):
        for t in range(4):
            var = "s_%d_%d" % (d + 2, t + 1)
            labels += [[var, str(i + 1), lab] for i, lab in enumerate(SCALE[d])] + [[var, "6", DK]]
    rounds = {"før": [SYG, LAEGE, SSA, FYS, SYG, LAEGE, SSA, SYG], "efter": [LAEGE, SYG, FYS, SSA, SYG, SYG, LAEGE]}
    responses = []
    for rnd, roles in rounds.items():
        rows = [variables]
        for i, role in enumerate(roles):
            r = Response("surveyxact-rounds", str(i + 1), rnd, role)
            responses.append(r)
            rows.append([str(ROLES.index(role) + 1)] + [cell(r.value(ROLES[t], d), d, "code6") for d in range(7)
                                                      for t in range(4)] + [""])
        write("%s/%s/dataset.csv" % (folder, rnd), csv_text(rows, ";", "\r\n"), "cp1252")
        write("%s/%s/structure.csv" % (folder, rnd), csv_text(structure, ";", "\r\n"), "cp1252")
        write("%s/%s/labels.csv" % (folder, rnd), csv_text(labels, ";", "\r\n"), "cp1252")
    write_expected(folder, responses)


surveyxact()

#!/usr/bin/env python3
"""Reference figures for rckit's segments (SPEC §6), computed independently with numpy and
scipy (through network_reference.analyse), written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/segments_reference.py
Writes Tests/RCStatsTests/Fixtures/segments/:
- units.csv: a survey of three units (Akut, Medicin, Kirurgi) and two respondents with no unit,
  as tidy long with a `unit` column after `value`;
- units-export.csv: the same answers as a Danish survey tool exports them (Windows-1252,
  semicolons, CRLF, one row per respondent, `Afdeling` column, answers as response labels);
- units.expected.json: with minimum group 3, each segment analysed alone (`segments`, the
  segment with no value as null) and the whole organisation from the data its segments show
  only (a tie T(r,t) when the segment's cell C(a(r),t) is shown, an answer x(r,t,d) when the
  segment's D(a(r),t,d) is shown), with ICC(1), ICC(2) of I(r) by segment (`segment_agreement`)
  and rwg(j) per shown cell.
"""
import json
import pathlib

import numpy as np

import network_reference as ref

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/RCStatsTests/Fixtures/segments"
ROLES = ["Læge", "Sygeplejerske", "Sekretær", "Portør"]
# Respondents per role in each unit; Kirurgi has two secretaries and one porter (hidden cells).
UNITS = {"Akut": [6, 9, 4, 3], "Medicin": [5, 7, 3, 3], "Kirurgi": [4, 6, 2, 1], None: [1, 1, 0, 0]}
LABELS = {
    "frequent_communication": ("Hyppig kommunikation", ["Aldrig", "Sjældent", "Af og til", "Ofte", "Hele tiden"]),
    "timely_communication": ("Rettidig kommunikation", ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"]),
    "accurate_communication": ("Præcis kommunikation", ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"]),
    "problem_solving_communication": ("Problemløsende kommunikation", [
        "Skyder altid skylden på andre", "Skyder oftest skylden på andre", "Hverken eller",
        "Løser oftest problemet sammen med dig", "Løser altid problemet sammen med dig"]),
    "shared_goals": ("Fælles mål", ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"]),
    "shared_knowledge": ("Fælles viden", ["Intet", "Lidt", "Noget", "Meget", "Alt"]),
    "mutual_respect": ("Gensidig respekt", ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"]),
}
MIN_GROUP = 3
MIN_ITEMS = 4


def make_survey(seed=1806):
    rng = np.random.default_rng(seed)
    base = rng.uniform(2.2, 4.5, size=(len(ROLES), len(ROLES)))
    unit_shift = {"Akut": -0.4, "Medicin": 0.3, "Kirurgi": 0.0, None: 0.2}
    respondents = []  # (id, unit, role)
    number = 0
    for unit, counts in UNITS.items():
        for a, count in enumerate(counts):
            for _ in range(count):
                number += 1
                respondents.append((f"R{number:03d}", unit, a))
    order = rng.permutation(len(respondents))  # units interleaved in the file
    rows = []  # (respondent, rater, target, dimension, value or None, unit)
    for i in order:
        resp, unit, a = respondents[i]
        shift = rng.normal(0, 0.35) + unit_shift[unit]
        for t in range(len(ROLES)):
            for d in ref.DIMENSIONS:
                r = rng.random()
                if r < 0.06:
                    value = None  # "Ved ikke"
                else:
                    value = int(min(5, max(1, round(base[a, t] + shift + rng.normal(0, 0.75)))))
                rows.append((resp, ROLES[a], ROLES[t], d, value, unit))
    return rows


def write_files(rows):
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "units.csv", "w", encoding="utf-8", newline="\n") as f:
        f.write("respondent,round,rater_role,target_role,dimension,value,unit\n")
        seen = set()
        for resp, a, t, d, v, unit in rows:
            # Every other respondent has the unit on the first row only (blank cells give no value).
            written = unit or "" if resp not in seen or int(resp[1:]) % 2 == 0 else ""
            seen.add(resp)
            f.write(f"{resp},,{a},{t},{d},{'' if v is None else v},{written}\n")
    columns = [(d, t) for d in ref.DIMENSIONS for t in ROLES]
    header = ["Respondent-id", "Afdeling", "Faggruppe"] + [f"{LABELS[d][0]} - {t}" for d, t in columns]
    by_resp = {}
    for resp, a, t, d, v, unit in rows:
        entry = by_resp.setdefault(resp, {"unit": unit, "role": a, "answers": {}})
        entry["answers"][(d, t)] = v
    lines = [";".join(header)]
    for resp, entry in by_resp.items():
        cells = [resp, entry["unit"] or "", entry["role"]]
        for d, t in columns:
            v = entry["answers"].get((d, t))
            cells.append("Ved ikke" if v is None else LABELS[d][1][v - 1])
        lines.append(";".join(cells))
    with open(OUT / "units-export.csv", "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def shown_cells(result):
    """(rater, target) -> shown, (rater, target, dimension) -> shown, of one analysis."""
    cells, dims = {}, {}
    for cell in result["cells"]:
        key = (cell["rater"], cell["target"])
        cells[key] = cell["n"] == 0 or cell["mean"] is not None
        for dim in cell["dimensions"]:
            dims[key + (dim["dimension"],)] = dim["n"] == 0 or dim["mean"] is not None
    return cells, dims


def main():
    rows = make_survey()
    write_files(rows)
    unit_of = {resp: unit for resp, _a, _t, _d, _v, unit in rows}
    role_of = {resp: a for resp, a, _t, _d, _v, _u in rows}
    plain = [row[:5] for row in rows]
    segments = []
    shown = {}
    for unit in ["Akut", "Kirurgi", "Medicin", None]:  # values in order, no value last
        part = [row[:5] for row in rows if row[5] == unit]
        result = ref.analyse(ROLES, part, MIN_ITEMS, MIN_GROUP)
        result["segment"] = unit
        result["roles"] = ROLES
        segments.append(result)
        shown[unit] = shown_cells(result)

    def admit_tie(r, t):
        return shown[unit_of[r]][0][(role_of[r], t)]

    def admit_answer(r, t, d):
        return shown[unit_of[r]][1][(role_of[r], t, d)]

    whole = ref.analyse(ROLES, plain, MIN_ITEMS, MIN_GROUP, admit_tie=admit_tie, admit_answer=admit_answer)
    whole["roles"] = ROLES
    # I(r) of the whole organisation, as analyse makes it: the mean of r's between-role ties
    # that its segment and the whole both show; grouped by segment for the ICC.
    index = {}
    whole_shown = {(c["rater"], c["target"]): c["n"] == 0 or c["mean"] is not None for c in whole["cells"]}
    answers = {}
    for resp, a, t, d, v in plain:
        answers.setdefault((resp, t), {})
        if d not in answers[(resp, t)]:
            answers[(resp, t)][d] = v
    for r in sorted(role_of):
        ties = []
        for t in ROLES:
            if t == role_of[r]:
                continue
            vals = [v for v in answers.get((r, t), {}).values() if v is not None]
            if len(vals) >= MIN_ITEMS and admit_tie(r, t) and whole_shown[(role_of[r], t)]:
                ties.append(float(np.mean(vals)))
        if ties:
            index[r] = float(np.mean(ties))
    groups = [[index[r] for r in sorted(role_of) if unit_of[r] == unit and r in index] for unit in ["Akut", "Kirurgi", "Medicin", None]]
    groups = [g for g in groups if len(g) >= MIN_GROUP]
    icc1, icc2 = ref.icc(groups)
    expected = {"by": "Afdeling", "whole": whole, "segments": segments,
                "segment_agreement": {"by": "Afdeling", "groups": len(groups), "n": sum(len(g) for g in groups),
                                      "icc1": icc1, "icc2": icc2}}
    with open(OUT / "units.expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
    print(f"units: {len(role_of)} respondents; whole index {whole['index']}, left out {whole['left_out']}; "
          f"segment agreement {expected['segment_agreement']}")
    for s in segments:
        print(f"  {s['segment']}: {s['respondents']} respondents, index {s['index']['mean']}, left out {s['left_out']}")


if __name__ == "__main__":
    main()

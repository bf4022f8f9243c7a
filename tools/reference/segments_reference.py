#!/usr/bin/env python3
"""Reference figures for rckit's segments (SPEC §6), computed independently with numpy and
scipy (through network_reference.analyse), written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/segments_reference.py
Writes Tests/RCStatsTests/Fixtures/segments/:
- units.csv: a survey of three units (Akut, Medicin, Kirurgi) and two respondents with no unit,
  as tidy long with a `unit` column after `value`;
- units-export.csv: the same answers as a Danish survey tool exports them (Windows-1252,
  semicolons, CRLF, one row per respondent, `Afdeling` column, answers as response labels);
- wards.csv, wards-export.csv: a second three-unit survey (Nord, Syd, Øst) with small groups —
  a lone practitioner in one ward, one porter in each of two wards — and "Ved ikke" patterns
  (a respondent who does not know a role, or one question, answers "Ved ikke" throughout);
- units.expected.json, wards.expected.json: with minimum group 3, `plain` (the analysis of all
  respondents, `analyze` without `--by`), `segments` (each segment under SPEC §6's complementary
  suppression, the segment with no value as null) and `whole` (the whole organisation beside its
  segments: only the answers and ties its segments show), with ICC(1), ICC(2) of I(r) by segment
  (`segment_agreement`) and rwg(j) per visible cell.

Complementary suppression (SPEC §6), as read here:
- Segment order: the order `--by` lists the segments in — their values sorted by spelling
  (code point order, as rckit sorts them), the respondents with no value last. It settles which
  of two showing segments of the same n hides a figure: the first in that order.
- Dimension cells first: for each D(a,b,d) the plain analysis shows, the segments that hide it
  while holding answers (0 < n < k, n = its answers in the segment) must together hold 0 or at
  least k; while they hold 1 to k-1, the showing segment with the smallest n hides it too.
- Then each segment's tie scores are formed from the answers it shows, and for each cell C(a,b)
  the plain analysis shows the same is done, where a hiding segment holds the respondents whose
  tie scores the plain cell takes (its respondents with a plain tie score T(r,b)): that is what
  the plain figure minus the showing segments leaves of it. A segment whose own answers are all
  hidden has n = 0 ties but still holds respondents in the plain cell.
- One pass settles both: a hidden segment's n (≥ 1) plus the smallest showing n (≥ k) is at
  least k, and hiding a cell changes no tie score. The loops below run until nothing changes
  all the same, so a reader can check that.
"""
import json
import pathlib

import numpy as np

import network_reference as ref

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/RCStatsTests/Fixtures/segments"
ROLES = ["Læge", "Sygeplejerske", "Sekretær", "Portør"]
# Respondents per role in each unit; Kirurgi has two secretaries and one porter (hidden cells).
UNITS = {"Akut": [6, 9, 4, 3], "Medicin": [5, 7, 3, 3], "Kirurgi": [4, 6, 2, 1], None: [1, 1, 0, 0]}
WARD_ROLES = ["Læge", "Sygeplejerske", "Fysioterapeut", "Portør", "Praktiserende læge"]
# A lone practitioner in Syd (plain shows the practitioners: 4 + 1 + 3), one porter in Nord and
# one in Øst (1 + 1 beside Syd's 4), a ward of two physiotherapists.
WARDS = {"Nord": [5, 7, 2, 1, 4], "Syd": [4, 6, 3, 4, 1], "Øst": [3, 5, 4, 1, 3], None: [1, 0, 0, 0, 0]}
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


def make_survey(seed, roles, units, shifts, prefix, target_skip=0.0, dimension_skip=0.0, missing=0.06):
    """Rows (respondent, rater, target, dimension, value or None, unit); units interleaved."""
    rng = np.random.default_rng(seed)
    base = rng.uniform(2.2, 4.5, size=(len(roles), len(roles)))
    respondents = []  # (id, unit, role)
    number = 0
    for unit, counts in units.items():
        for a, count in enumerate(counts):
            for _ in range(count):
                number += 1
                respondents.append((f"{prefix}{number:03d}", unit, a))
    order = rng.permutation(len(respondents))
    rows = []
    for i in order:
        resp, unit, a = respondents[i]
        shift = rng.normal(0, 0.35) + shifts[unit]
        skipped_targets = set()
        skipped_dimension = None
        if target_skip or dimension_skip:
            skipped_targets = {t for t in range(len(roles)) if rng.random() < target_skip}
            if rng.random() < dimension_skip:
                skipped_dimension = ref.DIMENSIONS[rng.integers(len(ref.DIMENSIONS))]
        for t in range(len(roles)):
            for d in ref.DIMENSIONS:
                r = rng.random()
                if r < missing or t in skipped_targets or d == skipped_dimension:
                    value = None  # "Ved ikke"
                else:
                    value = int(min(5, max(1, round(base[a, t] + shift + rng.normal(0, 0.75)))))
                rows.append((resp, roles[a], roles[t], d, value, unit))
    return rows


def write_files(name, roles, rows):
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{name}.csv", "w", encoding="utf-8", newline="\n") as f:
        f.write("respondent,round,rater_role,target_role,dimension,value,unit\n")
        seen = set()
        for resp, a, t, d, v, unit in rows:
            # Every other respondent has the unit on the first row only (blank cells give no value).
            written = unit or "" if resp not in seen or int(resp[1:]) % 2 == 0 else ""
            seen.add(resp)
            f.write(f"{resp},,{a},{t},{d},{'' if v is None else v},{written}\n")
    columns = [(d, t) for d in ref.DIMENSIONS for t in roles]
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
    with open(OUT / f"{name}-export.csv", "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def segment_order(values):
    """The order of `--by`: values by spelling (code points), no value last."""
    return sorted(v for v in values if v is not None) + ([None] if None in values else [])


def complementary(roles, plain_rows, parts, k, min_items):
    """SPEC §6. `parts`: [(value, rows)] in segment order. Returns, per segment, the dimension
    cells and cells it hides beside its own suppression (sets of (a, b, d) and (a, b))."""
    hide_dim = [set() for _ in parts]
    hide_cell = [set() for _ in parts]
    plain_x, plain_role = ref.first_records(plain_rows)
    part_x = [ref.first_records(rows) for _, rows in parts]

    def dim_count(x, role_of, a, b, d):
        return sum(1 for (r, t, dd) in x if t == b and dd == d and role_of[r] == a)

    # Dimension cells the plain analysis shows.
    for a in roles:
        for b in roles:
            for d in ref.DIMENSIONS:
                if dim_count(plain_x, plain_role, a, b, d) < k:
                    continue
                n = [dim_count(x, role_of, a, b, d) for x, role_of in part_x]
                while True:
                    held = sum(m for s, m in enumerate(n) if m > 0 and (m < k or (a, b, d) in hide_dim[s]))
                    if not 0 < held < k:
                        break
                    showing = [s for s, m in enumerate(n) if m >= k and (a, b, d) not in hide_dim[s]]
                    hide_dim[min(showing, key=lambda s: (n[s], s))].add((a, b, d))
    # Tie scores: the plain analysis' from its visible answers, each segment's from the answers it shows.
    plain_internals = {}
    plain = ref.analyse(roles, plain_rows, min_items, k, internals=plain_internals)
    segment_of = {}
    ties = []
    for s, (_, rows) in enumerate(parts):
        internals = {}
        ref.analyse(roles, rows, min_items, k, hide_dimension=lambda a, b, d, s=s: (a, b, d) in hide_dim[s],
                    internals=internals)
        ties.append(internals["ties"])
        for r in internals["role_of"]:
            segment_of[r] = s
    for cell in plain["cells"]:
        a, b = cell["rater"], cell["target"]
        if cell["mean"] is None:
            continue
        own = [sum(1 for (r, t) in ties[s] if t == b and plain_role[r] == a) for s in range(len(parts))]
        held_in_plain = [0] * len(parts)
        for (r, t) in plain_internals["ties"]:
            if t == b and plain_role[r] == a:
                held_in_plain[segment_of[r]] += 1
        while True:
            held = sum(held_in_plain[s] for s in range(len(parts))
                       if held_in_plain[s] > 0 and (own[s] < k or (a, b) in hide_cell[s]))
            if not 0 < held < k:
                break
            showing = [s for s in range(len(parts)) if own[s] >= k and (a, b) not in hide_cell[s]]
            hide_cell[min(showing, key=lambda s: (own[s], s))].add((a, b))
    return hide_dim, hide_cell


def shown_cells(result):
    """(rater, target) -> shown, (rater, target, dimension) -> shown, of one analysis."""
    cells, dims = {}, {}
    for cell in result["cells"]:
        key = (cell["rater"], cell["target"])
        cells[key] = cell["n"] == 0 or cell["mean"] is not None
        for dim in cell["dimensions"]:
            dims[key + (dim["dimension"],)] = dim["n"] == 0 or dim["mean"] is not None
    return cells, dims


def expected_figures(roles, rows, by):
    unit_of = {resp: unit for resp, _a, _t, _d, _v, unit in rows}
    role_of = {resp: a for resp, a, _t, _d, _v, _u in rows}
    plain_rows = [row[:5] for row in rows]
    values = segment_order(set(unit_of.values()))
    parts = [(unit, [row[:5] for row in rows if row[5] == unit]) for unit in values]
    hide_dim, hide_cell = complementary(roles, plain_rows, parts, MIN_GROUP, MIN_ITEMS)
    segments, shown = [], {}
    for s, (unit, part) in enumerate(parts):
        result = ref.analyse(roles, part, MIN_ITEMS, MIN_GROUP,
                             hide_dimension=lambda a, b, d, s=s: (a, b, d) in hide_dim[s],
                             hide_cell=lambda a, b, s=s: (a, b) in hide_cell[s])
        result["segment"] = unit
        result["roles"] = roles
        result["hidden_beside_others"] = {"dimension_cells": sorted(map(list, hide_dim[s])),
                                          "cells": sorted(map(list, hide_cell[s]))}
        segments.append(result)
        shown[unit] = shown_cells(result)

    def admit_tie(r, t):
        return shown[unit_of[r]][0][(role_of[r], t)]

    def admit_answer(r, t, d):
        return shown[unit_of[r]][1][(role_of[r], t, d)]

    internals = {}
    whole = ref.analyse(roles, plain_rows, MIN_ITEMS, MIN_GROUP, admit_tie=admit_tie, admit_answer=admit_answer,
                        internals=internals)
    whole["roles"] = roles
    plain = ref.analyse(roles, plain_rows, MIN_ITEMS, MIN_GROUP)
    plain["roles"] = roles
    # ICC(1), ICC(2) of the whole organisation's I(r) by segment, over segments of at least k.
    index = internals["index"]
    groups = [[index[r] for r in sorted(role_of) if unit_of[r] == unit and r in index] for unit in values]
    groups = [g for g in groups if len(g) >= MIN_GROUP]
    icc1, icc2 = ref.icc(groups)
    return {"by": by, "plain": plain, "whole": whole, "segments": segments,
            "segment_agreement": {"by": by, "groups": len(groups), "n": sum(len(g) for g in groups),
                                  "icc1": icc1, "icc2": icc2}}


def main():
    surveys = [
        ("units", ROLES, make_survey(1806, ROLES, UNITS, {"Akut": -0.4, "Medicin": 0.3, "Kirurgi": 0.0, None: 0.2}, "R")),
        ("wards", WARD_ROLES, make_survey(2807, WARD_ROLES, WARDS, {"Nord": 0.2, "Syd": -0.3, "Øst": 0.0, None: 0.0},
                                          "W", target_skip=0.1, dimension_skip=0.15)),
    ]
    for name, roles, rows in surveys:
        write_files(name, roles, rows)
        expected = expected_figures(roles, rows, "Afdeling")
        with open(OUT / f"{name}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        plain, whole = expected["plain"], expected["whole"]
        print(f"{name}: {plain['respondents']} respondents; plain index {plain['index']['mean']}, "
              f"whole index {whole['index']['mean']}, left out {whole['left_out']}; "
              f"segment agreement {expected['segment_agreement']}")
        for s in expected["segments"]:
            extra = s["hidden_beside_others"]
            print(f"  {s['segment']}: {s['respondents']} respondents, index {s['index']['mean']}, "
                  f"left out {s['left_out']}, hidden beside others: {len(extra['dimension_cells'])} dimension "
                  f"cells, {len(extra['cells'])} cells")


if __name__ == "__main__":
    main()

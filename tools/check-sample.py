#!/usr/bin/env python3
"""Sanity checks of the generated sample data (sample-data/), independent of rckit.

Prints per (rater, target, round) cell means of tie scores (mean of answered items, at
least 4 of 7), Welch t-tests for the ties built to change, the missing-answer rates, and
checks that the Windows-1252 wide export holds exactly the answers of the tidy file.
Usage: python3 tools/check-sample.py [sample-data]
"""
import csv, sys, os, statistics
from collections import defaultdict
from scipy import stats

d = sys.argv[1] if len(sys.argv) > 1 else "sample-data"
ROLES = ["Ortopædkirurg", "Endokrinolog", "Sygeplejerske", "Fysioterapeut",
         "Social- og sundhedsassistent", "Hjemmesygeplejerske", "Praktiserende læge", "Patient/pårørende"]
SHORT = ["O", "E", "S", "F", "SSA", "HSP", "GP", "P"]
DIMS = ["frequent_communication", "timely_communication", "accurate_communication",
        "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"]
DA = ["Hyppig kommunikation", "Rettidig kommunikation", "Præcis kommunikation",
      "Problemløsende kommunikation", "Fælles mål", "Fælles viden", "Gensidig respekt"]
SCALES = {
    "frequent_communication": ["Aldrig", "Sjældent", "Af og til", "Ofte", "Hele tiden"],
    "timely_communication": ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    "accurate_communication": ["Aldrig", "Sjældent", "Af og til", "Ofte", "Altid"],
    "problem_solving_communication": ["Skyder altid skylden på andre", "Skyder oftest skylden på andre",
        "Hverken eller", "Løser oftest problemet sammen med dig", "Løser altid problemet sammen med dig"],
    "shared_goals": ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
    "shared_knowledge": ["Intet", "Lidt", "Noget", "Meget", "Alt"],
    "mutual_respect": ["Slet ikke", "Lidt", "Noget", "Meget", "Fuldstændigt"],
}

def read_tidy(path):
    raw = open(path, "rb").read()
    assert b"\r" not in raw, "tidy file must use LF"
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows[0] == ["respondent", "round", "rater_role", "target_role", "dimension", "value"], rows[0]
    return rows[1:]

def ties(rows):
    items = defaultdict(list)
    roles = {}
    for r, rnd, a, b, dim, v in rows:
        roles[r] = a
        if v.isdigit():
            items[(r, b)].append(int(v))
    cells = defaultdict(list)
    for (r, b), xs in items.items():
        if len(xs) >= 4:
            cells[(roles[r], b)].append(sum(xs) / len(xs))
    return cells, roles

tidy = {rnd: read_tidy(os.path.join(d, f"forstuegang-{rnd}.csv")) for rnd in ["foer", "efter"]}
cells = {}
for rnd, rows in tidy.items():
    cells[rnd], roles = ties(rows)
    counts = defaultdict(int)
    for r, a in roles.items(): counts[a] += 1
    vals = [row[5] for row in rows]
    n = len(vals)
    print(f"{rnd}: {len(roles)} respondents, {n} answers; Ved ikke/Ikke relevant "
          f"{sum(v in ('Ved ikke', 'Ikke relevant') for v in vals) / n:.1%}, blank {sum(v == '' for v in vals) / n:.1%}")
    print("   ", ", ".join(f"{SHORT[i]} {counts[x]}" for i, x in enumerate(ROLES)))
ids = [set(r for r, *_ in tidy[k]) for k in ["foer", "efter"]]
print("respondents in both rounds:", len(ids[0] & ids[1]))

for rnd in ["foer", "efter"]:
    print(f"\ncell means {rnd} (rows rater, columns target)")
    print("       " + "".join(f"{s:>6}" for s in SHORT))
    for i, a in enumerate(ROLES):
        print(f"{SHORT[i]:>6} " + "".join(f"{statistics.mean(cells[rnd][(a, b)]):6.2f}" for b in ROLES))

print("\nWelch t-tests før → efter")
for a, b in [(0, 1), (1, 0), (1, 2), (2, 1), (7, 1), (3, 0), (0, 3), (5, 2), (5, 6), (6, 5)]:
    x, y = cells["foer"][(ROLES[a], ROLES[b])], cells["efter"][(ROLES[a], ROLES[b])]
    if len(x) >= 2 and len(y) >= 2:
        t = stats.ttest_ind(y, x, equal_var=False)
        print(f"  {ROLES[a]} → {ROLES[b]}: {statistics.mean(x):.3f} (n={len(x)}) → {statistics.mean(y):.3f} "
              f"(n={len(y)}), t={t.statistic:.2f}, p={t.pvalue:.3g}")

# Dimension profile: mean score per dimension over between-role answers, hospital↔community.
hosp, comm = set(ROLES[:5]), set(ROLES[5:7])
for rnd, rows in tidy.items():
    prof = defaultdict(list)
    for r, _, a, b, dim, v in rows:
        if v.isdigit() and ((a in hosp and b in comm) or (a in comm and b in hosp)):
            prof[dim].append(int(v))
    print(f"\ncross-sector dimension means {rnd}: " + ", ".join(f"{k.split('_')[0]} {statistics.mean(prof[k]):.2f}" for k in DIMS))

# The wide export: Windows-1252, semicolons, CRLF, same answers as the tidy file.
raw = open(os.path.join(d, "forstuegang-foer-export.csv"), "rb").read()
text = raw.decode("cp1252")
assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "export must use CRLF only"
assert "æ".encode("utf-8") not in raw, "export must not be UTF-8"
lines = list(csv.reader(text.split("\r\n")[:-1], delimiter=";"))
header = lines[0]
want = ["Respondent-id", "Faggruppe"] + [f"{DA[i]} - {role}" for i in range(7) for role in ROLES]
assert header == want, "export header"
wide = {}
for row in lines[1:]:
    rid, role = row[0], row[1]
    for col, value in zip(header[2:], row[2:]):
        label, target = col.split(" - ", 1)
        dim = DIMS[DA.index(label)]
        if value in SCALES[dim]:
            value = str(SCALES[dim].index(value) + 1)
        wide[(rid, role, target, dim)] = value
long = {(r, a, b, dim): v for r, _, a, b, dim, v in tidy["foer"]}
assert wide == long, "export and tidy differ"
print(f"\nexport: {len(lines) - 1} rows, {len(wide)} answers, identical to forstuegang-foer.csv")

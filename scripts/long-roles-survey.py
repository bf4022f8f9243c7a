#!/usr/bin/env python3
"""A two-round survey of 15 roles with long Danish names and a unit column, for layout tests.

    scripts/long-roles-survey.py [--respondents N] [--seed S] [--out FILE]

Writes tidy long CSV (SPEC §2) with a background column `Afsnit` (121, 122, Akutmodtagelsen):
the names the report must hold at 15 roles (Anæstesisygeplejerske, Operationssygeplejerske, …),
rounds `før` and `efter`, three in five respondents of `efter` answering again under the same id
and role, a few ties that change by about a point, and some "Ved ikke". Python's standard library
only; the same seed gives the same bytes. `scripts/report-browser-test.py` renders it with `--by`
and `--where` at 1024 and 1280 px and on A4.
"""
import argparse
import random
import sys

ROLES = [
    "Anæstesisygeplejerske", "Operationssygeplejerske", "Anæstesilæge", "Ortopædkirurg", "Sygeplejerske",
    "Social- og sundhedsassistent i hjemmeplejen", "Fysioterapeut", "Ergoterapeut", "Hjemmesygeplejerske",
    "Praktiserende læge", "Patient/pårørende", "Lægesekretær", "Portør", "Radiograf", "Klinisk farmaceut",
]
UNITS = ["121", "122", "Akutmodtagelsen"]
DIMENSIONS = [
    "frequent_communication", "timely_communication", "accurate_communication", "problem_solving_communication",
    "shared_goals", "shared_knowledge", "mutual_respect",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--respondents", type=int, default=600, help="respondents per round (default 600)")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--out", default="-", help="where to write (default: standard output)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = {(a, b): rng.uniform(2.4, 4.5) for a in ROLES for b in ROLES}
    # Ties that change between the rounds: two up by about a point, one down.
    moved = {(ROLES[0], ROLES[1]): 1.0, (ROLES[3], ROLES[2]): 0.9, (ROLES[9], ROLES[8]): -0.8}
    weights = [1.0] * len(ROLES)
    weights[ROLES.index("Klinisk farmaceut")] = 0.15  # a small role: some of its ties are hidden
    people = []
    for number in range(args.respondents):
        people.append((f"P{number:05d}", rng.choices(ROLES, weights)[0], rng.choice(UNITS)))
    lines = ["respondent,round,rater_role,target_role,dimension,value,Afsnit"]
    for round_label in ("før", "efter"):
        if round_label == "efter":
            kept = [p for p in people if rng.random() < 0.6]
            new = [(f"N{n:05d}", rng.choices(ROLES, weights)[0], rng.choice(UNITS))
                   for n in range(args.respondents - len(kept))]
            people = kept + new
        for respondent, role, unit in people:
            shift = rng.gauss(0, 0.35)
            for target in ROLES:
                for dimension in DIMENSIONS:
                    if rng.random() < 0.03:
                        value = "Ved ikke"
                    else:
                        mean = base[(role, target)] + shift
                        if round_label == "efter":
                            mean += moved.get((role, target), 0.0)
                        value = str(min(5, max(1, round(mean + rng.gauss(0, 0.7)))))
                    lines.append(f"{respondent},{round_label},{role},{target},{dimension},{value},{unit}")
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()

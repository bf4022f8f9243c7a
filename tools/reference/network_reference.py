#!/usr/bin/env python3
"""Reference figures for rckit's network statistics (SPEC §3), computed independently
with numpy and scipy from random surveys, written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/network_reference.py
Writes Tests/RCStatsTests/Fixtures/network/survey-N.csv (tidy long) and
survey-N.expected.json (every figure of the analysis) for N = 1..6, and
sample-foer.expected.json for sample-data/forstuegang-foer.csv.

Surveys 1-4 are analysed with minimum group 1 (every figure shown); survey 5 (two small
roles), survey 6 (survey 2 again) and the sample with minimum group 3, where the pooled
figures take only the data in shown cells ("No recovery by subtraction"): a tie T(r,t) only
when the cell C(a(r),t) rests on at least k ties, an answer x(r,t,d) only when the dimension
cell D(a(r),t,d) rests on at least k answers. Agreement: ICC(1) and ICC(2) of I(r) by rater
role (one-way ANOVA, k-bar = N/G as R's multilevel::ICC1), and rwg(j) of each shown cell
(Lindell & Brandt 1999) over the answers in shown dimension cells.
"""
import json
import math
import pathlib

import numpy as np
from scipy import stats

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/RCStatsTests/Fixtures/network"
DIMENSIONS = ["frequent_communication", "timely_communication", "accurate_communication",
              "problem_solving_communication", "shared_goals", "shared_knowledge", "mutual_respect"]


def make_survey(seed, n_roles, n_respondents, missing_rate, small_role):
    """small_role: False, True (the last role small) or the number of small roles."""
    rng = np.random.default_rng(seed)
    roles = [f"Rolle {chr(65 + i)}" for i in range(n_roles)]
    weights = np.ones(n_roles)
    for i in range(int(small_role)):
        weights[-1 - i] = 0.08  # roles with very few respondents, to exercise suppression
    weights /= weights.sum()
    rows = []
    base = rng.uniform(2.0, 4.6, size=(n_roles, n_roles))
    for r in range(n_respondents):
        a = rng.choice(n_roles, p=weights)
        shift = rng.normal(0, 0.4)
        for t in range(n_roles):
            for d in DIMENSIONS:
                if rng.random() < missing_rate:
                    value = None
                else:
                    value = int(min(5, max(1, round(base[a, t] + shift + rng.normal(0, 0.7)))))
                rows.append((f"r{r:03d}", roles[a], roles[t], d, value))
    return roles, rows


SCORED_OPTIONS = 5  # A_d: the scored options of every dimension's scale in rc7


def summary(values, interval=False, k=1):
    """n, mean, sd (and the 95% interval); the figures are None when n < k (suppressed)."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    shown = n >= max(1, k)
    out = {"n": n, "mean": float(np.mean(values)) if shown else None,
           "sd": float(np.std(values, ddof=1)) if shown and n >= 2 else None}
    if interval:
        if shown and n >= 2:
            half = stats.t.ppf(0.975, n - 1) * out["sd"] / math.sqrt(n)
            out["ci_low"], out["ci_high"] = out["mean"] - half, out["mean"] + half
        else:
            out["ci_low"] = out["ci_high"] = None
    return out


def icc(groups):
    """ICC(1), ICC(2) by one-way ANOVA over a list of groups of values; k-bar = N/G."""
    groups = [np.asarray(g, dtype=float) for g in groups if len(g) > 0]
    G = len(groups)
    N = sum(len(g) for g in groups)
    if G < 2 or N <= G:
        return None, None
    grand = np.concatenate(groups).mean()
    msb = sum(len(g) * (g.mean() - grand) ** 2 for g in groups) / (G - 1)
    msw = sum(((g - g.mean()) ** 2).sum() for g in groups) / (N - G)
    kbar = N / G
    icc1 = (msb - msw) / (msb + (kbar - 1) * msw) if msb + (kbar - 1) * msw != 0 else None
    icc2 = (msb - msw) / msb if msb != 0 else None
    return (None if icc1 is None else float(icc1)), (None if icc2 is None else float(icc2))


def rwg_j(columns):
    """rwg(j) over the answers of each dimension (a list of lists), uniform null distribution."""
    ratios = [np.var(c, ddof=1) / ((SCORED_OPTIONS ** 2 - 1) / 12) for c in columns if len(c) >= 2]
    if not ratios:
        return None
    J, rbar = len(ratios), float(np.mean(ratios))
    if rbar >= 1:
        return 0.0
    return J * (1 - rbar) / (J * (1 - rbar) + rbar)


def analyse(roles, rows, min_items, min_group=1, admit_tie=None, admit_answer=None):
    """admit_tie(r, t) and admit_answer(r, t, d), when given, say which tie scores and answers
    the analysis may take at all (the whole organisation beside its segments, SPEC §6)."""
    k = min_group
    x = {}  # (respondent, target, dimension) -> value; the first record of a key wins
    seen = set()
    role_of = {}
    for resp, a, t, d, v in rows:
        role_of.setdefault(resp, a)
        if (resp, t, d) in seen:
            continue
        seen.add((resp, t, d))
        if v is not None:
            x[(resp, t, d)] = v
    respondents = sorted(role_of)
    asked = [d for d in DIMENSIONS if any(key[2] == d for key in x)]
    T = {}
    for r in respondents:
        for t in roles:
            vals = [x[(r, t, d)] for d in DIMENSIONS if (r, t, d) in x]
            if len(vals) >= min_items and vals:
                T[(r, t)] = float(np.mean(vals))
    excluded_ties = excluded_answers = 0
    if admit_tie is not None:
        kept = {key: v for key, v in T.items() if admit_tie(*key)}
        excluded_ties = len(T) - len(kept)
        T = kept
    if admit_answer is not None:
        kept = {key: v for key, v in x.items() if admit_answer(*key)}
        excluded_answers = len(x) - len(kept)
        x = kept
    # Which cells are shown: the pooled figures take only their data.
    ties_in = {(a, b): [r for r in respondents if role_of[r] == a and (r, b) in T] for a in roles for b in roles}
    answers_in = {(a, b, d): [r for r in respondents if role_of[r] == a and (r, b, d) in x]
                  for a in roles for b in roles for d in DIMENSIONS}
    shown = {c: len(v) == 0 or len(v) >= k for c, v in ties_in.items()}
    shown_dim = {c: len(v) == 0 or len(v) >= k for c, v in answers_in.items()}
    cells = []
    for a in roles:
        for b in roles:
            ties = [T[(r, b)] for r in ties_in[(a, b)]]
            cell = summary(ties, interval=True, k=k)
            cell.update(rater=a, target=b, dimensions=[])
            for d in DIMENSIONS:
                dim = summary([x[(r, b, d)] for r in answers_in[(a, b, d)]], k=k)
                dim["dimension"] = d
                cell["dimensions"].append(dim)
            if len(ties) >= k and len(ties) > 0:
                cell["rwg_j"] = rwg_j([[x[(r, b, d)] for r in ties_in[(a, b)] if (r, b, d) in x]
                                       for d in DIMENSIONS if shown_dim[(a, b, d)]])
            else:
                cell["rwg_j"] = None
            cells.append(cell)
    index = {}
    for r in respondents:
        between = [T[(r, t)] for t in roles if t != role_of[r] and (r, t) in T and shown[(role_of[r], t)]]
        if between:
            index[r] = float(np.mean(between))
    within = [T[(r, role_of[r])] for r in respondents if (r, role_of[r]) in T and shown[(role_of[r], role_of[r])]]
    profile = []
    for d in DIMENSIONS:
        per = []
        for r in respondents:
            vals = [x[(r, t, d)] for t in roles if t != role_of[r] and (r, t, d) in x and shown_dim[(role_of[r], t, d)]]
            if vals:
                per.append(float(np.mean(vals)))
        s = summary(per, k=k)
        s["dimension"] = d
        profile.append(s)
    role_summary = []
    for a in roles:
        as_rater = [index[r] for r in respondents if role_of[r] == a and r in index]
        as_target = [T[(r, a)] for r in respondents if role_of[r] != a and (r, a) in T and shown[(role_of[r], a)]]
        role_summary.append({"role": a, "respondents": sum(1 for r in respondents if role_of[r] == a),
                             "as_rater": summary(as_rater, k=k), "as_target": summary(as_target, k=k)})
    complete_ties = [(r, t) for r in respondents for t in roles
                     if t != role_of[r] and all((r, t, d) in x for d in asked)
                     and shown[(role_of[r], t)] and all(shown_dim[(role_of[r], t, d)] for d in asked)]
    m = np.asarray([[x[(r, t, d)] for d in asked] for r, t in complete_ties], dtype=float)
    alpha_respondents = len({r for r, _ in complete_ties})
    alpha = None
    if len(asked) >= 2 and len(complete_ties) >= 2 and alpha_respondents >= max(1, k) and m.sum(axis=1).var(ddof=1) > 0:
        q = len(asked)
        alpha = float(q / (q - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1)))
    by_role = [[index[r] for r in respondents if role_of[r] == a and r in index] for a in roles]
    icc1, icc2 = icc(by_role)
    return {
        "respondents": len(respondents), "min_items": min_items, "min_group": k,
        "index": summary(list(index.values()), k=k), "within_role": summary(within, k=k),
        "dimensions": profile, "cells": cells, "roles_summary": role_summary,
        "reliability": {"cronbach_alpha": alpha, "n": len(complete_ties), "respondents": alpha_respondents},
        "agreement": {"by": "rater_role", "groups": sum(1 for g in by_role if g), "n": len(index), "icc1": icc1, "icc2": icc2},
        "left_out": {"ties": excluded_ties + sum(len(v) for c, v in ties_in.items() if not shown[c]),
                     "answers": excluded_answers + sum(len(v) for c, v in answers_in.items() if not shown_dim[c])},
    }


def read_tidy(path):
    """A tidy long CSV without quoting; non-numeric values ("Ved ikke", blank) are missing."""
    roles, rows = [], []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            resp, _round, a, t, d, v = line.rstrip("\n").split(",")
            for role in (a, t):
                if role not in roles:
                    roles.append(role)
            try:
                value = float(v)
            except ValueError:
                value = None
            rows.append((resp, a, t, d, value))
    return roles, rows


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # (seed, roles, respondents, missing, small roles, min_items, min_group)
    configs = [(11, 3, 25, 0.05, False, 4, 1), (22, 5, 60, 0.15, True, 4, 1), (33, 4, 40, 0.30, False, 3, 1),
               (44, 6, 50, 0.10, True, 5, 1), (56, 5, 45, 0.12, 2, 4, 3), (22, 5, 60, 0.15, True, 4, 3)]
    for number, (seed, n_roles, n_resp, missing, small, min_items, min_group) in enumerate(configs, start=1):
        roles, rows = make_survey(seed, n_roles, n_resp, missing, small)
        with open(OUT / f"survey-{number}.csv", "w", encoding="utf-8", newline="\n") as f:
            f.write("respondent,round,rater_role,target_role,dimension,value\n")
            for resp, a, t, d, v in rows:
                f.write(f"{resp},,{a},{t},{d},{'' if v is None else v}\n")
        expected = analyse(roles, rows, min_items, min_group)
        expected["roles"] = roles
        with open(OUT / f"survey-{number}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        print(f"survey-{number}: {n_resp} respondents, {n_roles} roles, k {min_group}, alpha {expected['reliability']['cronbach_alpha']}, "
              f"ICC(1) {expected['agreement']['icc1']}, left out {expected['left_out']}")
    sample = pathlib.Path(__file__).resolve().parents[2] / "sample-data/forstuegang-foer.csv"
    roles, rows = read_tidy(sample)
    expected = analyse(roles, rows, 4, 3)
    expected["roles"] = roles
    with open(OUT / "sample-foer.expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
    print(f"sample: {expected['respondents']} respondents, alpha {expected['reliability']['cronbach_alpha']}, "
          f"agreement {expected['agreement']}, left out {expected['left_out']}")


if __name__ == "__main__":
    main()

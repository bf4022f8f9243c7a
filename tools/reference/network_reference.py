#!/usr/bin/env python3
"""Reference figures for rckit's network statistics (SPEC §3), computed independently
with numpy and scipy from random surveys, written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/network_reference.py
Writes Tests/RCStatsTests/Fixtures/network/survey-N.csv (tidy long) and
survey-N.expected.json (every figure of the analysis) for N = 1..4.
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
    rng = np.random.default_rng(seed)
    roles = [f"Rolle {chr(65 + i)}" for i in range(n_roles)]
    weights = np.ones(n_roles)
    if small_role:
        weights[-1] = 0.08  # a role with very few respondents, to exercise suppression
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


def summary(values, interval=False):
    values = np.asarray(values, dtype=float)
    n = len(values)
    out = {"n": n, "mean": float(np.mean(values)) if n else None,
           "sd": float(np.std(values, ddof=1)) if n >= 2 else None}
    if interval:
        if n >= 2:
            half = stats.t.ppf(0.975, n - 1) * out["sd"] / math.sqrt(n)
            out["ci_low"], out["ci_high"] = out["mean"] - half, out["mean"] + half
        else:
            out["ci_low"] = out["ci_high"] = None
    return out


def analyse(roles, rows, min_items):
    x = {}  # (respondent, target, dimension) -> value
    role_of = {}
    for resp, a, t, d, v in rows:
        role_of[resp] = a
        if v is not None:
            x[(resp, t, d)] = v
    respondents = sorted(role_of)
    T = {}
    for r in respondents:
        for t in roles:
            vals = [x[(r, t, d)] for d in DIMENSIONS if (r, t, d) in x]
            if len(vals) >= min_items and vals:
                T[(r, t)] = float(np.mean(vals))
    cells = []
    for a in roles:
        for b in roles:
            ties = [T[(r, b)] for r in respondents if role_of[r] == a and (r, b) in T]
            cell = summary(ties, interval=True)
            cell.update(rater=a, target=b, dimensions=[])
            for d in DIMENSIONS:
                items = [x[(r, b, d)] for r in respondents if role_of[r] == a and (r, b, d) in x]
                dim = summary(items)
                dim["dimension"] = d
                cell["dimensions"].append(dim)
            cells.append(cell)
    index = {}
    for r in respondents:
        between = [T[(r, t)] for t in roles if t != role_of[r] and (r, t) in T]
        if between:
            index[r] = float(np.mean(between))
    within = [T[(r, role_of[r])] for r in respondents if (r, role_of[r]) in T]
    profile = []
    for d in DIMENSIONS:
        per = []
        for r in respondents:
            vals = [x[(r, t, d)] for t in roles if t != role_of[r] and (r, t, d) in x]
            if vals:
                per.append(float(np.mean(vals)))
        s = summary(per)
        s["dimension"] = d
        profile.append(s)
    role_summary = []
    for a in roles:
        as_rater = [index[r] for r in respondents if role_of[r] == a and r in index]
        as_target = [T[(r, a)] for r in respondents if role_of[r] != a and (r, a) in T]
        role_summary.append({"role": a, "respondents": sum(1 for r in respondents if role_of[r] == a),
                             "as_rater": summary(as_rater), "as_target": summary(as_target)})
    complete = [[x[(r, t, d)] for d in DIMENSIONS] for r in respondents for t in roles
                if t != role_of[r] and all((r, t, d) in x for d in DIMENSIONS)]
    alpha_respondents = len({r for r in respondents for t in roles
                             if t != role_of[r] and all((r, t, d) in x for d in DIMENSIONS)})
    m = np.asarray(complete, dtype=float)
    k = m.shape[1]
    alpha = float(k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1)))
    return {
        "respondents": len(respondents), "min_items": min_items,
        "index": summary(list(index.values())), "within_role": summary(within),
        "dimensions": profile, "cells": cells, "roles_summary": role_summary,
        "reliability": {"cronbach_alpha": alpha, "n": len(complete), "respondents": alpha_respondents},
    }


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    configs = [(11, 3, 25, 0.05, False, 4), (22, 5, 60, 0.15, True, 4), (33, 4, 40, 0.30, False, 3), (44, 6, 50, 0.10, True, 5)]
    for number, (seed, n_roles, n_resp, missing, small, min_items) in enumerate(configs, start=1):
        roles, rows = make_survey(seed, n_roles, n_resp, missing, small)
        with open(OUT / f"survey-{number}.csv", "w", encoding="utf-8", newline="\n") as f:
            f.write("respondent,round,rater_role,target_role,dimension,value\n")
            for resp, a, t, d, v in rows:
                f.write(f"{resp},,{a},{t},{d},{'' if v is None else v}\n")
        expected = analyse(roles, rows, min_items)
        expected["roles"] = roles
        with open(OUT / f"survey-{number}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        print(f"survey-{number}: {n_resp} respondents, {n_roles} roles, alpha {expected['reliability']['cronbach_alpha']:.4f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reference figures for rckit's before/after comparison (SPEC §4), computed independently
with scipy (Welch's and the paired t-test, t quantiles) and statsmodels (Benjamini–Hochberg,
over the cells as one family and over the seven dimensions as another), from random
before/after surveys; written as test fixtures.

Run once by hand (never by CI):  pip install statsmodels && python3 tools/reference/compare_reference.py
Writes Tests/RCStatsTests/Fixtures/compare/pair-N.csv (both rounds, tidy long, round column)
and pair-N.expected.json for N = 1..5. Pairs 1, 3 and 4 have respondents who answer both rounds
under the same id; in pair 4 some of them in another role (never paired); pair 5's ids are row
numbers 1…N in both rounds (never paired). A change matters (`matters`) when it is reliable —
cells q < 0.05, dimensions BH-corrected p < 0.05 as one family, the index p < 0.05 — and
|diff| >= MIN_CHANGE.
"""
import json
import math
import pathlib
import sys

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from network_reference import DIMENSIONS, make_survey  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/RCStatsTests/Fixtures/compare"
MIN_GROUP = 3
MIN_CHANGE = 0.2
LEVEL = 0.05


def raw_groups(roles, rows, min_items):
    """The per-respondent values behind every measure: cells (tie scores), dimension profile, index.

    Visible answers only (SPEC §3): an answer counts when its dimension cell holds at least
    MIN_GROUP answers; a tie score is the mean of the visible answers (at least min_items of
    them); the pooled measures (profile, index) take the ties in cells of at least MIN_GROUP
    ties and the visible answers."""
    x, role_of = {}, {}
    for resp, a, t, d, v in rows:
        role_of[resp] = a
        if v is not None:
            x[(resp, t, d)] = v
    respondents = sorted(role_of)
    answers = {(a, b, d): sum(1 for r in respondents if role_of[r] == a and (r, b, d) in x)
               for a in roles for b in roles for d in DIMENSIONS}
    shown_dim = {c: n >= MIN_GROUP for c, n in answers.items()}
    x = {(r, t, d): v for (r, t, d), v in x.items() if shown_dim[(role_of[r], t, d)]}
    T = {}
    for r in respondents:
        for t in roles:
            vals = [x[(r, t, d)] for d in DIMENSIONS if (r, t, d) in x]
            if vals and len(vals) >= min_items:
                T[(r, t)] = float(np.mean(vals))
    cells = {(a, b): [T[(r, b)] for r in respondents if role_of[r] == a and (r, b) in T] for a in roles for b in roles}
    shown = {c: len(v) >= MIN_GROUP for c, v in cells.items()}
    profile = {}
    for d in DIMENSIONS:
        per = []
        for r in respondents:
            vals = [x[(r, t, d)] for t in roles if t != role_of[r] and (r, t, d) in x]
            if vals:
                per.append(float(np.mean(vals)))
        profile[d] = per
    index = {}
    for r in respondents:
        ties = [T[(r, t)] for t in roles if t != role_of[r] and (r, t) in T and shown[(role_of[r], t)]]
        if ties:
            index[r] = float(np.mean(ties))
    return cells, profile, index, role_of


def matters(diff, q):
    """SPEC §4: reliable (q, or p for the index, below 0.05) and at least MIN_CHANGE in size
    (a billionth forgiven: 3.4 - 3.2 is 0.19999... in binary)."""
    return q is not None and diff is not None and q < LEVEL and diff != 0 and abs(diff) >= MIN_CHANGE - 1e-9


def bh(items):
    """statsmodels' BH q-values of the items' p (None where there is none), into each item's "q"."""
    ps = [(i, c["p"]) for i, c in enumerate(items) if c["p"] is not None]
    q = multipletests([p for _, p in ps], method="fdr_bh")[1] if ps else []
    for c in items:
        c["q"] = None
    for (i, _), qv in zip(ps, q):
        items[i]["q"] = float(qv)


def looks_like_row_numbers(ids):
    """Whole numbers from 1 (no leading zero) filling 1..N with at most a tenth missing."""
    if len(ids) < 2:
        return False
    limit = len(ids) + len(ids) // 10
    for i in ids:
        if not i.isdigit() or i.startswith("0") or len(i) > 9 or int(i) > limit:
            return False
    return True


def side(values):
    n = len(values)
    return {"n": n, "mean": float(np.mean(values)) if n >= MIN_GROUP else None,
            "sd": float(np.std(values, ddof=1)) if n >= max(MIN_GROUP, 2) else None}


def compare(a, b):
    out = {"before": side(a), "after": side(b)}
    if len(a) < max(MIN_GROUP, 2) or len(b) < max(MIN_GROUP, 2):
        out.update(diff=None, ci_low=None, ci_high=None, t=None, df=None, p=None, hedges_g=None, suppressed=True)
        return out
    a, b = np.asarray(a), np.asarray(b)
    va, vb = a.var(ddof=1), b.var(ddof=1)
    se = math.sqrt(va / len(a) + vb / len(b))
    diff = float(b.mean() - a.mean())
    if se == 0:
        out.update(diff=diff, ci_low=None, ci_high=None, t=None, df=None, p=None, hedges_g=None, suppressed=False)
        return out
    res = stats.ttest_ind(b, a, equal_var=False)
    df = (va / len(a) + vb / len(b)) ** 2 / ((va / len(a)) ** 2 / (len(a) - 1) + (vb / len(b)) ** 2 / (len(b) - 1))
    half = stats.t.ppf(0.975, df) * se
    pooled = math.sqrt(((len(a) - 1) * va + (len(b) - 1) * vb) / (len(a) + len(b) - 2))
    g = diff / pooled * (1 - 3 / (4 * (len(a) + len(b)) - 9)) if pooled > 0 else None
    out.update(diff=diff, ci_low=diff - half, ci_high=diff + half, t=float(res.statistic), df=float(df),
               p=float(res.pvalue), hedges_g=g, suppressed=False)
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # (seed before, seed after, roles, respondents, missing, small role, min_items, share of recurring ids,
    #  share of those recurring in another role, ids as row numbers)
    configs = [(101, 202, 4, 45, 0.08, False, 4, 0.6, 0.0, False), (303, 404, 5, 60, 0.12, True, 4, 0.0, 0.0, False),
               (505, 606, 3, 30, 0.05, False, 3, 0.8, 0.0, False), (707, 808, 4, 50, 0.06, False, 4, 0.7, 0.3, False),
               (909, 1010, 4, 40, 0.06, False, 4, 0.0, 0.0, True)]
    for number, (s1, s2, n_roles, n_resp, missing, small, min_items, recurring, other_role, row_numbers) in enumerate(
            configs, start=1):
        roles, before_rows = make_survey(s1, n_roles, n_resp, missing, small)
        _, after_rows = make_survey(s2, n_roles, n_resp + 7, missing, small)
        # Respondents of the after round keep their id (and role) from before only where they recur;
        # the others get new ids. Roles: an after respondent may only reuse a before id of the same role.
        before_role = {}
        for resp, a, *_ in before_rows:
            before_role[resp] = a
        rng = np.random.default_rng(s2)
        free = {a: [r for r in sorted(before_role) if before_role[r] == a] for a in roles}
        rename = {}
        after_role = {}
        for resp, a, *_ in after_rows:
            after_role[resp] = a
        for resp in sorted(after_role):
            a = after_role[resp]
            if other_role and rng.random() < other_role:
                # An id of the round before, of another role: not the same person.
                others = [b for b in roles if b != a and free[b]]
                if others:
                    rename[resp] = free[others[0]].pop(0)
                    continue
            if free[a] and rng.random() < recurring:
                rename[resp] = free[a].pop(0)
            else:
                rename[resp] = "n" + resp
        after_rows = [(rename[r], a, t, d, v) for r, a, t, d, v in after_rows]
        if row_numbers:
            # Each file numbers its rows 1..N, as Microsoft Forms does: the same number, another person.
            def numbered(rows):
                order = {}
                for r, *_ in rows:
                    order.setdefault(r, str(len(order) + 1))
                return [(order[r], a, t, d, v) for r, a, t, d, v in rows]
            before_rows, after_rows = numbered(before_rows), numbered(after_rows)
        with open(OUT / f"pair-{number}.csv", "w", encoding="utf-8", newline="\n") as f:
            f.write("respondent,round,rater_role,target_role,dimension,value\n")
            for label, rows in (("før", before_rows), ("efter", after_rows)):
                for resp, a, t, d, v in rows:
                    f.write(f"{resp},{label},{a},{t},{d},{'' if v is None else v}\n")
        cells_a, profile_a, index_a, role_a = raw_groups(roles, before_rows, min_items)
        cells_b, profile_b, index_b, role_b = raw_groups(roles, after_rows, min_items)
        expected = {"roles": roles, "min_group": MIN_GROUP, "min_items": min_items, "min_change": MIN_CHANGE}
        expected["index"] = compare(list(index_a.values()), list(index_b.values()))
        expected["index"]["matters"] = matters(expected["index"]["diff"], expected["index"]["p"])
        # Pairs: the same id and the same role in both rounds, an index in both (SPEC §4); row numbers pair nobody.
        rows_numbered = looks_like_row_numbers(list(role_a)) and looks_like_row_numbers(list(role_b))
        common = set(role_a) & set(role_b)
        same_role = {r for r in common if role_a[r] == role_b[r]}
        matched = sorted(r for r in same_role if r in index_a and r in index_b)
        if rows_numbered:
            matched = []
            pairing = {"paired": 0, "row_numbers": True, "other_role": 0, "no_index": 0, "before_only": 0, "after_only": 0}
        else:
            pairing = {"paired": len(matched), "row_numbers": False, "other_role": len(common - same_role),
                       "no_index": len(same_role) - len(matched), "before_only": len(set(role_a) - common),
                       "after_only": len(set(role_b) - common)}
        expected["index"]["pairing"] = pairing
        if len(matched) >= max(MIN_GROUP, 2):
            res = stats.ttest_rel([index_b[r] for r in matched], [index_a[r] for r in matched])
            expected["index"]["paired"] = {"n": len(matched), "diff": float(np.mean([index_b[r] - index_a[r] for r in matched])),
                                           "t": float(res.statistic), "df": len(matched) - 1, "p": float(res.pvalue)}
        else:
            expected["index"]["paired"] = None
        dimensions = [dict(dimension=d, **compare(profile_a[d], profile_b[d])) for d in DIMENSIONS]
        bh(dimensions)
        for c in dimensions:
            c["matters"] = matters(c["diff"], c["q"])
        expected["dimensions"] = dimensions
        cells = [dict(rater=a, target=b, **compare(cells_a[(a, b)], cells_b[(a, b)])) for a in roles for b in roles]
        bh(cells)
        for c in cells:
            c["matters"] = matters(c["diff"], c["q"])
        expected["cells"] = cells
        with open(OUT / f"pair-{number}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        compared = sum(1 for c in cells if c["p"] is not None)
        print(f"pair-{number}: {len(matched)} paired ({pairing}), {compared} compared cells, "
              f"{sum(c['matters'] for c in cells)} matter, {sum(c['matters'] for c in dimensions)} dimensions matter")


if __name__ == "__main__":
    main()

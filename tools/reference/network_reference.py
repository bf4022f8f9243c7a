#!/usr/bin/env python3
"""Reference figures for rckit's network statistics (SPEC §3), computed independently
with numpy and scipy from random surveys, written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/network_reference.py
Writes Tests/RCStatsTests/Fixtures/network/survey-N.csv (tidy long) and
survey-N.expected.json (every figure of the analysis) for N = 1..8, survey-8.instrument.json,
and sample-foer.expected.json and sample-efter.expected.json for the two rounds in sample-data/.

Surveys 1-4 are analysed with minimum group 1 (every figure shown); survey 5 (two small
roles), survey 6 (survey 2 again), survey 7 (small groups with "Ved ikke" patterns), survey 8
(the same on a 1–10 scale labelled at its ends, A_d = 10) and the sample with minimum group 3.
Everything follows SPEC §3 "Visible answers": an answer x(r,t,d) is visible when its dimension
cell D(a(r),t,d) holds at least k answers; tie scores T(r,t) are means of visible answers
(defined with at least min_items of them); a cell is visible with at least k such ties; rwg(j)
takes the visible answers of a visible cell's respondents; the pooled figures take the ties in
visible cells and the visible answers. Agreement: ICC(1) and ICC(2) of I(r) by rater role
(one-way ANOVA, k-bar = N/G as R's multilevel::ICC1), rwg(j) per visible cell (Lindell &
Brandt 1999) with A_d the number of scores the dimension's scale allows.

Every figure object carries `suppressed` and `hidden`: "fewer_than_k" when the group answered
but rests on fewer than k (its n may be 0: answers all hidden), "protects_others" for a
segment's cell hidden by complementary suppression (segments_reference.py), else null.
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


def allowed_scores(scale):
    """A_d: the number of scores a scale allows (SPEC §3). A scale of whole scores allows every
    whole number from its min to its max (1–5: 5; a 1–10 scale labelled at its ends only: 10),
    and its options' scores; a scale of fractional scores, its options' distinct scores."""
    options = {float(o["score"]) for o in scale["options"]}
    if scale.get("integer_scores", True):
        wholes = set(float(v) for v in range(math.ceil(scale["min"]), math.floor(scale["max"]) + 1))
        return len(wholes | options)
    return len(options)


def instrument_allowed_scores(path):
    """A_d by dimension from an instrument file (5 for a dimension it does not ask)."""
    with open(path, encoding="utf-8") as f:
        instrument = json.load(f)
    scales = {s["id"]: s for s in instrument["scales"]}
    allowed = {d: 5 for d in DIMENSIONS}
    for item in instrument["items"]:
        allowed[item["dimension"]] = allowed_scores(scales[item["scale"]])
    return allowed


def summary(values, interval=False, k=1, answered=None, hide=False):
    """n, mean, sd (and the 95% interval); the figures are None when n < k (suppressed) or when
    `hide` (a segment's cell hidden so that a smaller group cannot be worked out, SPEC §6).
    `hidden`: "fewer_than_k" when the group answered (`answered`, by default n > 0) but rests on
    fewer than k, "protects_others" when hidden by `hide`, else None."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    answered = n > 0 if answered is None else answered
    big = n >= max(1, k)
    shown = big and not hide
    out = {"n": n, "mean": float(np.mean(values)) if shown else None,
           "sd": float(np.std(values, ddof=1)) if shown and n >= 2 else None}
    if interval:
        if shown and n >= 2:
            half = stats.t.ppf(0.975, n - 1) * out["sd"] / math.sqrt(n)
            out["ci_low"], out["ci_high"] = out["mean"] - half, out["mean"] + half
        else:
            out["ci_low"] = out["ci_high"] = None
    out["suppressed"] = not shown
    out["hidden"] = None if shown else ("protects_others" if big else ("fewer_than_k" if answered else None))
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


def rwg_j(columns, allowed):
    """rwg(j) (Lindell & Brandt 1999) over (answers, A_d) per dimension; the uniform null
    variance of a scale of A_d scores is (A_d² − 1)/12."""
    ratios = [np.var(c, ddof=1) / ((a ** 2 - 1) / 12) for c, a in zip(columns, allowed) if len(c) >= 2]
    if not ratios:
        return None
    J, rbar = len(ratios), float(np.mean(ratios))
    if rbar >= 1:
        return 0.0
    return J * (1 - rbar) / (J * (1 - rbar) + rbar)


def first_records(rows):
    """(answers, role of each respondent): x[(r, t, d)] = score; a repeated (r, t, d) keeps its
    first record, a "don't know" (None) included."""
    x, seen, role_of = {}, set(), {}
    for resp, a, t, d, v in rows:
        role_of.setdefault(resp, a)
        if (resp, t, d) in seen:
            continue
        seen.add((resp, t, d))
        if v is not None:
            x[(resp, t, d)] = v
    return x, role_of


def tie_scores(x, respondents, roles, min_items):
    """T(r, t): the mean of the answers in `x` about t, when there are at least min_items."""
    T = {}
    for r in respondents:
        for t in roles:
            vals = [x[(r, t, d)] for d in DIMENSIONS if (r, t, d) in x]
            if vals and len(vals) >= min_items:
                T[(r, t)] = float(np.mean(vals))
    return T


def analyse(roles, rows, min_items, min_group=1, admit_tie=None, admit_answer=None,
            hide_dimension=None, hide_cell=None, allowed=None, internals=None):
    """Every figure of SPEC §3 from visible answers only.

    - An answer x(r,t,d) is visible when its dimension cell D(a(r),t,d) holds at least k answers
      (and `hide_dimension(a, t, d)` does not hide it: a segment's complementary suppression, §6).
    - T(r,t) is the mean of r's visible answers about t, defined with at least min_items of them;
      a cell C(a,b) pools them and is visible with at least k (unless `hide_cell(a, b)`).
    - rwg(j) of a visible cell: its respondents' answers in its visible dimension cells.
    - Pooled figures: ties in visible cells, visible answers; I(r) over r's ties in visible
      between-role cells.
    - `admit_answer(r, t, d)`, `admit_tie(r, t)`: the data the whole organisation beside its
      segments may take at all (what its segments show, §6); None: all.
    `allowed`: A_d by dimension (5 when not given). `internals`, a dict when given, receives the
    tie scores (`ties`), the respondent indices (`index`) and the roles (`role_of`)."""
    k = min_group
    allowed = allowed or {d: 5 for d in DIMENSIONS}
    hide_dimension = hide_dimension or (lambda a, t, d: False)
    hide_cell = hide_cell or (lambda a, t: False)
    raw, role_of = first_records(rows)
    respondents = sorted(role_of)
    asked = [d for d in DIMENSIONS if any(key[2] == d for key in raw)]
    # Who answered at all (before anything is left out): a hidden group that answered is
    # "fewer than k", never "no answers".
    answered_dim = {(role_of[r], t, d) for (r, t, d) in raw}
    x = {key: v for key, v in raw.items() if admit_answer is None or admit_answer(*key)}
    excluded_answers = len(raw) - len(x)
    answers_in = {(a, b, d): [r for r in respondents if role_of[r] == a and (r, b, d) in x]
                  for a in roles for b in roles for d in DIMENSIONS}
    big_dim = {c: len(v) >= k for c, v in answers_in.items()}
    shown_dim = {c: len(v) == 0 or (len(v) >= k and not hide_dimension(*c)) for c, v in answers_in.items()}
    visible = {key: v for key, v in x.items() if shown_dim[(role_of[key[0]], key[1], key[2])]}
    T = tie_scores(visible, respondents, roles, min_items)
    excluded_ties = 0
    if admit_tie is not None:
        kept = {key: v for key, v in T.items() if admit_tie(*key)}
        excluded_ties = len(T) - len(kept)
        T = kept
    ties_in = {(a, b): [r for r in respondents if role_of[r] == a and (r, b) in T] for a in roles for b in roles}
    shown = {c: len(v) == 0 or (len(v) >= k and not hide_cell(*c)) for c, v in ties_in.items()}
    answered_cell = {(a, b) for (a, b, d) in answered_dim}
    cells = []
    for a in roles:
        for b in roles:
            ties = [T[(r, b)] for r in ties_in[(a, b)]]
            cell = summary(ties, interval=True, k=k, answered=(a, b) in answered_cell, hide=hide_cell(a, b))
            cell.update(rater=a, target=b, dimensions=[])
            for d in DIMENSIONS:
                dim = summary([x[(r, b, d)] for r in answers_in[(a, b, d)]], k=k,
                              answered=(a, b, d) in answered_dim, hide=hide_dimension(a, b, d))
                dim["dimension"] = d
                cell["dimensions"].append(dim)
            if cell["mean"] is not None:
                cell["rwg_j"] = rwg_j([[visible[(r, b, d)] for r in ties_in[(a, b)] if (r, b, d) in visible]
                                       for d in DIMENSIONS], [allowed[d] for d in DIMENSIONS])
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
            vals = [visible[(r, t, d)] for t in roles if t != role_of[r] and (r, t, d) in visible]
            if vals:
                per.append(float(np.mean(vals)))
        s = summary(per, k=k, answered=any(a != t and dd == d for a, t, dd in answered_dim))
        s["dimension"] = d
        profile.append(s)
    role_summary = []
    for a in roles:
        as_rater = [index[r] for r in respondents if role_of[r] == a and r in index]
        as_target = [T[(r, a)] for r in respondents if role_of[r] != a and (r, a) in T and shown[(role_of[r], a)]]
        role_summary.append({
            "role": a, "respondents": sum(1 for r in respondents if role_of[r] == a),
            "as_rater": summary(as_rater, k=k, answered=any(ra == a and t != a for ra, t in answered_cell)),
            "as_target": summary(as_target, k=k, answered=any(ra != a and t == a for ra, t in answered_cell))})
    complete_ties = [(r, t) for r in respondents for t in roles
                     if t != role_of[r] and shown[(role_of[r], t)] and (r, t) in T
                     and all((r, t, d) in visible for d in asked)]
    m = np.asarray([[visible[(r, t, d)] for d in asked] for r, t in complete_ties], dtype=float)
    alpha_respondents = len({r for r, _ in complete_ties})
    alpha = None
    if len(asked) >= 2 and len(complete_ties) >= 2 and alpha_respondents >= max(1, k) and m.sum(axis=1).var(ddof=1) > 0:
        q = len(asked)
        alpha = float(q / (q - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1)))
    by_role = [[index[r] for r in respondents if role_of[r] == a and r in index] for a in roles]
    icc1, icc2 = icc(by_role)
    if internals is not None:
        internals.update(ties=T, index=index, role_of=role_of)
    return {
        "respondents": len(respondents), "min_items": min_items, "min_group": k,
        "index": summary(list(index.values()), k=k, answered=any(a != t for a, t in answered_cell)),
        "within_role": summary(within, k=k, answered=any(a == t for a, t in answered_cell)),
        "dimensions": profile, "cells": cells, "roles_summary": role_summary,
        "reliability": {"cronbach_alpha": alpha, "n": len(complete_ties), "respondents": alpha_respondents},
        "agreement": {"by": "rater_role", "groups": sum(1 for g in by_role if g), "n": len(index), "icc1": icc1, "icc2": icc2},
        "left_out": {"ties": excluded_ties + sum(len(v) for c, v in ties_in.items() if not shown[c]),
                     "answers": excluded_answers + len(x) - len(visible)},
    }


def make_patterned_survey(seed, sizes, scale_max=5, target_skip=0.12, dimension_skip=0.1, missing_rate=0.05):
    """A survey with "Ved ikke" patterns, as people answer: `sizes` respondents per role (small
    groups of one to four among them); a respondent answers "Ved ikke" to every question about a
    role now and then (target_skip), to one question about every role (dimension_skip), and to
    single questions (missing_rate). Scores 1..scale_max. Values: an int, or None ("Ved ikke")."""
    rng = np.random.default_rng(seed)
    roles = [f"Rolle {chr(65 + i)}" for i in range(len(sizes))]
    base = rng.uniform(0.35, 0.9, size=(len(roles), len(roles))) * scale_max
    spread = 0.15 * scale_max
    rows = []
    number = 0
    order = []
    for a, size in enumerate(sizes):
        for _ in range(size):
            number += 1
            order.append((f"p{number:03d}", a))
    for i in rng.permutation(len(order)):
        resp, a = order[i]
        shift = rng.normal(0, 0.08 * scale_max)
        skipped_targets = {t for t in range(len(roles)) if rng.random() < target_skip}
        skipped_dimension = DIMENSIONS[rng.integers(len(DIMENSIONS))] if rng.random() < dimension_skip else None
        for t in range(len(roles)):
            for d in DIMENSIONS:
                if t in skipped_targets or d == skipped_dimension or rng.random() < missing_rate:
                    value = None
                else:
                    value = int(min(scale_max, max(1, round(base[a, t] + shift + rng.normal(0, spread)))))
                rows.append((resp, roles[a], roles[t], d, value))
    return roles, rows


def write_tidy(path, rows, missing_word=""):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("respondent,round,rater_role,target_role,dimension,value\n")
        for resp, a, t, d, v in rows:
            f.write(f"{resp},,{a},{t},{d},{missing_word if v is None else v}\n")


def ten_point_instrument(path):
    """An instrument whose seven items are asked on a 1–10 scale labelled at its ends only."""
    labels = {"frequent_communication": "How frequently", "timely_communication": "How timely",
              "accurate_communication": "How accurately", "problem_solving_communication": "How well together",
              "shared_goals": "How much shared goals", "shared_knowledge": "How much they know",
              "mutual_respect": "How much respect"}
    instrument = {
        "rckit_instrument": 1, "name": "ten-point", "language": "en",
        "process": {"da": "forløbet", "en": "the pathway"}, "min_items": 4,
        "strength": {"weak_below": 6, "strong_above": 7.5},
        "scales": [{"id": "ten", "min": 1, "max": 10,
                    "options": [{"score": 1, "label": {"da": "Slet ikke", "en": "Not at all"}},
                                {"score": 10, "label": {"da": "Fuldstændigt", "en": "Completely"}}],
                    "missing": [{"da": "Ved ikke", "en": "Don't know"}]}],
        "items": [{"dimension": d, "scale": "ten", "question": {"da": labels[d] + "?", "en": labels[d] + "?"}}
                  for d in DIMENSIONS]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(instrument, f, indent=1, ensure_ascii=False)
        f.write("\n")


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
    surveys = []
    for number, (seed, n_roles, n_resp, missing, small, min_items, min_group) in enumerate(configs, start=1):
        roles, rows = make_survey(seed, n_roles, n_resp, missing, small)
        write_tidy(OUT / f"survey-{number}.csv", rows)
        surveys.append((f"survey-{number}", roles, rows, min_items, min_group, None))
    # 7: small groups with "Ved ikke" patterns, so that dimension cells are hidden inside shown cells.
    roles, rows = make_patterned_survey(707, [6, 4, 3, 5, 2, 1, 4])
    write_tidy(OUT / "survey-7.csv", rows, "Ved ikke")
    surveys.append(("survey-7", roles, rows, 4, 3, None))
    # 8: a 1–10 scale labelled at its ends (A_d = 10), "Ved ikke" patterns, a small group.
    ten_point_instrument(OUT / "survey-8.instrument.json")
    roles, rows = make_patterned_survey(808, [7, 5, 4, 2], scale_max=10)
    write_tidy(OUT / "survey-8.csv", rows, "Ved ikke")
    surveys.append(("survey-8", roles, rows, 4, 3, instrument_allowed_scores(OUT / "survey-8.instrument.json")))
    for name, roles, rows, min_items, min_group, allowed in surveys:
        expected = analyse(roles, rows, min_items, min_group, allowed=allowed)
        expected["roles"] = roles
        with open(OUT / f"{name}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        print(f"{name}: {expected['respondents']} respondents, {len(roles)} roles, k {min_group}, "
              f"alpha {expected['reliability']['cronbach_alpha']}, ICC(1) {expected['agreement']['icc1']}, "
              f"left out {expected['left_out']}")
    for label in ("foer", "efter"):
        sample = pathlib.Path(__file__).resolve().parents[2] / f"sample-data/forstuegang-{label}.csv"
        allowed = instrument_allowed_scores(sample.parent / "forstuegang-instrument.json")
        roles, rows = read_tidy(sample)
        expected = analyse(roles, rows, 4, 3, allowed=allowed)
        expected["roles"] = roles
        with open(OUT / f"sample-{label}.expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        print(f"sample {label}: {expected['respondents']} respondents, alpha "
              f"{expected['reliability']['cronbach_alpha']}, agreement {expected['agreement']}, "
              f"left out {expected['left_out']}")


if __name__ == "__main__":
    main()

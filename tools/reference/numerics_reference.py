#!/usr/bin/env python3
"""Write the reference fixtures for RCStats' numerics tests.

Independent values from SciPy, NumPy and statsmodels (the libraries the SPEC
asks the figures to agree with), plus 40-digit mpmath values for the special
functions and the t distribution so the tests can also measure rckit's own
accuracy. Deterministic: fixed seeds, no network once the packages are present.

    python3 tools/reference/numerics_reference.py

writes Tests/RCStatsTests/Fixtures/numerics/*.json. CI never runs this; the
output is committed.
"""

import json
import math
import subprocess
import sys
from pathlib import Path


def ensure(package, module=None):
    try:
        __import__(module or package)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])


for pkg in ("numpy", "scipy", "statsmodels", "mpmath"):
    ensure(pkg)

import mpmath  # noqa: E402
import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.special as sp  # noqa: E402
import scipy.stats as st  # noqa: E402
import statsmodels  # noqa: E402
from statsmodels.stats.multitest import multipletests  # noqa: E402

mpmath.mp.dps = 40
OUT = Path(__file__).resolve().parents[2] / "Tests" / "RCStatsTests" / "Fixtures" / "numerics"
VERSIONS = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "statsmodels": statsmodels.__version__,
    "mpmath": mpmath.__version__,
}


def f(x):
    """A JSON number (finite floats only; the fixtures avoid inf and NaN), or null."""
    if x is None:
        return None
    x = float(x)
    assert math.isfinite(x), x
    return x


def write(name, payload):
    payload = {"generated_by": "tools/reference/numerics_reference.py", "versions": VERSIONS, **payload}
    path = OUT / name
    path.write_text(json.dumps(payload, indent=1, allow_nan=False) + "\n")
    print(f"wrote {path.relative_to(OUT.parents[3])}")


# --- Special functions -----------------------------------------------------------

def mp_betainc(a, b, x):
    """I_x(a, b) to 40 digits, or None where mpmath's series does not converge."""
    a, b, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(x)
    try:
        if x > a / (a + b):
            return 1 - mpmath.betainc(b, a, 0, 1 - x, regularized=True)
        return mpmath.betainc(a, b, 0, x, regularized=True)
    except (ValueError, mpmath.libmp.NoConvergence):
        return None


def special_functions():
    xs = [1e-300, 1e-10, 1e-3, 0.1, 0.5, 0.9, 1.0, 1.5, 2.0, 2.5, 3.7, 7.25, 9.99, 10.0,
          10.5, 25.0, 100.0, 1234.5, 1e6, 5e6, 1e10, 1e15, -0.5, -2.5, -10.3]
    lgamma = [{"x": x, "scipy": f(sp.gammaln(x)), "mpmath": f(mpmath.log(abs(mpmath.gamma(x))))}
              for x in xs]
    pairs = [(0.5, 0.5), (0.5, 3.0), (2.0, 3.0), (12.0, 0.5), (10.0, 10.0), (15.5, 250.0),
             (0.25, 1e4), (5e6, 0.5), (5e6, 5e6), (1e3, 2.5)]
    logbeta = [{"a": a, "b": b, "scipy": f(sp.betaln(a, b)),
                "mpmath": f(mpmath.log(mpmath.beta(a, b)))} for a, b in pairs]
    grid_ab = [0.1, 0.5, 1.0, 2.5, 10.0, 100.0, 1e4]
    grid_x = [1e-10, 0.001, 0.1, 0.5, 0.9, 0.999]
    betainc = []
    for a in grid_ab:
        for b in grid_ab:
            for x in grid_x:
                ref = mp_betainc(a, b, x)
                betainc.append({"a": a, "b": b, "x": x, "scipy": f(sp.betainc(a, b, x)),
                                "mpmath": f(ref)})
    # Parameters the t distribution meets: a = df/2 (huge), b = 1/2.
    for a, b, x in [(5e6, 0.5, 1 - 4e-7), (5e6, 0.5, 0.9999), (0.5, 5e6, 4e-7),
                    (50.0, 0.5, 0.999), (0.25, 0.5, 1e-6), (1e3, 1e3, 0.49), (1e3, 1e3, 0.52)]:
        betainc.append({"a": a, "b": b, "x": x, "scipy": f(sp.betainc(a, b, x)),
                        "mpmath": f(mp_betainc(a, b, x))})
    write("special_functions.json", {"lgamma": lgamma, "logbeta": logbeta, "betainc": betainc})


# --- Student's t and the normal distribution -------------------------------------

DFS = [0.5, 1.0, 1.5, 2.0, 2.7, 3.0, 4.6, 9.3, 10.0, 29.6, 100.0, 1e3, 1e5, 1e7]
TS = [0.0, 1e-8, 0.1, 0.5, 1.0, 1.96, 2.0, 3.0, 5.0, 10.0, 40.0, 1e3,
      -1e-8, -0.5, -2.0, -5.0, -40.0, -1e3]
PS = [1e-12, 1e-10, 1e-5, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 0.99999]


def mp_t_cdf(t, df):
    """P(T <= t) to 40 digits, or None where mpmath does not converge."""
    t = mpmath.mpf(t)
    df = mpmath.mpf(df)
    tail = mp_t_tail(t, df)
    if tail is None:
        return None
    return tail if t < 0 else 1 - tail


def mp_t_tail(t, df):
    """P(T > |t|)."""
    t = mpmath.mpf(t)
    df = mpmath.mpf(df)
    x = df / (df + t * t)
    y = t * t / (df + t * t)
    half = mpmath.mpf(1) / 2
    if x < half:
        tail = mp_betainc(df / 2, half, x)
        return None if tail is None else tail / 2
    # Near the centre 1 - I_y(1/2, df/2), y = t²/(df + t²), loses nothing at 40
    # digits and converges where the series in x would not.
    try:
        return (1 - mpmath.betainc(half, df / 2, 0, y, regularized=True)) / 2
    except (ValueError, mpmath.libmp.NoConvergence):
        tail = mp_betainc(df / 2, half, x)
        return None if tail is None else tail / 2


def mp_t_ppf(p, df, guess):
    """The t quantile to ~35 digits, or None where mpmath does not converge."""
    p = mpmath.mpf(p)
    if mp_t_cdf(guess, df) is None:
        return None
    try:
        return mpmath.findroot(lambda t: mp_t_cdf(t, df) - p, mpmath.mpf(guess), tol=1e-35)
    except (ValueError, ZeroDivisionError, TypeError):
        return None


def student_t():
    cdf = []
    for df in DFS:
        for t in TS:
            tail = mp_t_tail(t, df)
            mp_cdf = mp_t_cdf(t, df)
            # SciPy's stdtr is off by ~3e-9 at df = 1 for tiny t (0.500000004743
            # instead of 0.5 + atan(1e-8)/pi); such rows are flagged and the tests
            # hold them to the 40-digit value instead.
            scipy_off = mp_cdf is not None and abs(st.t.cdf(t, df) - mp_cdf) > 1e-10 * abs(mp_cdf)
            cdf.append({
                "scipy_disagrees_with_mpmath": bool(scipy_off),
                "df": df, "t": t,
                "cdf": f(st.t.cdf(t, df)), "sf": f(st.t.sf(t, df)),
                "two_sided_p": f(min(1.0, 2 * st.t.sf(abs(t), df))),
                "pdf": f(st.t.pdf(t, df)),
                "mp_cdf": f(mp_cdf), "mp_sf": f(mp_t_cdf(-t, df)),
                "mp_two_sided_p": None if tail is None else f(min(1, 2 * tail)),
            })
    quantile = []
    for df in DFS:
        for p in PS:
            ref = st.t.ppf(p, df)
            mp_ref = ref if p == 0.5 else mp_t_ppf(p, df, ref)
            quantile.append({"df": df, "p": p, "scipy": f(ref), "mpmath": f(mp_ref)})
    # Hand-checked values quoted in the tests.
    quantile.append({"df": 10.0, "p": 0.975, "scipy": f(st.t.ppf(0.975, 10)),
                     "mpmath": f(mp_t_ppf(0.975, 10, 2.228))})
    normal = []
    for z in [-37.0, -20.0, -8.0, -3.0, -1.96, -0.5, 0.0, 1e-9, 0.5, 1.0, 1.96, 3.0, 8.0]:
        normal.append({"z": z, "cdf": f(st.norm.cdf(z)), "sf": f(st.norm.sf(z)),
                       "mp_cdf": f(mpmath.ncdf(z))})
    normal_quantile = []
    for p in [1e-300, 1e-100, 1e-12, 1e-5, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-12]:
        ref = st.norm.ppf(p)
        mp_ref = 0.0 if p == 0.5 else mpmath.findroot(lambda z: mpmath.ncdf(z) - mpmath.mpf(p),
                                                      mpmath.mpf(ref), tol=1e-35)
        normal_quantile.append({"p": p, "scipy": f(ref), "mpmath": f(mp_ref)})
    write("student_t.json", {"cdf": cdf, "quantile": quantile,
                             "normal": normal, "normal_quantile": normal_quantile})


# --- Samples, comparisons, multiplicity ------------------------------------------

def likert(rng, n, low=1, high=5, shift=0.0):
    """Integer answers on a 1-5 scale, skewed towards the top like RC data."""
    weights = np.array([0.05, 0.1, 0.25, 0.35, 0.25])
    if shift:
        weights = np.roll(weights, int(shift))
    weights = weights / weights.sum()
    return rng.choice(np.arange(low, high + 1), size=n, p=weights).astype(float)


def tie_scores(rng, n, centre):
    """Means of seven 1-5 items: the tie scores the SPEC averages."""
    items = np.clip(np.round(rng.normal(centre, 0.9, size=(n, 7))), 1, 5)
    return items.mean(axis=1)


def summary(xs):
    xs = np.asarray(xs, dtype=float)
    n = len(xs)
    out = {"n": n, "mean": f(np.mean(xs))}
    if n >= 2:
        sd = np.std(xs, ddof=1)
        half = st.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
        out.update({"sd": f(sd), "variance": f(np.var(xs, ddof=1)),
                    "ci_low": f(np.mean(xs) - half), "ci_high": f(np.mean(xs) + half)})
    return out


def hedges_g(a, b):
    na, nb = len(a), len(b)
    va, vb = np.var(a, ddof=1), np.var(b, ddof=1)
    pooled = math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2))
    return (np.mean(b) - np.mean(a)) / pooled * (1 - 3 / (4 * (na + nb) - 9))


def samples_and_tests():
    rng = np.random.default_rng(20240601)
    samples = []
    for n in [1, 2, 3, 7, 30, 250, 20000]:
        xs = likert(rng, n)
        samples.append({"name": f"likert_{n}", "values": xs.tolist(), **summary(xs)})
    for n in [5, 40, 500]:
        xs = tie_scores(rng, n, 3.8)
        samples.append({"name": f"ties_{n}", "values": xs.tolist(), **summary(xs)})
    xs = 1e6 + rng.normal(0, 1, 100)
    samples.append({"name": "offset_1e6", "values": xs.tolist(), **summary(xs)})
    xs = rng.normal(0, 1, 1000)
    samples.append({"name": "normal_1000", "values": xs.tolist(), **summary(xs)})

    pairs = [
        ("likert_small", likert(rng, 4), likert(rng, 3)),
        ("likert_10_12", likert(rng, 10), likert(rng, 12, shift=1)),
        ("ties_25_30", tie_scores(rng, 25, 3.6), tie_scores(rng, 30, 3.9)),
        ("ties_200_180", tie_scores(rng, 200, 3.7), tie_scores(rng, 180, 3.72)),
        ("ties_unequal_var", tie_scores(rng, 8, 3.0), rng.normal(4.0, 0.05, 50)),
        ("one_constant", np.full(6, 4.0), likert(rng, 9)),
        ("large_effect", rng.normal(2.0, 0.3, 40), rng.normal(4.5, 0.3, 40)),
        ("huge_t", rng.normal(1.0, 0.01, 300), rng.normal(2.0, 0.01, 300)),
    ]
    welch = []
    for name, a, b in pairs:
        res = st.ttest_ind(b, a, equal_var=False)
        diff = np.mean(b) - np.mean(a)
        se = math.sqrt(np.var(a, ddof=1) / len(a) + np.var(b, ddof=1) / len(b))
        half = st.t.ppf(0.975, res.df) * se
        welch.append({
            "name": name, "before": a.tolist(), "after": b.tolist(),
            "before_summary": summary(a), "after_summary": summary(b),
            "diff": f(diff), "se": f(se), "t": f(res.statistic), "df": f(res.df),
            "p": f(res.pvalue), "ci_low": f(diff - half), "ci_high": f(diff + half),
            "hedges_g": f(hedges_g(a, b)),
        })

    paired = []
    for name, n, noise in [("paired_3", 3, 0.6), ("paired_12", 12, 0.5),
                           ("paired_60", 60, 0.4), ("paired_tiny_sd", 30, 1e-3)]:
        before = tie_scores(rng, n, 3.5)
        after = before + 0.2 + rng.normal(0, noise, n)
        res = st.ttest_rel(after, before)
        d = after - before
        sd = np.std(d, ddof=1)
        half = st.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
        paired.append({
            "name": name, "before": before.tolist(), "after": after.tolist(), "n": n,
            "mean_diff": f(np.mean(d)), "sd_diff": f(sd), "t": f(res.statistic),
            "df": f(res.df), "p": f(res.pvalue),
            "ci_low": f(np.mean(d) - half), "ci_high": f(np.mean(d) + half),
        })

    bh_inputs = [
        ("welch_ps", [w["p"] for w in welch]),
        ("ties", [0.01, 0.04, 0.04, 0.03, 0.5, 0.01, 1.0, 0.0]),
        ("uniform_50", rng.uniform(0, 1, 50).tolist()),
        ("small_ps", (10 ** rng.uniform(-12, -1, 30)).tolist()),
        ("single", [0.3]),
        ("all_large", [0.9, 0.95, 0.99, 1.0]),
    ]
    bh = []
    for name, ps in bh_inputs:
        _, q, _, _ = multipletests(ps, method="fdr_bh")
        bh.append({"name": name, "p": [f(p) for p in ps], "q": [f(x) for x in q]})

    write("samples.json", {"samples": samples})
    write("comparisons.json", {"welch": welch, "paired": paired, "benjamini_hochberg": bh})


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    special_functions()
    student_t()
    samples_and_tests()

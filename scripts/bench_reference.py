"""The role-pair computation of `rckit analyze` done in DuckDB, pandas or polars, for scripts/bench.sh.

Tie score = mean of the answered items (scores 1-5) of a respondent about a target role,
defined with at least 4 answered; then n, mean and sample sd per rater role x target role.

    bench_reference.py ENGINE FILE              # tidy long file (duckdb, pandas)
    bench_reference.py ENGINE-wide FILE         # wide file, one row per respondent (duckdb, polars)
    bench_reference.py polars-excel FILE.xlsx   # the wide survey as a workbook (polars.read_excel, calamine)
    bench_reference.py check ENGINE FILE JSON   # the engine's cells against `rckit analyze --format json`

Prints the seconds the computation took (after the imports) on stdout, a summary on stderr.
The wide file is rckit-gen's: `respondent`, `role`, then a column `DIMENSION - TARGET` per
answer, with the scores 1-5, "Ved ikke" or an empty field (missing).
"""
import csv
import json
import math
import os
import sys
import time

MISSING = ["", "Ved ikke", "Ikke relevant", "Don't know", "Not applicable"]


def duckdb_cells(path):
    import duckdb
    start = time.perf_counter()
    rows = duckdb.connect().execute(f"""
        WITH answers AS (
          SELECT respondent, rater_role, target_role,
                 CASE WHEN value IN ('1', '2', '3', '4', '5') THEN CAST(value AS DOUBLE) END AS score
          FROM read_csv('{path}', header = true, all_varchar = true)),
        ties AS (
          SELECT rater_role, target_role, avg(score) AS tie
          FROM answers GROUP BY respondent, rater_role, target_role HAVING count(score) >= 4)
        SELECT rater_role, target_role, count(*) AS n, avg(tie) AS mean, stddev_samp(tie) AS sd
        FROM ties GROUP BY rater_role, target_role ORDER BY rater_role, target_role""").fetchall()
    return time.perf_counter() - start, rows


def pandas_cells(path):
    import pandas as pd
    start = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False,
                        usecols=["respondent", "rater_role", "target_role", "value"])
    frame["score"] = pd.to_numeric(frame["value"].where(frame["value"].isin(["1", "2", "3", "4", "5"])))
    ties = frame.groupby(["respondent", "rater_role", "target_role"], sort=False)["score"].agg(["count", "mean"])
    ties = ties[ties["count"] >= 4]
    cells = ties.groupby(["rater_role", "target_role"])["mean"].agg(["count", "mean", "std"])
    rows = list(cells.itertuples(name=None))
    return time.perf_counter() - start, rows


def wide_columns(path):
    """The header, and the answer columns by target role: {target: [column, ...]}."""
    with open(path, newline="", encoding="utf-8") as file:
        header = next(csv.reader(file))
    targets = {}
    for name in header[2:]:
        dimension, target = name.split(" - ", 1)
        targets.setdefault(target, []).append(name)
    return header, targets


def polars_role_pairs(frame, targets):
    """The cells from a (lazy) frame of the wide survey: per target, the tie score from the row's
    seven columns side by side; then n, mean and sd per rater and target role."""
    import polars as pl
    ties = frame.select(
        pl.col("role"),
        *[pl.when(pl.sum_horizontal([pl.col(c).is_not_null() for c in columns]) >= 4)
            .then(pl.mean_horizontal(columns)).alias(target) for target, columns in targets.items()])
    return (ties.unpivot(index="role", variable_name="target", value_name="tie")
            .drop_nulls("tie")
            .group_by("role", "target")
            .agg(pl.len().alias("n"), pl.col("tie").mean().alias("mean"), pl.col("tie").std().alias("sd"))
            .sort("role", "target"))


def polars_wide_cells(path):
    import polars as pl
    start = time.perf_counter()
    header, targets = wide_columns(path)
    schema = {name: pl.String for name in header[:2]} | {name: pl.Int8 for name in header[2:]}
    # Lazily, with the whole schema given: polars plans the read and the expressions together
    # (projection pushdown, its multi-threaded reader) and runs them on collect().
    frame = pl.scan_csv(path, schema=schema, null_values=MISSING)
    rows = list(polars_role_pairs(frame, targets).collect().iter_rows())
    return time.perf_counter() - start, rows


def excel_columns(path):
    """The header of the workbook's first sheet, and its answer columns by target role."""
    import fastexcel
    sheet = fastexcel.read_excel(path).load_sheet(0, n_rows=0)
    header = [column.name for column in sheet.available_columns()]
    targets = {}
    for name in header[2:]:
        dimension, target = name.split(" - ", 1)
        targets.setdefault(target, []).append(name)
    return header, targets


def polars_excel_cells(path):
    """The same plan over the workbook read by polars.read_excel with the calamine engine
    (fastexcel, Rust): there is no lazy Excel reader, so the sheet is read whole (each column's
    type inferred from all its cells: faster than reading the answer columns as text, which a
    column mixing numbers and "Ved ikke" otherwise needs), then cast to numbers lazily."""
    import polars as pl
    start = time.perf_counter()
    header, targets = excel_columns(path)
    frame = pl.read_excel(path, engine="calamine", infer_schema_length=None)
    answers = [pl.col(name).cast(pl.Float64, strict=False) for name in header[2:]]
    lazy = frame.lazy().select(pl.col("role"), *answers)
    rows = list(polars_role_pairs(lazy, targets).collect().iter_rows())
    return time.perf_counter() - start, rows


def duckdb_wide_cells(path):
    import duckdb
    start = time.perf_counter()
    header, targets = wide_columns(path)
    nulls = ", ".join("'" + text.replace("'", "''") + "'" for text in MISSING)

    def q(name):
        return '"' + name.replace('"', '""') + '"'

    def literal(name):
        return "'" + name.replace("'", "''") + "'"
    # Every column typed and the dialect given, so nothing is sniffed; DuckDB's parallel reader
    # on all cores.
    columns = ", ".join([f"{literal(name)}: 'VARCHAR'" for name in header[:2]]
                        + [f"{literal(name)}: 'TINYINT'" for name in header[2:]])
    ties = " UNION ALL ".join(
        f"SELECT role, '{target}' AS target, ({' + '.join(f'coalesce({q(c)}, 0)' for c in columns)})::DOUBLE"
        f" / ({' + '.join(f'({q(c)} IS NOT NULL)::INT' for c in columns)}) AS tie,"
        f" {' + '.join(f'({q(c)} IS NOT NULL)::INT' for c in columns)} AS k FROM answers"
        for target, columns in targets.items())
    connection = duckdb.connect()
    connection.execute(f"SET threads TO {os.cpu_count() or 1}")
    rows = connection.execute(f"""
        WITH answers AS (
          SELECT * FROM read_csv('{path}', header = true, auto_detect = false, delim = ',', quote = '"',
                                 nullstr = [{nulls}], columns = {{{columns}}})),
        ties AS ({ties})
        SELECT role, target, count(*) AS n, avg(tie) AS mean, stddev_samp(tie) AS sd
        FROM ties WHERE k >= 4 GROUP BY role, target ORDER BY role, target""").fetchall()
    return time.perf_counter() - start, rows


ENGINES = {"duckdb": duckdb_cells, "pandas": pandas_cells,
           "polars-wide": polars_wide_cells, "duckdb-wide": duckdb_wide_cells, "polars-excel": polars_excel_cells}


def check(engine, path, report):
    """Whether the engine's cells are rckit's: the same cells, n exactly, mean and sd to 1e-9."""
    _, rows = ENGINES[engine](path)
    with open(report, encoding="utf-8") as file:
        cells = {(c["rater"], c["target"]): c for c in json.load(file)["cells"] if c["n"] > 0}
    theirs = {(rater, target): (n, mean, sd) for rater, target, n, mean, sd in rows}
    problems = [f"cells only in one: {sorted(set(cells) ^ set(theirs))[:3]}"] if set(cells) != set(theirs) else []
    for key in sorted(set(cells) & set(theirs)):
        n, mean, sd = theirs[key]
        mine = cells[key]
        if mine["suppressed"]:
            continue
        close = (lambda a, b: a is None and (b is None or math.isnan(b)) or
                 a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a)))
        if n != mine["n"] or not close(mine["mean"], mean) or not close(mine["sd"], sd):
            problems.append(f"{key}: rckit n={mine['n']} mean={mine['mean']} sd={mine['sd']}, {engine} n={n} mean={mean} sd={sd}")
    if problems:
        print(f"{engine} and rckit disagree on {path}: " + "; ".join(problems[:5]), file=sys.stderr)
        sys.exit(1)
    print(f"{engine} agrees with rckit on {path}: {len(theirs)} cells, n exactly, mean and sd to 1e-9", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4])
        sys.exit(0)
    engine, path = sys.argv[1], sys.argv[2]
    seconds, rows = ENGINES[engine](path)
    print(f"{seconds:.3f}")
    print(f"{engine}: {len(rows)} cells, first {rows[0]}", file=sys.stderr)

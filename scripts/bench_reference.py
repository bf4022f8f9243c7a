"""The role-pair computation of `rckit analyze` done in DuckDB or pandas, for scripts/bench.sh.

Tie score = mean of the answered items (scores 1-5) of a respondent about a target role,
defined with at least 4 answered; then n, mean and sample sd per rater role x target role.
Prints the seconds the computation took (after the imports) on stdout, a summary on stderr.
"""
import sys
import time


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


if __name__ == "__main__":
    engine, path = sys.argv[1], sys.argv[2]
    seconds, rows = {"duckdb": duckdb_cells, "pandas": pandas_cells}[engine](path)
    print(f"{seconds:.3f}")
    print(f"{engine}: {len(rows)} cells, first {rows[0]}", file=sys.stderr)

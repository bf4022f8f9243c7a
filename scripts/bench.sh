#!/usr/bin/env bash
# Benchmark of rckit on synthetic surveys: wall time (best of $RUNS), throughput and peak
# memory of `rckit analyze` / `compare` / `import` / `inspect`, against the same role-pair
# computation in DuckDB and pandas (tidy files), in polars and DuckDB (wide files, one row per
# respondent) and in polars reading the wide survey as an Excel workbook (`read_excel`, calamine
# engine), and against `wc -l` as the floor of reading the file at all. Before timing, the
# wide peers' cells are checked against rckit's (`bench_reference.py check`).
#
#   scripts/bench.sh              # everything (the 300,000-respondent files need ~6 GB of disk)
#   BENCH_LARGE=0 scripts/bench.sh  # only the 30,000-respondent files
#   RUNS=9 scripts/bench.sh       # best of 9 rounds (default 5)
#
# Data, the Python venv (duckdb, pandas, polars, fastexcel from PyPI) and logs go to .bench/ (git-ignored); the
# build and the tests never need them. Needs /usr/bin/time (GNU time) and python3 with venv.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
BENCH_LARGE=${BENCH_LARGE:-1}
DIR=.bench
mkdir -p "$DIR"
ROLES=20

echo "== build (release)"
# Linked statically, as a command-line tool is shipped on Linux: it then starts in about 3 ms
# instead of 8 (no dynamic loading of the Swift runtime and Foundation).
swift build -c release --static-swift-stdlib --product rckit >/dev/null
swift build -c release --static-swift-stdlib --product rckit-gen >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)

generate() { # name respondents shape rounds
  local file="$DIR/$1.csv"
  if [ ! -s "$file" ]; then
    "$BIN/rckit-gen" synthetic --respondents "$2" --roles $ROLES --shape "$3" --rounds "$4" --seed 1 --out "$file" >&2
  fi
  echo "$file"
}

echo "== data"
LONG30=$(generate long-30k 30000 long 1)
WIDE30=$(generate wide-30k 30000 wide 1)
ROUNDS30=$(generate rounds-30k 30000 long 2)
if [ "$BENCH_LARGE" = 1 ]; then
  LONG300=$(generate long-300k 300000 long 1)
  WIDE300=$(generate wide-300k 300000 wide 1)
fi

echo "== python venv (duckdb, pandas, polars, fastexcel)"
if [ ! -x "$DIR/venv/bin/python" ] || ! "$DIR/venv/bin/python" -c "import duckdb, pandas, polars, fastexcel" 2>/dev/null; then
  python3 -m venv "$DIR/venv"
  "$DIR/venv/bin/pip" install --quiet duckdb pandas polars fastexcel
fi
PY="$DIR/venv/bin/python"

# The wide surveys as Excel workbooks, laid out as Excel saves them (bench_workbook.py).
workbook() { # wide.csv
  local file="${1%.csv}.xlsx"
  if [ ! -s "$file" ]; then "$PY" scripts/bench_workbook.py "$1" "$file"; fi
  echo "$file"
}
echo "== workbooks"
XLSX30=$(workbook "$WIDE30")
if [ "$BENCH_LARGE" = 1 ]; then XLSX300=$(workbook "$WIDE300"); fi

# The wide peers must compute rckit's cells: n exactly, mean and sd to 1e-9 (stops the script if not).
echo "== the wide peers agree with rckit"
for file in "$WIDE30" ${WIDE300:+"$WIDE300"}; do
  "$BIN/rckit" analyze "$file" --format json --out "$DIR/cells.json" 2>/dev/null
  for engine in polars-wide duckdb-wide; do "$PY" scripts/bench_reference.py check "$engine" "$file" "$DIR/cells.json"; done
  # The same survey as a workbook: polars.read_excel computes the same cells, and rckit writes
  # the same JSON, byte for byte, as from the CSV file.
  "$PY" scripts/bench_reference.py check polars-excel "${file%.csv}.xlsx" "$DIR/cells.json"
  "$BIN/rckit" analyze "${file%.csv}.xlsx" --format json --out "$DIR/cells-xlsx.json" 2>/dev/null
  if cmp -s "$DIR/cells.json" "$DIR/cells-xlsx.json"; then
    echo "rckit's JSON from ${file%.csv}.xlsx is the CSV file's, byte for byte" >&2
  else
    echo "rckit's JSON from ${file%.csv}.xlsx differs from the CSV file's" >&2
    exit 1
  fi
done

ROWS=()
CASES=()
declare -A BEST PEAK CASE_FILE CASE_ANSWERS CASE_MODE CASE_COMMAND CASE_OUTPUT
# add_case NAME FILE ANSWERS external|internal -- COMMAND...: a case to time. With "internal",
# the command prints its own seconds on stdout (the Python engines: the computation without
# interpreter start-up and imports); otherwise the wall time is taken around the run.
add_case() {
  local name=$1
  CASE_FILE[$name]=$2
  CASE_ANSWERS[$name]=$3
  CASE_MODE[$name]=$4
  shift 5
  CASE_COMMAND[$name]=$(printf '%q ' "$@")
  CASES+=("$name")
}

# run_case NAME: one run; keeps the best wall time and the highest peak RSS. Wall time is taken
# with nanosecond clocks around the run (GNU time's own has 10 ms steps, too coarse for
# `wc -l`); GNU time gives the peak RSS.
run_case() {
  local name=$1 log="$DIR/time.log" out="$DIR/out.txt" t0 t1 wall rss
  # Each case reads its file from the page cache as far as the machine keeps it there: the
  # file is read once, untimed, when the case before read another one.
  if [ "${CASE_FILE[$name]}" != "${LAST_FILE:-}" ]; then
    cat "${CASE_FILE[$name]}" >/dev/null
    LAST_FILE=${CASE_FILE[$name]}
  fi
  # A case that writes a file writes a new one: the last round's output is deleted untimed, or
  # the run would also time the file system freeing it (unlinking a 200 MB file takes about
  # 40 ms on the development machine, cached or not), which is not the command's work.
  if [ -n "${CASE_OUTPUT[$name]:-}" ]; then rm -f "${CASE_OUTPUT[$name]}"; fi
  t0=$(date +%s%N)
  eval "/usr/bin/time -v ${CASE_COMMAND[$name]}" >"$out" 2>"$log"
  t1=$(date +%s%N)
  if [ "${CASE_MODE[$name]}" = internal ]; then
    wall=$(tail -n 1 "$out")
  else
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
  fi
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  if [ -z "${BEST[$name]:-}" ] || awk "BEGIN { exit !($wall < ${BEST[$name]}) }"; then BEST[$name]=$wall; fi
  if [ "$rss" -gt "${PEAK[$name]:-0}" ]; then PEAK[$name]=$rss; fi
}

A30=$((30000 * ROLES * 7))
A300=$((300000 * ROLES * 7))
add_case "wc -l, tidy 30k" "$LONG30" $A30 external -- wc -l "$LONG30"
add_case "rckit analyze, tidy 30k" "$LONG30" $A30 external -- "$BIN/rckit" analyze "$LONG30"
add_case "DuckDB role pairs, tidy 30k" "$LONG30" $A30 internal -- "$PY" scripts/bench_reference.py duckdb "$LONG30"
add_case "pandas role pairs, tidy 30k" "$LONG30" $A30 internal -- "$PY" scripts/bench_reference.py pandas "$LONG30"
add_case "rckit analyze, wide 30k" "$WIDE30" $A30 external -- "$BIN/rckit" analyze "$WIDE30"
add_case "polars role pairs, wide 30k" "$WIDE30" $A30 external -- "$PY" scripts/bench_reference.py polars-wide "$WIDE30"
add_case "DuckDB role pairs, wide 30k" "$WIDE30" $A30 external -- "$PY" scripts/bench_reference.py duckdb-wide "$WIDE30"
add_case "rckit import, tidy 30k" "$LONG30" $A30 external -- "$BIN/rckit" import "$LONG30" --out "$DIR/import.csv"
CASE_OUTPUT["rckit import, tidy 30k"]="$DIR/import.csv"
add_case "rckit inspect, tidy 30k" "$LONG30" $A30 external -- "$BIN/rckit" inspect "$LONG30"
add_case "rckit import, wide 30k" "$WIDE30" $A30 external -- "$BIN/rckit" import "$WIDE30" --out "$DIR/import.csv"
CASE_OUTPUT["rckit import, wide 30k"]="$DIR/import.csv"
add_case "rckit inspect, wide 30k" "$WIDE30" $A30 external -- "$BIN/rckit" inspect "$WIDE30"
add_case "rckit compare, 2 rounds of 30k" "$ROUNDS30" $((2 * A30)) external -- "$BIN/rckit" compare "$ROUNDS30"
add_case "rckit analyze, xlsx 30k" "$XLSX30" $A30 external -- "$BIN/rckit" analyze "$XLSX30"
add_case "polars read_excel + pairs, xlsx 30k" "$XLSX30" $A30 external -- "$PY" scripts/bench_reference.py polars-excel "$XLSX30"
if [ "$BENCH_LARGE" = 1 ]; then
  add_case "wc -l, tidy 300k" "$LONG300" $A300 external -- wc -l "$LONG300"
  add_case "rckit analyze, tidy 300k" "$LONG300" $A300 external -- "$BIN/rckit" analyze "$LONG300"
  add_case "DuckDB role pairs, tidy 300k" "$LONG300" $A300 internal -- "$PY" scripts/bench_reference.py duckdb "$LONG300"
  add_case "rckit analyze, wide 300k" "$WIDE300" $A300 external -- "$BIN/rckit" analyze "$WIDE300"
  add_case "polars role pairs, wide 300k" "$WIDE300" $A300 external -- "$PY" scripts/bench_reference.py polars-wide "$WIDE300"
  add_case "DuckDB role pairs, wide 300k" "$WIDE300" $A300 external -- "$PY" scripts/bench_reference.py duckdb-wide "$WIDE300"
  add_case "rckit analyze, xlsx 300k" "$XLSX300" $A300 external -- "$BIN/rckit" analyze "$XLSX300"
  add_case "polars read_excel + pairs, xlsx 300k" "$XLSX300" $A300 external -- "$PY" scripts/bench_reference.py polars-excel "$XLSX300"
fi

# Every case once per round, rounds in a row: the machine's speed drifts, and this way the
# cases compared with each other meet the same stretches of it.
echo "== timing (best of $RUNS, in rounds)"
for round in $(seq "$RUNS"); do
  for name in "${CASES[@]}"; do run_case "$name"; done
  echo "  round $round of $RUNS done" >&2
done
for name in "${CASES[@]}"; do
  PEAK[$name]=$((PEAK[$name] / 1024))
  bytes=$(stat -L -c %s "${CASE_FILE[$name]}")
  ROWS+=("$(awk -v n="$name" -v w="${BEST[$name]}" -v b="$bytes" -v a="${CASE_ANSWERS[$name]}" -v r="${PEAK[$name]}" 'BEGIN {
    printf "| %-34s | %8.0f | %6.1f | %7.3f | %7.0f | %6.1f | %7.0f |", n, b / 1e6, a / 1e6, w, b / 1e6 / w, a / w / 1e6, r }')")
  echo "  $name: ${BEST[$name]}s, peak ${PEAK[$name]} MB" >&2
done

echo
echo "rckit benchmark, $(date +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(best of $RUNS rounds; DuckDB and pandas on tidy files: the computation only, after interpreter start-up and imports;"
echo " polars and DuckDB on wide files and workbooks: whole processes, start-up and imports included, as rckit)"
echo
echo "| case                               |       MB | M ans. |  wall s |    MB/s | M ans/s | peak MB |"
echo "|------------------------------------|---------:|-------:|--------:|--------:|--------:|--------:|"
printf '%s\n' "${ROWS[@]}"

# The targets of the performance issue, from the figures above.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
met() { awk -v x="$1" -v op="$2" -v y="$3" 'BEGIN { ok = op == ">=" ? x >= y : x <= y; print ok ? "yes" : "no" }'; }
R=${BEST["rckit analyze, tidy 30k"]}
D=${BEST["DuckDB role pairs, tidy 30k"]}
P=${BEST["pandas role pairs, tidy 30k"]}
W=${BEST["wc -l, tidy 30k"]}
echo
echo "| target (tidy 30k unless said)        | figure                         | met |"
echo "|--------------------------------------|--------------------------------|-----|"
x=$(ratio "$D" "$R"); printf "| %-36s | %-30s | %-3s |\n" ">= 2x faster than DuckDB" "${x}x (${R} s vs ${D} s)" "$(met "$x" ">=" 2)"
x=$(ratio "$P" "$R"); printf "| %-36s | %-30s | %-3s |\n" ">= 5x faster than pandas" "${x}x (${R} s vs ${P} s)" "$(met "$x" ">=" 5)"
x=$(ratio "$R" "$W"); printf "| %-36s | %-30s | %-3s |\n" "within 5x of wc -l" "${x}x (${R} s vs ${W} s)" "$(met "$x" "<=" 5)"
# The wide shape, import and inspect (whole processes, each against the fastest peer or analyze).
row() { printf "| %-36s | %-30s | %-3s |\n" "$1" "$2" "$3"; }
fastest() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }
WR=${BEST["rckit analyze, wide 30k"]}
WP=$(fastest "${BEST["polars role pairs, wide 30k"]}" "${BEST["DuckDB role pairs, wide 30k"]}")
x=$(ratio "$WP" "$WR"); row ">= 2x faster than polars/DuckDB, wide 30k" "${x}x (${WR} s vs ${WP} s)" "$(met "$x" ">=" 2)"
for shape in tidy wide; do
  A=${BEST["rckit analyze, $shape 30k"]}
  I=${BEST["rckit import, $shape 30k"]}
  x=$(ratio "$I" "$A"); row "import within 3x of analyze, $shape" "${x}x (${I} s vs ${A} s)" "$(met "$x" "<=" 3)"
  I=${BEST["rckit inspect, $shape 30k"]}
  x=$(ratio "$I" "$A"); row "inspect within 1.5x of analyze, $shape" "${x}x (${I} s vs ${A} s)" "$(met "$x" "<=" 1.5)"
done
# Workbooks: against polars.read_excel (calamine) + the same plan, and against the same survey as CSV.
sizes=(30k)
if [ "$BENCH_LARGE" = 1 ]; then sizes+=(300k); fi
for size in "${sizes[@]}"; do
  XR=${BEST["rckit analyze, xlsx $size"]}
  XP=${BEST["polars read_excel + pairs, xlsx $size"]}
  WR=${BEST["rckit analyze, wide $size"]}
  x=$(ratio "$XP" "$XR"); row ">= 2x faster than polars.read_excel, xlsx $size" "${x}x (${XR} s vs ${XP} s)" "$(met "$x" ">=" 2)"
  x=$(ratio "$XR" "$WR"); row "xlsx within 3x of CSV, wide $size" "${x}x (${XR} s vs ${WR} s)" "$(met "$x" "<=" 3)"
done
if [ "$BENCH_LARGE" = 1 ]; then
  WR=${BEST["rckit analyze, wide 300k"]}
  WP=${BEST["polars role pairs, wide 300k"]}
  x=$(ratio "$WP" "$WR"); row ">= 2x faster than polars (lazy), wide 300k" "${x}x (${WR} s vs ${WP} s)" "$(met "$x" ">=" 2)"
  WP=$(fastest "${BEST["polars role pairs, wide 300k"]}" "${BEST["DuckDB role pairs, wide 300k"]}")
  x=$(ratio "$WP" "$WR"); row ">= 2x faster than polars/DuckDB, wide 300k" "${x}x (${WR} s vs ${WP} s)" "$(met "$x" ">=" 2)"
  for shape in tidy wide xlsx; do
    m=${PEAK["rckit analyze, $shape 300k"]}
    row "<= 256 MB peak, $shape 300k" "${m} MB" "$(met "$m" "<=" 256)"
  done
fi

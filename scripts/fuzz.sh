#!/usr/bin/env bash
# Fuzzes rckit's readers with libFuzzer (Linux; Swift's -sanitize=fuzzer,address).
# (-enable-testing: the ZIP and workbook targets reach rckit's `package` readers by @testable import.)
#
#   scripts/fuzz.sh [MINUTES] [TARGET...]
#
# MINUTES (default 1) is per target; TARGETs are fuzz-csv, fuzz-import, fuzz-instrument, fuzz-zip,
# fuzz-inflate, fuzz-workbook (default: all, one after the other). Everything lives under .fuzz/ (git-ignored):
#   .fuzz/seeds/TARGET/      seed inputs, rebuilt from the test fixtures on every run
#   .fuzz/corpus/TARGET/     the corpus libFuzzer grows; kept between runs
#   .fuzz/artifacts/TARGET/  crash-*, timeout-*, oom-* inputs: each one is a finding
#   .fuzz/minutes.log        one line per run: date, target, minutes, result
# Environment: FUZZ_NICE (default 19), FUZZ_MAX_LEN (default 65536).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi

minutes="${1:-1}"
[[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "usage: scripts/fuzz.sh [MINUTES] [TARGET...]" >&2; exit 64; }
shift || true
all_targets=(fuzz-csv fuzz-import fuzz-instrument fuzz-zip fuzz-inflate fuzz-workbook)
targets=("${@:-${all_targets[@]}}")
for target in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "fuzz.sh: unknown target '$target' (${all_targets[*]})" >&2; exit 64; }
done
nice_level="${FUZZ_NICE:-19}"
max_len="${FUZZ_MAX_LEN:-65536}"
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')

echo "fuzz.sh: building the fuzz targets (release, -sanitize=fuzzer,address)…"
# A failed build stops here: running the binaries of an earlier build would fuzz old code.
set +e
nice -n "$nice_level" swift build --package-path Fuzz -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing 2>&1 \
  | grep -v -e "warning: Cannot export" -e "^ld.gold: warning"
build_status=${PIPESTATUS[0]}
set -e
if [ "$build_status" != 0 ]; then
  echo "fuzz.sh: the fuzz targets did not build (try rm -rf Fuzz/.build for a stale build)" >&2
  exit 1
fi
bin="$(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing --show-bin-path)"

fixtures=Tests/RCIngestTests/Fixtures
# seed TARGET PREFIX FILE...: copies each file into the target's seeds, behind PREFIX — the option
# bytes the target reads first (printf escapes).
seed() {
  local target=$1 prefix=$2
  shift 2
  local file name
  for file in "$@"; do
    [ -f "$file" ] || continue
    name="$(echo "$prefix-$file" | tr -c 'A-Za-z0-9._-' '_')"
    { printf "$prefix"; cat "$file"; } > ".fuzz/seeds/$target/$name"
  done
}

build_seeds() {
  local target=$1
  rm -rf ".fuzz/seeds/$target"
  mkdir -p ".fuzz/seeds/$target" ".fuzz/corpus/$target" ".fuzz/artifacts/$target"
  local csv=("$fixtures"/csv/* "$fixtures"/shapes/*.csv "$fixtures"/shapes/*.txt "$fixtures"/shapes/surveyxact/*.csv)
  case "$target" in
    fuzz-csv)
      # Byte 1: encoding and delimiter (0 = detect both); byte 2: block size − 1; byte 3: limits (even = none).
      seed "$target" '\x00\x3f\x00' "${csv[@]}"
      seed "$target" '\x00\x02\x00' "$fixtures"/shapes/*.csv
      seed "$target" '\x00\x3f\x41' "$fixtures"/csv/quoted-linebreaks.csv "$fixtures"/shapes/tidy-original.csv
      ;;
    fuzz-import)
      # Byte 1: low nibble the export format (0–2 detect, 3… ExportFormat.allCases), high nibble the
      # instrument (0 rc7-da, 1 rc7-en, 2 with the fixture roles), bit 7 a --round; bytes 2–3: CSV options;
      # byte 4: bit 3 and bits 0–2, the records read to detect the shape (bit 3 clear: the default 200;
      # set: bits 0–2 + 1, so that the rows of a small file after them are read on the fast path);
      # bit 4, background variables collected.
      seed "$target" '\x20\x00\x3f\x00' "${csv[@]}" Tests/RCStatsTests/Fixtures/network/*.csv sample-data/*.csv
      seed "$target" '\x00\x00\x07\x00' "$fixtures"/shapes/*.csv
      seed "$target" '\x20\x00\x3f\x0b' "$fixtures"/shapes/*.csv "$fixtures"/shapes/*.txt
      seed "$target" '\x00\x00\x07\x1c' "$fixtures"/shapes/*.csv Tests/RCStatsTests/Fixtures/network/*.csv
      seed "$target" '\x20\x00\x3f\x19' Tests/RCStatsTests/Fixtures/segments/*.csv "$fixtures"/shapes/rejects-*.csv
      seed "$target" '\x0a\x00\x3f\x00' "$fixtures"/shapes/limesurvey-codes.csv
      # Small wide files of more rows than the detector reads (200), so that the wide rows' fast
      # path is reached within FUZZ_MAX_LEN: repeated rows, another role, "Ved ikke", blanks.
      local wide=".fuzz/tmp/$target-wide"
      rm -rf "$wide" && mkdir -p "$wide"
      if command -v python3 >/dev/null 2>&1; then
        python3 - "$wide" <<'PY'
import os, sys
roles = ["Læge", "Sygeplejerske"]
for n, rows in enumerate([230, 260]):
    lines = ["respondent,role,shared_goals - Læge,shared_goals - Sygeplejerske,mutual_respect - Læge"]
    for r in range(rows):
        values = [str(1 + (r * 7 + k) % 5) for k in range(3)]
        if r % 11 == 0: values[1] = "Ved ikke"
        if r % 13 == 0: values[2] = ""
        lines.append(f"P{r},{roles[r % 2]}," + ",".join(values))
        if n == 1 and r % 50 == 49: lines.append(lines[-1])
        if n == 1 and r % 70 == 69: lines.append(f"P{r},{roles[(r + 1) % 2]},3,3,3")
    with open(os.path.join(sys.argv[1], f"wide-{n}.csv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
PY
      fi
      seed "$target" '\x00\x00\x3f\x00' "$wide"/*.csv
      ;;
    fuzz-instrument)
      # Byte 1: even = instrument file, odd = column mapping file.
      seed "$target" '\x00' instruments/*.json Tests/RCSurveyTests/Fixtures/*.json
      seed "$target" '\x01' "$fixtures"/shapes/*.mapping.json
      ;;
    fuzz-zip)
      seed "$target" '' "$fixtures"/workbooks/*.zip "$fixtures"/workbooks/*.xlsx "$fixtures"/workbooks/*.ods
      ;;
    fuzz-inflate)
      # Byte 1: the output limit ((byte >> 1) + 1) × 2 KiB, odd = an expected size in bytes 2–3; then the
      # raw DEFLATE stream: the CSV fixtures compressed (with python3, when there is one).
      local raw=".fuzz/tmp/$target"
      rm -rf "$raw" && mkdir -p "$raw"
      if command -v python3 >/dev/null 2>&1; then
        python3 - "$raw" "${csv[@]}" <<'PY'
import os, sys, zlib
for i, name in enumerate(sys.argv[2:]):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    with open(name, "rb") as f:
        data = f.read()[:60000]
    with open(os.path.join(sys.argv[1], f"{i}.deflate"), "wb") as out:
        out.write(c.compress(data) + c.flush())
PY
      fi
      seed "$target" '\xfe' "$raw"/*.deflate
      ;;
    fuzz-workbook)
      # Byte 1 (mod 5): 0 = the rest is an .xlsx; 1, 2, 3, 4 = the rest is the sheet XML, shared strings,
      # styles or workbook part of a valid workbook built in memory (parts taken out of the fixtures).
      seed "$target" '\x00' "$fixtures"/workbooks/*.xlsx "$fixtures"/workbooks/*.zip "$fixtures"/workbooks/*.ods
      local parts=".fuzz/tmp/$target" book kind
      rm -rf "$parts" && mkdir -p "$parts"
      for book in "$fixtures"/workbooks/*.xlsx; do
        command -v unzip >/dev/null 2>&1 || break
        for kind in 1:'xl/worksheets/*.xml' 2:'xl/*trings.xml' 3:'xl/styles.xml' 4:'xl/workbook.xml'; do
          mkdir -p "$parts/${kind%%:*}"
          unzip -o -q -j "$book" "${kind#*:}" -d "$parts/${kind%%:*}/$(basename "$book")" 2>/dev/null || true
        done
      done
      seed "$target" '\x01' "$parts"/1/*/*
      seed "$target" '\x02' "$parts"/2/*/*
      seed "$target" '\x03' "$parts"/3/*/*
      seed "$target" '\x04' "$parts"/4/*/*
      # Byte 1 = 5: the sheet XML of a wide survey whose shared strings fuzz-workbook supplies
      # (0 respondent, 1 role, 2–4 the answer columns, 5–6 the roles, 7 "Ved ikke", 8–10 ids):
      # read on the fast path and the general way alike.
      mkdir -p "$parts/5"
      python3 - "$parts/5" <<'PY' || true
import os, sys
def row(r, cells):
    return f'<row r="{r}">' + "".join(cells) + "</row>"
def s(ref, k): return f'<c r="{ref}" t="s"><v>{k}</v></c>'
def n(ref, v): return f'<c r="{ref}"><v>{v}</v></c>'
head = row(1, [s("A1", 0), s("B1", 1), s("C1", 2), s("D1", 3), s("E1", 4)])
rows = [row(r, [s(f"A{r}", 8 + r % 3), s(f"B{r}", 5 + r % 2), n(f"C{r}", 1 + r % 5),
                s(f"D{r}", 7) if r % 4 == 0 else n(f"D{r}", 2 + r % 3), n(f"E{r}", 3)]) for r in range(2, 9)]
for name, extra in [("plain", ""), ("merge", '<mergeCells><mergeCell ref="C5:D6"/></mergeCells>')]:
    with open(os.path.join(sys.argv[1], name + ".xml"), "w") as out:
        out.write('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                  + head + "".join(rows) + "</sheetData>" + extra + "</worksheet>")
PY
      seed "$target" '\x05' "$parts"/5/*.xml
      ;;
  esac
}

mkdir -p .fuzz
status=0
summary=()
for target in "${targets[@]}"; do
  build_seeds "$target"
  before=$(find ".fuzz/artifacts/$target" -type f | wc -l)
  log=".fuzz/$target.log"
  echo "fuzz.sh: $target for $minutes min (log: $log)"
  start=$(date +%s)
  set +e
  nice -n "$nice_level" "$bin/$target" ".fuzz/corpus/$target" ".fuzz/seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix=".fuzz/artifacts/$target/" -print_final_stats=1 \
    > "$log" 2>&1
  code=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  after=$(find ".fuzz/artifacts/$target" -type f | wc -l)
  found=$(( after - before ))
  result=ok
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then
    result="FOUND(exit $code, $found new artifacts)"
    status=1
  fi
  ran=$(awk -v s="$elapsed" 'BEGIN { printf "%.1f", s / 60 }')
  printf '%s %s %s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$target" "$ran" "$result" >> .fuzz/minutes.log
  total=$(awk -v t="$target" '$2 == t { m += $3 } END { printf "%.1f", m }' .fuzz/minutes.log)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{ n += $2 } END { print n + 0 }')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{ print $2 }')
  summary+=("$(printf '%-16s %6s min  %10s execs  cov %-6s %s  (total %s min)' "$target" "$ran" "$execs" "${cov:-?}" "$result" "$total")")
done

echo
echo "fuzz.sh: summary"
printf '  %s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: findings are in .fuzz/artifacts/; reproduce one with: $bin/TARGET FILE" >&2
fi
exit "$status"

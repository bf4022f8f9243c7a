#!/usr/bin/env bash
# Checks that this checkout's rckit writes what another build writes, byte for byte: every output
# format of analyze, compare and report, plain and by segment, on the sample and the fixtures (and,
# when scripts/bench.sh has made them, the benchmark's synthetic files). For refactorings that must
# not change behaviour.
#
#   scripts/same-output.sh OTHER_RCKIT       # e.g. a build of the commit before the change
#
# Prints one line per difference and exits 1 if there is any. Outputs go to .same-output/ (git-ignored).
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
OTHER=$(realpath "${1:?usage: scripts/same-output.sh OTHER_RCKIT}")
swift build -c release --product rckit >/dev/null || exit 1
THIS="$(swift build -c release --show-bin-path)/rckit"
DIR=.same-output
rm -rf "$DIR" && mkdir -p "$DIR/this" "$DIR/other"

FOER=sample-data/forstuegang-foer.csv
EFTER=sample-data/forstuegang-efter.csv
UNITS=Tests/RCStatsTests/Fixtures/segments/units.csv
EXPORT=Tests/RCStatsTests/Fixtures/segments/units-export.csv
CASES=(
  "analyze $FOER --format json"
  "analyze $FOER --format csv"
  "analyze $FOER --format md --lang en"
  "analyze $FOER --format table"
  "analyze $FOER --format html"
  "analyze $FOER --format csv --excel"
  "analyze sample-data/forstuegang-foer-export.csv --format json"
  "compare $FOER $EFTER --format json"
  "compare $FOER $EFTER --format csv"
  "compare $FOER $EFTER --format md"
  "compare $FOER $EFTER --format table --lang en"
  "compare $FOER $EFTER --format html"
  "report $FOER $EFTER"
  "report $FOER $EFTER --handout --lang en"
  "report $FOER"
  "analyze $UNITS --by unit --format json"
  "analyze $UNITS --by unit --format csv"
  "analyze $UNITS --by unit --format md"
  "analyze $UNITS --by unit --format html"
  "analyze $UNITS --where unit=A --format json"
  "analyze $UNITS --where unit=A --format csv"
  "analyze $UNITS --where unit=A --format table"
  "analyze $UNITS --where unit=A --format html"
  "compare $UNITS $UNITS --where unit=A --format json"
  "report $UNITS --where unit=A --handout"
  "analyze $EXPORT --by Afdeling --format json"
  "report $UNITS --by unit"
  "analyze $FOER --format xlsx"
  "analyze $UNITS --by unit --format xlsx"
  "compare $FOER $EFTER --format xlsx"
  "compare $UNITS $UNITS --where unit=A --format xlsx"
  "import $FOER"
  "import $EXPORT"
  "import $UNITS Tests/RCIngestTests/Fixtures/shapes/rejects-long.csv"
  "import Tests/RCIngestTests/Fixtures/shapes/qualtrics-choice-text.csv --round før"
  "inspect $FOER"
  "inspect $EXPORT --format json --rows all"
  "inspect $EXPORT --lang da"
  "inspect Tests/RCIngestTests/Fixtures/shapes/qualtrics-numeric.csv"
  "inspect Tests/RCIngestTests/Fixtures/shapes/limesurvey-codes.csv --format json"
  "inspect Tests/RCIngestTests/Fixtures/shapes/surveyxact/dataset.csv"
  "inspect Tests/RCIngestTests/Fixtures/shapes/microsoft-forms-statements.xlsx"
)
for file in .bench/long-30k.csv .bench/wide-30k.csv .bench/rounds-30k.csv; do
  [ -s "$file" ] && CASES+=("analyze $file --format json" "report $file")
done
[ -s .bench/rounds-30k.csv ] && CASES+=("compare .bench/rounds-30k.csv --format json")

differences=0
number=0
for case in "${CASES[@]}"; do
  number=$((number + 1))
  for side in this other; do
    bin=$THIS
    [ "$side" = other ] && bin=$OTHER
    read -ra words <<< "$case"
    if [ "${words[0]}" = report ] || [[ "$case" == *"--format xlsx"* ]]; then
      # Run in the side's folder, so that messages naming the output are alike; inputs by full path.
      absolute=()
      for word in "${words[@]}"; do
        if [ -e "$word" ]; then absolute+=("$PWD/$word"); else absolute+=("$word"); fi
      done
      ext=html
      [[ "$case" == *"--format xlsx"* ]] && ext=xlsx
      (cd "$DIR/$side" && "$bin" "${absolute[@]}" --out "$number.$ext" > /dev/null 2> "$number.err"
        echo "status $?" >> "$number.err")
    else
      "$bin" "${words[@]}" > "$DIR/$side/$number.out" 2> "$DIR/$side/$number.err"
      echo "status $?" >> "$DIR/$side/$number.err"
    fi
  done
  for part in out html xlsx err; do
    [ -e "$DIR/this/$number.$part" ] || [ -e "$DIR/other/$number.$part" ] || continue
    if ! cmp -s "$DIR/this/$number.$part" "$DIR/other/$number.$part"; then
      echo "differs ($part): rckit $case"
      differences=$((differences + 1))
    fi
  done
done
echo "same-output: ${#CASES[@]} cases, $differences differences"
[ "$differences" = 0 ]

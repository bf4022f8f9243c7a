#!/usr/bin/env bash
# Builds rckit, makes HTML reports from the sample data and a 12-role synthetic survey, and
# renders each with headless Chromium to PNG (screen) and PDF (A4 print) for a visual check.
# The checks (page counts, interactions, clipping, script errors) are in report-browser-test.py.
#
#   scripts/render-report.sh [OUTDIR]      (default: .build/report-render, gitignored)
#
# Needs Chromium: on Debian, `apt-get update && apt-get install -y chromium`.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/.build/report-render}"
mkdir -p "$out"
cd "$root"

chromium_bin="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [[ -z "$chromium_bin" ]]; then
  echo "render-report: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM" >&2
  exit 1
fi

swift build --product rckit >&2
swift build --product rckit-gen >&2
bin="$(swift build --show-bin-path)"

"$bin/rckit-gen" synthetic --respondents 300 --roles 12 --out "$out/synthetic-12.csv" >&2
"$bin/rckit-gen" synthetic --respondents 600 --roles 20 --rounds 2 --seed 7 --out "$out/synthetic-20.csv" >&2

"$bin/rckit" report sample-data/forstuegang-foer.csv --instrument sample-data/forstuegang-instrument.json \
  --out "$out/sample-one-round.html"
"$bin/rckit" report sample-data/forstuegang-foer.csv sample-data/forstuegang-efter.csv \
  --instrument sample-data/forstuegang-instrument.json --out "$out/sample-da.html"
"$bin/rckit" report sample-data/forstuegang-foer.csv sample-data/forstuegang-efter.csv \
  --instrument sample-data/forstuegang-instrument.json --lang en --out "$out/sample-en.html"
"$bin/rckit" report "$out/synthetic-12.csv" --lang en --out "$out/synthetic-12.html"
"$bin/rckit" report sample-data/forstuegang-foer.csv sample-data/forstuegang-efter.csv \
  --instrument sample-data/forstuegang-instrument.json --title "Forstuegangen" --handout --out "$out/sample-handout.html"
"$bin/rckit" report "$out/synthetic-20.csv" --lang en --out "$out/synthetic-20.html"

render() {
  local html="$1" name
  name="$(basename "$html" .html)"
  local height="${2:-6000}"
  "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer \
    --window-size=1280,"$height" --screenshot="$out/$name.png" "file://$html" >/dev/null 2>&1
  "$chromium_bin" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$html" >/dev/null 2>&1
  echo "render-report: $out/$name.png, $out/$name.pdf" >&2
}

render "$out/sample-one-round.html" 6200
render "$out/sample-da.html" 11000
render "$out/sample-en.html" 11000
render "$out/synthetic-12.html" 7000
render "$out/sample-handout.html" 4000
render "$out/synthetic-20.html" 14000

# Page images of the A4 print, when poppler's pdftoppm is there.
if command -v pdftoppm >/dev/null; then
  for pdf in "$out"/*.pdf; do
    pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}-page"
  done
fi
echo "render-report: done; files in $out" >&2

#!/usr/bin/env bash
# Times two builds of rckit against each other in one run, interleaved so that both meet the
# same stretches of a drifting machine: `rckit analyze` and `rckit import --out` on the synthetic
# tidy survey of 30,000 respondents (and the wide one), best of $RUNS rounds each.
#
#   scripts/bench-compare.sh REV            # this working tree against commit REV
#   RUNS=15 scripts/bench-compare.sh HEAD~3
#   MEASURE=instructions scripts/bench-compare.sh REV   # instructions under valgrind's callgrind:
#                                           # the same count whatever else the machine is doing
#
# Both are built in release mode with a static standard library, as scripts/bench.sh builds
# them; the base is built in a clone under .bench/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
REV=${1:?usage: scripts/bench-compare.sh REV}
RUNS=${RUNS:-11}
DIR=.bench
mkdir -p "$DIR"
BASE="$DIR/base"
if [ ! -d "$BASE/.git" ]; then git clone --quiet . "$BASE"; fi
git -C "$BASE" fetch --quiet "$(pwd)" 2>/dev/null || true
git -C "$BASE" checkout --quiet --detach "$(git rev-parse "$REV")"
echo "== build: this tree and $(git -C "$BASE" rev-parse --short HEAD)"
swift build -c release --static-swift-stdlib --product rckit >/dev/null
swift build -c release --static-swift-stdlib --product rckit-gen >/dev/null
(cd "$BASE" && swift build -c release --static-swift-stdlib --product rckit >/dev/null)
NEW=$(swift build -c release --static-swift-stdlib --show-bin-path)/rckit
OLD=$(cd "$BASE" && swift build -c release --static-swift-stdlib --show-bin-path)/rckit
GEN=$(swift build -c release --static-swift-stdlib --show-bin-path)/rckit-gen
for shape in long wide; do
  file="$DIR/$shape-30k.csv"
  [ -s "$file" ] || "$GEN" synthetic --respondents 30000 --roles 20 --shape $shape --rounds 1 --seed 1 --out "$file" >&2
done
if [ "${MEASURE:-time}" = instructions ]; then
  for command in analyze import; do
    for shape in long wide; do
      file="$DIR/$shape-30k.csv"
      if [ "$command" = analyze ]; then extra=(--format json); else extra=(--out "$DIR/import.csv"); fi
      counts=()
      for binary in "$OLD" "$NEW"; do
        log=$(mktemp)
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$command" "$file" "${extra[@]}" >/dev/null 2>"$log"
        counts+=("$(awk '/Collected/ {print $4}' "$log")")
        rm -f "$log"
      done
      awk -v c="$command" -v s="$shape" -v a="${counts[0]}" -v b="${counts[1]}" \
        'BEGIN { printf "%s %s-30k: base %d instructions, this tree %d, ratio %.4f\n", c, s, a, b, b / a }'
    done
  done
  exit 0
fi
python3 - "$RUNS" "$OLD" "$NEW" "$DIR" <<'PY'
import subprocess, sys, time
runs, old, new, folder = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def seconds(binary, arguments):
    start = time.perf_counter()
    subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start
for command in ("analyze", "import"):
    for shape in ("long", "wide"):
        path = f"{folder}/{shape}-30k.csv"
        arguments = [command, path] + (["--format", "json"] if command == "analyze" else ["--out", f"{folder}/import.csv"])
        best = {old: float("inf"), new: float("inf")}
        for _ in range(runs):
            for binary in (old, new):
                best[binary] = min(best[binary], seconds(binary, arguments))
        print(f"{command} {shape}-30k: base {best[old]:.4f} s, this tree {best[new]:.4f} s, "
              f"ratio {best[new] / best[old]:.3f}")
PY

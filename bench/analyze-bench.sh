#!/usr/bin/env bash
# Benchmark for `rta analyze`: generates a deterministic synthetic workspace (default 400 crates, about
# 1.2 million lines of Rust), analyses it, and compares with ripgrep searching the same tree for the same
# runtime paths in the same run. Prints lines per second and the ratio rta/rg.
#
#   bench/analyze-bench.sh [--crates N] [--lines-per-crate N] [--runs N] [--dir DIR] [--slow]
#
# --slow also times the unoptimised way (prebuilt tree-sitter binding, every file parsed whole) and checks
# that both ways report the same analysis.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
crates=400
per_crate=2600
runs=3
dir=""
slow=0
while [ $# -gt 0 ]; do
  case "$1" in
    --crates) crates="$2"; shift 2 ;;
    --lines-per-crate) per_crate="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --slow) slow=1; shift ;;
    -h|--help) sed -n 2,10p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "analyze-bench: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
command -v rg >/dev/null || { echo "analyze-bench: ripgrep (rg) is needed as the reference (apt-get install ripgrep)" >&2; exit 2; }

"$root/rta" --version >/dev/null          # builds the jar when needed
work="$(mktemp -d "${TMPDIR:-/tmp}/rta-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if [ -z "$dir" ]; then dir="$work/workspace"; fi
if [ ! -f "$dir/Cargo.toml" ]; then
  java "$root/bench/GenerateWorkspace.java" "$dir" "$crates" "$per_crate"
fi

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The reference: ripgrep over the same .rs files for the paths rta looks for (entry points, spawns,
# blocking calls, block_on), counting matching lines.
pattern='(tokio|async_std|smol|embassy_executor|async_executor|futures::executor|pollster)::|block_on|std::thread::sleep|std::fs::|std::net::|\.lock\(\)'
rg_times=()
for _ in $(seq "$runs"); do
  t0=$(now); rg --count-matches -t rust -e "$pattern" "$dir" >"$work/rg.txt"; t1=$(now)
  rg_times+=("$(secs "$t0" "$t1")")
done
rg_median=$(echo "${rg_times[@]}" | median)

rta_times=()
for _ in $(seq "$runs"); do
  t0=$(now)
  "$root/rta" analyze "$dir" --no-cargo --format json -o "$work/fast.json" --fail-on never 2>/dev/null
  t1=$(now)
  rta_times+=("$(secs "$t0" "$t1")")
done
rta_median=$(echo "${rta_times[@]}" | median)
lines=$(grep -o '"lines" : [0-9]*' "$work/fast.json" | head -1 | grep -o '[0-9]*$')
files=$(grep -o '"rustFiles" : [0-9]*' "$work/fast.json" | head -1 | grep -o '[0-9]*$')
members=$(grep -o '"members" : [0-9]*' "$work/fast.json" | tail -1 | grep -o '[0-9]*$')

echo "machine:   $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "parser:    $("$root/rta" --version | sed -n 's/^rust parser: //p')"
echo "workspace: $members crates, $files files, $lines lines of Rust ($dir)"
echo "rg:        ${rg_times[*]} s (median $rg_median s)"
echo "rta:       ${rta_times[*]} s (median $rta_median s, JVM start included)"
awk -v l="$lines" -v r="$rta_median" -v g="$rg_median" 'BEGIN {
  printf "speed:     %.0f lines/s (rta), %.0f lines/s (rg)\n", l / r, l / g
  printf "ratio:     rta takes %.1fx the time of rg\n", r / g
  printf "target:    1,000,000 lines in under 10 s: %s (%.1f s per million lines)\n", (r * 1e6 / l < 10 ? "met" : "NOT met"), r * 1e6 / l
}'

if [ "$slow" -eq 1 ]; then
  t0=$(now)
  RTA_PARSER=portable "$root/rta" analyze "$dir" --no-cargo --full-parse --format json -o "$work/slow.json" --fail-on never 2>/dev/null
  t1=$(now)
  slow_s=$(secs "$t0" "$t1")
  echo "slow way:  $slow_s s (prebuilt binding, every file parsed whole)"
  if cmp -s "$work/fast.json" "$work/slow.json"; then
    echo "same:      both ways report the same analysis"
  else
    echo "DIFFERENT: the fast and the slow way disagree; see diff below" >&2
    diff "$work/fast.json" "$work/slow.json" | head -20 >&2
    exit 1
  fi
fi

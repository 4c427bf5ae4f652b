#!/usr/bin/env bash
# How much of real projects' runtime API use `rta migrate` rewrites automatically, and how much it lists
# for review. Each row of bench/migrate-corpus.tsv (repository, pinned commit, subdirectory, target) is
# extracted from a local git snapshot of the repository, then `rta migrate --format json` plans the
# migration (a dry run: nothing is written) and the summary is printed.
#
#   bench/migrate-corpus.sh --mirrors DIR      (or RTA_MIRRORS=DIR bench/migrate-corpus.sh)
#
# DIR holds bare clones named OWNER+NAME/repo, e.g. made with
# `git clone --bare https://github.com/OWNER/NAME DIR/OWNER+NAME/repo`. A directory without Cargo.toml (async-std's examples/) is wrapped in a package that declares
# async-std, as a user of those examples would have it.
set -euo pipefail
cd "$(dirname "$0")/.."
mirrors="${RTA_MIRRORS:-}"
if [[ "${1:-}" == "--mirrors" ]]; then mirrors="${2:-}"; fi
if [[ -z "$mirrors" || ! -d "$mirrors" ]]; then
  echo "migrate-corpus: give the directory of the projects' bare clones: --mirrors DIR (or RTA_MIRRORS=DIR)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./rta --version >/dev/null
printf '%-20s %-8s %-9s %-6s %6s %6s %6s %9s %6s\n' repo commit subdir to files uses auto manual "auto %"
total_uses=0; total_auto=0
n=0
while IFS=$'\t' read -r repo commit subdir to why; do
  [[ -z "$repo" || "$repo" == \#* ]] && continue
  n=$((n + 1))
  git_dir="$mirrors/${repo/\//+}/repo"
  if [[ ! -d "$git_dir" ]]; then
    echo "$repo: no snapshot at $git_dir" >&2
    continue
  fi
  dir="$tmp/$n"
  mkdir -p "$dir"
  git --git-dir="$git_dir" archive "$commit" | tar -x -C "$dir"
  work="$dir/$subdir"
  if [[ ! -f "$work/Cargo.toml" ]]; then
    pkg="$tmp/pkg-$n"
    mkdir -p "$pkg"
    mv "$work" "$pkg/examples"
    printf '[package]\nname = "corpus"\nversion = "0.0.0"\nedition = "2018"\n\n[dependencies]\nasync-std = { version = "1", features = ["attributes", "unstable"] }\n' > "$pkg/Cargo.toml"
    work="$pkg"
  fi
  if ! ./rta migrate "$work" --to "$to" --skip-unparsable --format json > "$tmp/out.json" 2> "$tmp/err.txt"; then
    echo "$repo@${commit:0:8} -> $to: $(head -1 "$tmp/err.txt")" >&2
    continue
  fi
  read -r files uses auto manual < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["files"], s["uses"], s["automatic"], s["manual"])' "$tmp/out.json")
  share=$(python3 -c "print(f'{100 * $auto / $uses:.0f}' if $uses else '-')")
  printf '%-20s %-8s %-9s %-6s %6s %6s %6s %9s %6s\n' "$repo" "${commit:0:8}" "$subdir" "$to" "$files" "$uses" "$auto" "$manual" "$share"
  total_uses=$((total_uses + uses)); total_auto=$((total_auto + auto))
done < bench/migrate-corpus.tsv
python3 -c "print(f'total: {$total_auto} of {$total_uses} uses rewritten automatically ({100 * $total_auto / max($total_uses, 1):.0f}%)')"

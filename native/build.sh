#!/usr/bin/env bash
# Builds the optimised tree-sitter library that `rta analyze` loads (dev.rta.analyzer.NativeRust):
# tree-sitter's C runtime and the Rust grammar (vendored below, MIT licensed) plus a small JNI layer.
# Called by Maven in generate-resources with the output directory and the JDK home.
# Without a C compiler it builds nothing and rta falls back to the prebuilt, slower binding.
set -euo pipefail
out="$1"
java_home="$2"
here="$(cd "$(dirname "$0")" && pwd)"

cc="${CC:-}"
if [ -z "$cc" ]; then
  for c in cc gcc clang; do
    if command -v "$c" >/dev/null 2>&1; then cc="$c"; break; fi
  done
fi
if [ -z "$cc" ]; then
  echo "native: no C compiler (cc, gcc or clang) found; rta will use the portable tree-sitter binding (slower)" >&2
  exit 0
fi

case "$(uname -s)" in
  Linux) os=linux; ext=so; jni_os=linux ;;
  Darwin) os=macos; ext=dylib; jni_os=darwin ;;
  *) echo "native: $(uname -s) is not supported for the optimised build; using the portable binding" >&2; exit 0 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "native: $(uname -m) is not supported for the optimised build; using the portable binding" >&2; exit 0 ;;
esac

target="$out/$os-$arch/librta_treesitter.$ext"
sources=("$here/rta_treesitter.c" "$here/tree-sitter/lib/src/lib.c" "$here/tree-sitter-rust/src/parser.c"
  "$here/tree-sitter-rust/src/scanner.c")
if [ -f "$target" ]; then
  stale=0
  for s in "${sources[@]}" "$0"; do
    [ "$s" -nt "$target" ] && stale=1
  done
  [ "$stale" -eq 0 ] && exit 0
fi

mkdir -p "$out/$os-$arch"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/rta-native.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
flags=(-O2 -fPIC -fvisibility=hidden -DNDEBUG -std=c11 -D_POSIX_C_SOURCE=200112L -D_DEFAULT_SOURCE
  -I"$here/tree-sitter/lib/include" -I"$here/tree-sitter/lib/src" -I"$here/tree-sitter-rust/src"
  -I"$java_home/include" -I"$java_home/include/$jni_os")
# The four units compile in parallel; the JNI layer keeps default visibility through JNIEXPORT.
pids=()
for s in "${sources[@]}"; do
  "$cc" "${flags[@]}" -w -c "$s" -o "$tmp/$(basename "$s" .c).o" & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
"$cc" -shared -o "$tmp/lib.$ext" "$tmp"/*.o
mv "$tmp/lib.$ext" "$target"
echo "native: built $target"

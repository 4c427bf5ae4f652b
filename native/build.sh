#!/usr/bin/env bash
# Builds the optimised tree-sitter library that `rta analyze` loads (dev.rta.analyzer.NativeRust):
# tree-sitter's C runtime and the Rust grammar, fetched from the npm registry at pinned versions and
# checksums (cached), plus rta's small JNI layer (rta_treesitter.c). Called by Maven in generate-resources
# with the output directory and the JDK home. Without a C compiler, or without the sources (offline and
# not cached), it builds nothing and rta uses the prebuilt, slower binding; results are the same.
set -euo pipefail
out="$1"
java_home="$2"
here="$(cd "$(dirname "$0")" && pwd)"

# name|version|sha256 of the npm tarball
core="tree-sitter|0.25.0|016448ee8e2c23aed7e1155c118cd66cd026e6436f7394b3f3606d30bf9aaa4a"
rust="tree-sitter-rust|0.24.0|4248da0b9ea40fec13ef010822e7b92a9d1ebdf74f6f2733539b1dbbb086c5bb"
cache="${RTA_NATIVE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rta/native}"
registry="${RTA_NPM_REGISTRY:-https://registry.npmjs.org}"

skip() { echo "native: $1; rta will use the portable tree-sitter binding (slower, same results)" >&2; exit 0; }

cc="${CC:-}"
if [ -z "$cc" ]; then
  for c in cc gcc clang; do
    if command -v "$c" >/dev/null 2>&1; then cc="$c"; break; fi
  done
fi
[ -n "$cc" ] || skip "no C compiler (cc, gcc or clang) found"

case "$(uname -s)" in
  Linux) os=linux; ext=so; jni_os=linux ;;
  Darwin) os=macos; ext=dylib; jni_os=darwin ;;
  *) skip "$(uname -s) is not supported for the optimised build" ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) skip "$(uname -m) is not supported for the optimised build" ;;
esac

target="$out/$os-$arch/librta_treesitter.$ext"
if [ -f "$target" ] && [ ! "$here/rta_treesitter.c" -nt "$target" ] && [ ! "$0" -nt "$target" ]; then
  exit 0
fi

sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1; }

# The tarball of "name|version|sha256", from the cache or the registry, checked.
fetch() {
  local name version sum file
  IFS='|' read -r name version sum <<<"$1"
  file="$cache/$name-$version.tgz"
  if [ ! -f "$file" ] || [ "$(sha256 "$file")" != "$sum" ]; then
    mkdir -p "$cache"
    local url="$registry/$name/-/$name-$version.tgz"
    if command -v curl >/dev/null 2>&1; then
      curl -fsSL --max-time 120 -o "$file.part" "$url" || { rm -f "$file.part"; return 1; }
    elif command -v wget >/dev/null 2>&1; then
      wget -q -T 120 -O "$file.part" "$url" || { rm -f "$file.part"; return 1; }
    else
      return 1
    fi
    if [ "$(sha256 "$file.part")" != "$sum" ]; then
      echo "native: $url does not have the pinned checksum; not used" >&2
      rm -f "$file.part"
      return 1
    fi
    mv "$file.part" "$file"
  fi
  echo "$file"
}

tmp="$(mktemp -d "${TMPDIR:-/tmp}/rta-native.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
for pkg in "$core" "$rust"; do
  fetch "$pkg" >/dev/null || skip "could not fetch $(cut -d'|' -f1-2 <<<"$pkg" | tr '|' ' ') from $registry (offline? put the npm tarball in $cache)"
done
core_tgz="$(fetch "$core")"
rust_tgz="$(fetch "$rust")"
mkdir -p "$tmp/core" "$tmp/rust"
tar -xzf "$core_tgz" -C "$tmp/core" package/vendor/tree-sitter/lib package/LICENSE
tar -xzf "$rust_tgz" -C "$tmp/rust" package/src package/LICENSE
lib="$tmp/core/package/vendor/tree-sitter/lib"
grammar="$tmp/rust/package/src"

mkdir -p "$out/$os-$arch"
flags=(-O2 -fPIC -DNDEBUG -std=c11 -D_POSIX_C_SOURCE=200112L -D_DEFAULT_SOURCE
  -I"$lib/include" -I"$lib/src" -I"$grammar" -I"$java_home/include" -I"$java_home/include/$jni_os")
# The four units compile in parallel.
sources=("$here/rta_treesitter.c" "$lib/src/lib.c" "$grammar/parser.c" "$grammar/scanner.c")
pids=()
for s in "${sources[@]}"; do
  "$cc" "${flags[@]}" -w -c "$s" -o "$tmp/$(basename "$s" .c).o" & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
"$cc" -shared -o "$tmp/lib.$ext" "$tmp"/*.o
mv "$tmp/lib.$ext" "$target"
# The licences of what the library contains travel with it.
cp "$tmp/core/package/LICENSE" "$out/$os-$arch/LICENSE.tree-sitter"
cp "$tmp/rust/package/LICENSE" "$out/$os-$arch/LICENSE.tree-sitter-rust"
echo "native: built $target"

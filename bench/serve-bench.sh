#!/usr/bin/env bash
# Load on rta serve's JSON API: wrk (apt-get install wrk) posts the same answers to POST /api/recommend over
# loopback keep-alive connections and reports requests per second and latency percentiles; a second run
# measures the result page (GET /?answers). Client and server share the machine's cores.
#
#   bench/serve-bench.sh [--seconds N] [--connections N] [--threads N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=15
connections=32
threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "serve-bench: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve-bench: wrk is needed (apt-get install wrk)" >&2; exit 2; }

"$root/rta" --version >/dev/null          # builds the jar when needed
work="$(mktemp -d "${TMPDIR:-/tmp}/rta-serve-bench.XXXXXX")"
"$root/rta" serve --port 0 2>"$work/serve.log" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  url=$(grep -o 'http://[0-9.:]*/' "$work/serve.log" || true)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { echo "serve-bench: rta serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

body='{"platform": "server", "high-throughput": true, "features": ["tls", "timers"], "long-term": true}'
# one reporter for both runs: requests per second, latency percentiles and errors on one line
cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
LUA
{ printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' "'$body'"
  cat "$work/report.lua"; } >"$work/post.lua"
curl -sf -X POST -H 'Content-Type: application/json' -d "$body" "${url}api/recommend" >/dev/null
echo "warm-up: 5 s"
wrk -t"$threads" -c"$connections" -d5s -s "$work/post.lua" "${url}api/recommend" >/dev/null
echo "POST /api/recommend: $seconds s, $connections connections, $threads wrk threads"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "${url}api/recommend" | grep RESULT
echo "GET /?answers (the result page): $seconds s"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/report.lua" \
  "${url}?platform=server&high-throughput=true&features=tls&features=timers&long-term=true" | grep RESULT

#!/usr/bin/env bash
# Search and suggest latency under load, per category of bench/queries.tasks, against a running server.
# usage: bench/run.sh [URL] [SECONDS] [CONNECTIONS]     (from the repository root)
set -euo pipefail
url=${1:-http://localhost:8080}
secs=${2:-20}
conns=${3:-4}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
curl -fsS "$url/health" >/dev/null || { echo "no Anodex server answers at $url" >&2; exit 2; }
# warm-up: every request once, then a short run
for c in $(grep -oE '^[A-Za-z]+:' bench/queries.tasks | sort -u | tr -d :); do
  wrk -t1 -c1 -d3s -s bench/tasks.lua "$url" -- "$c" >/dev/null
done
for c in $(grep -oE '^[A-Za-z]+:' bench/queries.tasks | sort -u | tr -d :); do
  printf '%-8s ' "$c"
  wrk -t2 -c"$conns" -d"${secs}s" -s bench/tasks.lua "$url" -- "$c" | tail -1
done

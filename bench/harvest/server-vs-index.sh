#!/usr/bin/env bash
# The cost of writing a harvest through a running server (one POST a paper, each committed) against writing
# the index directly, on PAGES pages of 100 synthetic OpenAlex works served locally.
# usage: bench/harvest/server-vs-index.sh [PAGES]   (from the repository root, after mvn package -DskipTests)
set -euo pipefail
pages=${1:-5}
jar=target/anodex.jar
work=$(mktemp -d)
trap 'kill $api $srv 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/harvest/synthetic_openalex.py 18765 "$pages" & api=$!
mkdir -p "$work/empty"
ANODEX_TOKEN=bench java -jar "$jar" serve --index "$work/served" --port 18766 --sample-data "$work/empty" \
  >"$work/serve.log" 2>&1 & srv=$!
for _ in $(seq 120); do curl -fsS http://localhost:18766/health >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS http://localhost:18766/health >/dev/null || { cat "$work/serve.log" >&2; exit 1; }
h() { /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar "$jar" harvest openalex --query silicon \
  --api-url http://127.0.0.1:18765 --checkpoints "$work/ckpt" --min-interval-ms 0 "$@" 2>&1 | grep -E "records in|wall"; }
echo "--index, --no-embed:";        h --index "$work/idx" --no-embed
echo "--index, again:";             h --index "$work/idx" --no-embed
echo "--server:";                   h --server http://localhost:18766 --token bench
echo "--server, again:";            h --server http://localhost:18766 --token bench

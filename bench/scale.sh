#!/usr/bin/env bash
# The scale benchmark: for each corpus size, generate the scale corpus (once per size and seed), then build
# the in-process Lucene floor, a Solr node and Anodex over the same papers and measure the same requests.
# usage: bench/scale.sh SIZE...          (from the repository root; e.g. bench/scale.sh 5000 50000)
# environment: ANODEX_SHARED (../shared), BENCH_DIR (/tmp/anodex-bench), BENCH_SEED (42),
#   BENCH_OPTS (e.g. "-Dbench.seconds=10 -Dbench.warmup=5 -Dbench.connections=1,4 -Dbench.heap=2g")
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bench/scale.sh SIZE..." >&2; exit 2; }
shared=${ANODEX_SHARED:-../shared}
out=${BENCH_DIR:-/tmp/anodex-bench}
seed=${BENCH_SEED:-42}
real=$shared/corpora/battery-abstracts
[ -d "$real" ] || { echo "no $real: the scale corpus is drawn from it" >&2; exit 2; }
[ -f target/anodex.jar ] || mvn -B -q package -DskipTests
mvn -B -q -f bench/pom.xml package
# The real papers' embeddings come from the application's embedder, cached by text; a copy of the user's
# cache of its own, so that this run never writes the cache other processes use.
realcache=${BENCH_EMBEDDING_CACHE:-/tmp/anodex-cache-bench}
if [ ! -d "$realcache" ] && [ -d "$HOME/.cache/anodex" ]; then cp -r "$HOME/.cache/anodex" "$realcache"; fi
mkdir -p "$out"
for n in "$@"; do
  run=$out/$n
  if ! grep -qx "$n $seed 2000" "$run/DONE" 2>/dev/null; then
    rm -rf "$run"
    java -Xmx3g -Danodex.cache="$realcache" -cp target/anodex.jar:bench/target/classes \
      org.anodex.bench.corpus.CorpusGenerator "$real" "$run" "$n" "$seed" 2>&1 | grep -v ' DEBUG ' >&2
  fi
  # shellcheck disable=SC2086
  java -Xmx4g ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    org.anodex.bench.ScaleBenchmark "$run" | tee -a "$out/results.md"
done

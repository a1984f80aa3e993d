#!/usr/bin/env bash
# Profiles the HTTP search path: attaches a JFR recording (1 ms samples) to a running Anodex server,
# drives it with wrk for SECONDS over one category of bench/queries.tasks, and prints where the request
# threads spent their time (bench/profile/jfr-top.py).
# usage: bench/profile/profile.sh PORT [CATEGORY] [SECONDS] [TASKS]     (from the repository root)
# TASKS defaults to 3,000 distinct title-word queries made from ../shared/corpora/battery-abstracts
# (bench/profile/title-queries.py, categories Words, Hybrid, UI), so that answers come from the index and
# not from the result cache; bench/queries.tasks repeats 8 queries a category.
set -euo pipefail
port=${1:?port of a running anodex serve}
category=${2:-Words}
secs=${3:-30}
tasks=${4:-}
if [ -z "$tasks" ]; then
  tasks=$(mktemp --suffix .tasks)
  python3 bench/profile/title-queries.py 3000 1 ../shared/corpora/battery-abstracts/*.jsonl > "$tasks"
fi
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "no server listens on port $port" >&2; exit 2; }
jfc=$(mktemp --suffix .jfc)
cat > "$jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
JFC
out=$(mktemp --suffix .jfr)
jcmd "$pid" JFR.start name=anodex-profile settings="$jfc" filename="$out" >/dev/null
wrk -t1 -c1 -d"${secs}s" -s bench/tasks.lua "http://localhost:$port" -- "$category" "$tasks" | tail -1
jcmd "$pid" JFR.stop name=anodex-profile >/dev/null
python3 bench/profile/jfr-top.py "$out"
echo "recording: $out"

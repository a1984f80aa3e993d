#!/usr/bin/env python3
"""Writes N distinct queries of 2-4 consecutive title words (from JSONL records' titles) as a tasks file
with three categories: Words (rank=words, no facets, no snippets), Hybrid (words and meaning, no facets,
no snippets) and UI (the web UI's default: every facet, snippets). Distinct queries miss the result cache.

usage: title-queries.py N SEED FILE.jsonl... > tasks
"""
import json
import random
import re
import sys

n, seed, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
titles = [json.loads(line).get("title") or "" for f in files for line in open(f, encoding="utf-8")]
rng = random.Random(seed)
queries = set()
while len(queries) < n:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]+", rng.choice(titles)) if len(w) > 3]
    if len(words) >= 2:
        k = rng.randint(2, min(4, len(words)))
        i = rng.randint(0, len(words) - k)
        queries.add("+".join(words[i:i + k]).lower())
for q in sorted(queries):
    print(f"Words: q={q}&rank=words&facets=&highlight=false")
    print(f"Hybrid: q={q}&facets=&highlight=false")
    print(f"UI: q={q}")

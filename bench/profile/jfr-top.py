#!/usr/bin/env python3
"""Where a server's request threads spend their time, from a JFR recording.

usage: jfr-top.py RECORDING.jfr [REGEX]
Prints the hottest frames (self time) and, for frames matching REGEX (default: Anodex, Lucene search and
facets, Jackson, Micronaut), the share of samples in which each appears (inclusive time).
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else
                     r"org\.anodex|lucene\.search\.[A-Z]\w*\.(search|count|rewrite|createWeight)|lucene\.facet\.[A-Z]\w*\.\w+"
                     r"|jackson.*\.(writeValue|readValue)|RouteExecutor|RoutingInBoundHandler\.writeResponse")
text = subprocess.run(["jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording],
                      capture_output=True, text=True, check=True).stdout
self_time, inclusive = collections.Counter(), collections.Counter()
for event in text.split("jdk.ExecutionSample")[1:]:
    if "io-executor" not in event and "eventLoop" not in event:
        continue  # request threads only: the pool that runs controllers, and Netty's
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if frames:
        self_time[frames[0]] += 1
        for f in set(frames):
            inclusive[f] += 1
n = sum(self_time.values()) or 1
print(f"{n} samples on request threads")
for f, c in self_time.most_common(15):
    print(f"  self {100 * c / n:5.1f}%  {f}")
for f, c in inclusive.most_common(400):
    if pattern.search(f):
        print(f"  incl {100 * c / n:5.1f}%  {f}")

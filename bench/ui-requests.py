#!/usr/bin/env python3
# The web UI's search requests, before and after issue 14, timed against a running server (start it with
# -Danodex.result-cache=0, or every repeat is a cache hit). Variants are interleaved round by round, on one
# keep-alive connection, so that the load of a shared machine falls on all of them alike.
# usage: python3 bench/ui-requests.py [HOST] [PORT] [ROUNDS]      prints a Markdown table
import http.client
import statistics
import sys
import time
import urllib.parse

host = sys.argv[1] if len(sys.argv) > 1 else "localhost"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
HISTOGRAMS = ("specific_capacity,areal_capacity,capacity_retention,initial_coulombic_efficiency,"
              "coulombic_efficiency,current_density,areal_current_density,c_rate,cycles,mass_loading,"
              "particle_size,voltage,ionic_conductivity,energy_density,volumetric_energy_density")
QUERIES = ["silicon anode", "solid electrolyte interphase", "capacity fading mechanism", "lithium metal dendrite",
           "sodium ion cathode", "machine learning electrolyte", "fluoroethylene carbonate silicon",
           "binder volume expansion", "graphite", "prelithiation", "SiOx", "PAA binder"]
NOT_AUTHOR = "chemistry,material,binder,electrolyte,interface,failure,characterization,method,cell,year,journal,format"
COUNTS = "&size=0&highlight=false"
VARIANTS = {
    "before: every search (histograms=15 fields)": "&histograms=" + HISTOGRAMS + "&size=10&page=1&facet_size=100",
    "after: a search, panel closed": "&size=10&page=1&facet_size=100",
    "after: opening the panel (histograms alone, rank=words)": COUNTS + "&rank=words&facets=&histograms=" + HISTOGRAMS,
    "probe: histograms alone, hybrid": COUNTS + "&facets=&histograms=" + HISTOGRAMS,
    "before: year counts beside a year range (hybrid)": COUNTS + "&facets=year&facet_size=100",
    "after: year counts beside a year range (rank=words)": COUNTS + "&rank=words&facets=year&facet_size=100",
    "probe: the search with facet_size=10": "&size=10&page=1&facet_size=10",
    "probe: the search without the author facet": "&size=10&page=1&facet_size=100&facets=" + NOT_AUTHOR,
}

conn = http.client.HTTPConnection(host, port)


def get(path):
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"{path}: {response.status} {body[:200]!r}")
    return len(body)


times = {v: [] for v in VARIANTS}
sizes = {v: [] for v in VARIANTS}
for r in range(rounds + 2):  # the first two rounds warm up
    for q in QUERIES:
        for variant, tail in VARIANTS.items():
            start = time.perf_counter()
            n = get("/api/search?q=" + urllib.parse.quote_plus(q) + tail)
            if r >= 2:
                times[variant].append((time.perf_counter() - start) * 1000)
                sizes[variant].append(n)
print("| request | p50 | p90 | answer | n |")
print("|---|---|---|---|---|")
for variant in VARIANTS:
    t = sorted(times[variant])
    print(f"| {variant} | {statistics.median(t):.1f} ms | {t[int(len(t) * 0.9)]:.1f} ms "
          f"| {statistics.mean(sizes[variant]) / 1000:.1f} kB | {len(t)} |")

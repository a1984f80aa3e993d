# Which requests make a server's tail: every query of a bench queries.tsv (query TAB year) sent ROUNDS times
# through one template, one connection; prints p50/p90/p99 over all requests, then the slowest queries by
# their median, with their totals. Standard library only.
# usage: python3 bench/server/slowest.py PORT QUERIES.tsv TEMPLATE [ROUNDS]
#   e.g. python3 bench/server/slowest.py 8080 /tmp/anodex-bench/200000/queries.tsv \
#          'q={q}&rank=words&highlight=false&facets=' 5
import http.client, json, statistics, sys, time, urllib.parse

port, template = int(sys.argv[1]), sys.argv[3]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
queries = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
connection = http.client.HTTPConnection("localhost", port)


def ask(q, year):
    path = "/api/search?" + template.replace("{q}", urllib.parse.quote(q)).replace("{year}", year)
    t = time.perf_counter()
    connection.request("GET", path)
    body = connection.getresponse().read()
    return (time.perf_counter() - t) * 1000, body


for q, year in queries:  # warm-up
    ask(q, year)
times, totals = {}, {}
for r in range(rounds):
    for q, year in queries:
        ms, body = ask(q, year)
        times.setdefault(q, []).append(ms)
        totals[q] = json.loads(body).get("total")
every = sorted(t for ts in times.values() for t in ts)
pick = lambda f: every[min(len(every) - 1, int(len(every) * f))]
print(f"p50 {pick(.5):.2f} ms, p90 {pick(.9):.2f}, p99 {pick(.99):.2f}, max {every[-1]:.2f}")
for q, ts in sorted(times.items(), key=lambda kv: -statistics.median(kv[1]))[:15]:
    print(f"median {statistics.median(ts):8.2f} ms  max {max(ts):8.2f}  total {totals[q]:>8}  {q}")

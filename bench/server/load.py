# Load for measuring the server's memory: search threads (plain, 8 fuzzy words, wildcards, phrases, sizes up to
# 100), CSV exports, suggestions, and one writer posting records (every 10th with a 20 MB body) and deleting.
# Standard library only. Usage: python3 bench/server/load.py http://localhost:8080 SECONDS THREADS
# (the server started with ANODEX_TOKEN=t).
import json, random, sys, threading, time, urllib.parse, urllib.request
base = sys.argv[1]; seconds = float(sys.argv[2]); threads = int(sys.argv[3])
words = "silicon anode PAA binder graphite SiOx FEC electrolyte capacity retention cycling sulfide LLZO coating".split()
stats = {"n": 0, "5xx": 0, "slowest": 0.0, "errors": 0}
lock = threading.Lock()
def q(r):
    k = r.randrange(6)
    if k == 0: return " ".join(w + "~2" for w in r.sample(words, 8))
    if k == 1: return " ".join(w[:3] + "*" for w in r.sample(words, 3))
    if k == 2: return '"' + " ".join(r.sample(words, 3)) + '"~5'
    return " ".join(r.sample(words, r.randrange(1, 6)))
def get(path):
    t = time.time()
    try:
        with urllib.request.urlopen(base + path, timeout=60) as a: a.read(); code = a.status
    except urllib.error.HTTPError as e: code = e.code; e.read()
    except Exception: code = 0
    with lock:
        stats["n"] += 1; stats["slowest"] = max(stats["slowest"], time.time() - t)
        if code >= 500: stats["5xx"] += 1
        if code == 0: stats["errors"] += 1
def searcher(i):
    r = random.Random(i); end = time.time() + seconds
    while time.time() < end:
        k = r.randrange(10)
        if k == 0: get("/api/export?format=csv&q=" + urllib.parse.quote(r.choice(words)))
        elif k == 1: get("/api/suggest?prefix=" + r.choice(words)[:r.randrange(1, 5)])
        else: get("/api/search?size=%d&q=%s" % (r.choice([10, 50, 100]), urllib.parse.quote(q(r))))
def writer():
    r = random.Random(99); end = time.time() + seconds; n = 0
    while time.time() < end:
        n += 1
        big = n % 10 == 0
        rec = {"doi": "10.5555/mem.%d" % (n % 200), "title": "Memory probe %d silicon anode" % n, "year": 2024,
               "abstract": "A silicon anode with PAA binder. " * 20}
        if big: rec["junk"] = "A" * (20 << 20)
        req = urllib.request.Request(base + "/api/papers", data=json.dumps(rec).encode(), method="POST",
            headers={"Content-Type": "application/json", "Authorization": "Bearer t"})
        try:
            with urllib.request.urlopen(req, timeout=120) as a: a.read()
        except urllib.error.HTTPError as e: e.read()
        except Exception as e: print("write failed", e)
        if n % 3 == 0:
            req = urllib.request.Request(base + "/api/papers/10.5555~mem.%d" % ((n - 2) % 200), method="DELETE",
                headers={"Authorization": "Bearer t"})
            try: urllib.request.urlopen(req, timeout=60).read()
            except Exception: pass
ts = [threading.Thread(target=searcher, args=(i,)) for i in range(threads)] + [threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print(json.dumps(stats))

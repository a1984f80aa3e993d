# Interleaved A/B of two running servers: the same requests to A and B in alternating blocks of 50 (the
# order of A and B swapped every block), each server's process CPU per request read from /proc, p50 and p90
# at the client. Start both on their own copy of one index (remove write.lock), with the result cache off
# (-Danodex.result-cache=0), and warm both alike (run it a few times: a fresh JVM is slower for minutes).
# A REQUESTS file holds one /api/search query string a line. Standard library only, Linux.
# usage: python3 bench/server/ab.py PORT_A PORT_B REQUESTS [ROUNDS]
import http.client, os, subprocess, sys, time

ports = [int(sys.argv[1]), int(sys.argv[2])]
requests = [l.strip() for l in open(sys.argv[3]) if l.strip()]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 1
tick = os.sysconf("SC_CLK_TCK")


def pid(port):
    out = subprocess.check_output(["ss", "-ltnp", f"sport = :{port}"]).decode()
    return out.split("pid=")[1].split(",")[0]


def cpu_seconds(p):
    fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick


pids = [pid(p) for p in ports]
connections = [http.client.HTTPConnection("localhost", p) for p in ports]


def ask(i, q):
    t = time.perf_counter()
    connections[i].request("GET", "/api/search?" + q)
    r = connections[i].getresponse()
    r.read()
    assert r.status == 200, (r.status, q)
    return time.perf_counter() - t


for q in requests[:100]:
    ask(0, q)
    ask(1, q)
latencies = [[], []]
cpu = [0.0, 0.0]
for rnd in range(rounds):
    for b in range(0, len(requests), 50):
        block = requests[b : b + 50]
        for i in [0, 1] if (b // 50 + rnd) % 2 == 0 else [1, 0]:
            c0 = cpu_seconds(pids[i])
            latencies[i] += [ask(i, q) for q in block]
            cpu[i] += cpu_seconds(pids[i]) - c0
for i in (0, 1):
    l = sorted(latencies[i])
    print(f"{'AB'[i]} port {ports[i]}: {1000 * cpu[i] / len(l):.3f} ms CPU/req, "
          f"p50 {1000 * l[len(l) // 2]:.2f} ms, p90 {1000 * l[int(len(l) * .9)]:.2f} ms")

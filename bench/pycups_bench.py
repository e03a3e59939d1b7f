#!/usr/bin/python3
# One cell of the IPP benchmark for pycups (Debian python3-cups, i.e. libcups underneath): N threads, each with its
# own cups.Connection, call one operation in a loop for a warm-up, then for a measured window. Prints ONE JSON line:
# ops completed in the window, window length, latency median/p99 (ms), errors, CPU seconds of this process and of
# cupsd during the window. Run by org.cupola.bench.IppBench (bench/run-ipp-bench.sh); usable alone:
#   /usr/bin/python3 bench/pycups_bench.py --port 17631 --op get-printers --threads 8 --cupsd-pid PID
# Modelled on the team's reference bench.py (pycups releases the GIL around cupsDoRequest).
import argparse, json, os, sys, threading, time
import cups

ap = argparse.ArgumentParser()
ap.add_argument('--host', default='127.0.0.1')
ap.add_argument('--port', type=int, required=True)
ap.add_argument('--op', choices=['get-printers', 'gpa-all'], required=True)
ap.add_argument('--queue', default='ipp-everywhere')
ap.add_argument('--threads', type=int, default=1)
ap.add_argument('--warmup-ms', type=int, default=2000)
ap.add_argument('--measure-ms', type=int, default=5000)
ap.add_argument('--cupsd-pid', type=int, default=0)
a = ap.parse_args()

CLK_TCK = os.sysconf('SC_CLK_TCK')


def cpu_of(pid):
    """utime+stime of a process in seconds (all its threads), from /proc/PID/stat."""
    if not pid:
        return 0.0
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def machine_busy():
    """busy CPU seconds of the whole machine (user+nice+system+irq+softirq+steal), from /proc/stat"""
    with open('/proc/stat') as f:
        v = f.readline().split()
    return sum(int(v[i]) for i in (1, 2, 3, 6, 7, 8)) / CLK_TCK


cups.setServer(a.host)
cups.setPort(a.port)
cups.setEncryption(cups.HTTP_ENCRYPT_NEVER)
conns = [cups.Connection(host=a.host, port=a.port) for _ in range(a.threads)]
if a.op == 'get-printers':
    calls = [c.getPrinters for c in conns]
else:
    calls = [(lambda c=c: c.getPrinterAttributes(a.queue, requested_attributes=['all'])) for c in conns]
# sanity: what one call returns
sample = calls[0]()
sample_size = len(sample) if a.op == 'get-printers' else len(sample)

now = time.perf_counter()
t0 = now + a.warmup_ms / 1000.0
t1 = t0 + a.measure_ms / 1000.0
lat = [[] for _ in range(a.threads)]
errors = [0] * a.threads


def worker(i):
    fn, mine = calls[i], lat[i]
    while True:
        s = time.perf_counter()
        if s >= t1:
            return
        try:
            fn()
        except Exception:  # counted, reported
            errors[i] += 1
            continue
        e = time.perf_counter()
        if s >= t0 and e <= t1:
            mine.append(e - s)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(a.threads)]
for t in threads:
    t.start()
time.sleep(max(0.0, t0 - time.perf_counter()))
c0, d0, m0 = os.times(), cpu_of(a.cupsd_pid), machine_busy()
time.sleep(max(0.0, t1 - time.perf_counter()))
c1, d1, m1 = os.times(), cpu_of(a.cupsd_pid), machine_busy()
for t in threads:
    t.join()
all_lat = sorted(x for l in lat for x in l)
n = len(all_lat)
print(json.dumps({
    'ops': n,
    'seconds': a.measure_ms / 1000.0,
    'median_ms': all_lat[n // 2] * 1000 if n else 0.0,
    'p99_ms': all_lat[min(n - 1, int(n * 0.99))] * 1000 if n else 0.0,
    'errors': sum(errors),
    'client_user_s': c1.user - c0.user,
    'client_sys_s': c1.system - c0.system,
    'cupsd_cpu_s': d1 - d0,
    'machine_cpu_s': m1 - m0,
    'sample': sample_size,
}))
sys.stdout.flush()

#!/usr/bin/python3
# pycups (python3-cups, libcups underneath) over plain IPP and over TLS on ONE connection, and the cost of the first
# request on a new connection (TCP + TLS handshake + CUPS-Get-Printers). Prints one line per cell:
#   pycups | MODE | OP | ops/s | median ms
# Run by bench/run-tls-bench.sh; alone: /usr/bin/python3 bench/pycups_tls_bench.py --port P [--measure-ms 3000]
import argparse, statistics, time
import cups

ap = argparse.ArgumentParser()
ap.add_argument('--host', default='127.0.0.1')
ap.add_argument('--port', type=int, required=True)
ap.add_argument('--queue', default='ipp-everywhere')
ap.add_argument('--warmup-ms', type=int, default=1000)
ap.add_argument('--measure-ms', type=int, default=3000)
ap.add_argument('--first', type=int, default=100)
a = ap.parse_args()

MODES = {'ipp': cups.HTTP_ENCRYPT_NEVER, 'ipps': cups.HTTP_ENCRYPT_ALWAYS}
cups.setServer(a.host)
cups.setPort(a.port)


def loop(call):
    end_warm = time.perf_counter() + a.warmup_ms / 1000.0
    while time.perf_counter() < end_warm:
        call()
    lat = []
    t0 = time.perf_counter()
    end = t0 + a.measure_ms / 1000.0
    while True:
        s = time.perf_counter()
        call()
        e = time.perf_counter()
        lat.append((e - s) * 1000)
        if e >= end:
            break
    return len(lat) / (time.perf_counter() - t0), statistics.median(lat)


for mode, enc in MODES.items():
    cups.setEncryption(enc)
    c = cups.Connection(host=a.host, port=a.port, encryption=enc)
    for op, call in (('CUPS-Get-Printers', c.getPrinters),
                     ('Get-Printer-Attributes(all)', lambda: c.getPrinterAttributes(a.queue, requested_attributes=['all']))):
        rate, med = loop(call)
        print(f"pycups | {mode} | {op} | {rate:.0f} ops/s | median {med:.3f} ms", flush=True)
    del c
    # first request on a new connection: connect (+ TLS handshake) + CUPS-Get-Printers
    lat = []
    for _ in range(a.first):
        s = time.perf_counter()
        c = cups.Connection(host=a.host, port=a.port, encryption=enc)
        c.getPrinters()
        lat.append((time.perf_counter() - s) * 1000)
        del c
    print(f"pycups | {mode} | first request on a new connection | - | median {statistics.median(lat):.3f} ms", flush=True)

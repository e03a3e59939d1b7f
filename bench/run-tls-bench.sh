#!/bin/bash
# IPPS vs plain IPP in ONE run (docs/PERFORMANCE.md, "TLS"): starts a private cupsd (releng/cups-sandbox) with the
# five test queues and its own self-signed certificate, then measures Cupola (org.cupola.bench.TlsBench) and pycups
# (bench/pycups_tls_bench.py) on one connection each, plain and TLS: CUPS-Get-Printers and
# Get-Printer-Attributes(all), ops/s and median; and the first request on a new connection (TCP, TLS handshake,
# CUPS-Get-Printers). Must run as root (cupsd + PAM). Output also in bench/target/tls-bench.txt.
#
# Environment: BENCH_CUPS_PORT (17641) BENCH_IPPEVE_PORT (17642) BENCH_SANDBOX_DIR (/tmp/cupola-tls-bench-sandbox)
#   WARMUP_MS (1000) MEASURE_MS (3000) FIRST (100) SKIP_BUILD=1  JDK (/usr/lib/jvm/temurin-25-jdk-amd64)  PYTHON
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JDK="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PYTHON="${PYTHON:-/usr/bin/python3}"
export CUPS_SANDBOX_DIR="${BENCH_SANDBOX_DIR:-/tmp/cupola-tls-bench-sandbox}"
export CUPS_PORT="${BENCH_CUPS_PORT:-17641}"
export IPPEVE_PORT="${BENCH_IPPEVE_PORT:-17642}"
export CUPS_LOG_LEVEL="${CUPS_LOG_LEVEL:-warn}"
OUT="$HERE/target/tls-bench.txt"
W="${WARMUP_MS:-1000}"; M="${MEASURE_MS:-3000}"; F="${FIRST:-100}"

cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  JAVA_HOME="$JDK" releng/scripts/mvn39 -f bench/pom.xml -q -B package
fi
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
mkdir -p "$HERE/target"
releng/cups-sandbox/start.sh >/dev/null
trap 'releng/cups-sandbox/stop.sh' EXIT
releng/cups-sandbox/populate.sh
CONFIG="$(mktemp -d /tmp/cupola-tls-bench-config.XXXXXX)" # no pins of the user's are read or written
{
  echo "== machine: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$JDK/bin/java" -version 2>&1 | sed -n 2p); cups $(dpkg-query -W -f '${Version}' cups 2>/dev/null || echo '?'); pycups $(dpkg-query -W -f '${Version}' python3-cups 2>/dev/null || echo '?')"
  echo "one connection, one thread, 127.0.0.1:$CUPS_PORT; warm-up ${W} ms, measured ${M} ms per cell; first request: median of $F"
  "$JDK/bin/java" -Xmx256m -Dcupola.config.dir="$CONFIG" -cp "$CP" org.cupola.bench.TlsBench --port "$CUPS_PORT" \
    --warmup-ms "$W" --measure-ms "$M" --first "$F"
  "$PYTHON" "$HERE/pycups_tls_bench.py" --port "$CUPS_PORT" --warmup-ms "$W" --measure-ms "$M" --first "$F"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT"
rm -rf "$CONFIG"

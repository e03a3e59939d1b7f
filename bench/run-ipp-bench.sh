#!/bin/bash
# IPP client benchmark in ONE run: starts a private cupsd (releng/cups-sandbox) with the five test queues, measures
# Cupola's CupsConnection, cups4j 0.7.9 and pycups (and an experimental blocking-socket transport) against it
# (org.cupola.bench.IppBench), then the java.net.http transport probe and the codec decode throughput (CodecBench),
# prints everything plus machine facts, and stops the sandbox. Must run as root (cupsd + PAM).
#
#   bench/run-ipp-bench.sh                        # from the repository root; output also in bench/target/ipp-bench.txt
#
# Environment: BENCH_CUPS_PORT (17631) BENCH_IPPEVE_PORT (17632) BENCH_SANDBOX_DIR (/tmp/cupola-bench-sandbox)
#   WARMUP_MS (2000) MEASURE_MS (5000) JIT_WARMUP_MS (20000) ROUNDS (3) THREADS (8) SKIP_BUILD=1 (reuse bench/target)
#   SKIP_PROBE=1 SKIP_CODEC=1  JDK (/usr/lib/jvm/temurin-25-jdk-amd64)  PYTHON (/usr/bin/python3, needs python3-cups)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JDK="${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PYTHON="${PYTHON:-/usr/bin/python3}"
export CUPS_SANDBOX_DIR="${BENCH_SANDBOX_DIR:-/tmp/cupola-bench-sandbox}"
export CUPS_PORT="${BENCH_CUPS_PORT:-17631}"
export IPPEVE_PORT="${BENCH_IPPEVE_PORT:-17632}"
export CUPS_LOG_LEVEL="${CUPS_LOG_LEVEL:-warn}" # debug logging would make cupsd the bottleneck
OUT="$HERE/target/ipp-bench.txt"

cd "$ROOT"
# what the benchmark needs on a fresh Debian machine (pycups is Debian's python3-cups, for /usr/bin/python3)
need=()
for p in python3-cups cups-daemon cups-client cups-ipp-utils dbus-daemon curl bc; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "run-ipp-bench: missing ${need[*]}: run as root" >&2; exit 2; }
  prc=/usr/sbin/policy-rc.d; made=0 # no system cupsd from maintainer scripts
  [ -e $prc ] || { printf '#!/bin/sh\nexit 101\n' >$prc; chmod 755 $prc; made=1; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  if [ $made = 1 ]; then rm -f $prc; fi
fi
"$PYTHON" -c 'import cups' 2>/dev/null || { echo "run-ipp-bench: $PYTHON cannot import cups (pycups); set PYTHON=/usr/bin/python3" >&2; exit 2; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  JAVA_HOME="$JDK" releng/scripts/mvn39 -f bench/pom.xml -q -B package
fi
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
mkdir -p "$HERE/target"

releng/cups-sandbox/start.sh >/dev/null
trap 'releng/cups-sandbox/stop.sh' EXIT
releng/cups-sandbox/populate.sh
CUPSD_PID="$(cat "$CUPS_SANDBOX_DIR/cupsd.pid")"

{
  echo "== machine"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "kernel: $(uname -r); memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$JDK/bin/java" -version 2>&1 | sed -n 2p)"
  echo "cups: $(dpkg-query -W -f '${Version}' cups 2>/dev/null || echo '?'), cupsd LogLevel $CUPS_LOG_LEVEL, port $CUPS_PORT, pid $CUPSD_PID"
  echo "pycups: $(dpkg-query -W -f '${Version}' python3-cups 2>/dev/null || echo '?') ($("$PYTHON" --version 2>&1))"
  echo
  echo "== IppBench"
  "$JDK/bin/java" -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=off -cp "$CP" org.cupola.bench.IppBench \
    --port "$CUPS_PORT" --cupsd-pid "$CUPSD_PID" --queue ipp-everywhere --threads "${THREADS:-8}" \
    --warmup-ms "${WARMUP_MS:-2000}" --measure-ms "${MEASURE_MS:-5000}" --jit-warmup-ms "${JIT_WARMUP_MS:-20000}" \
    --rounds "${ROUNDS:-3}" \
    --python "$PYTHON" --pycups-script "$HERE/pycups_bench.py" 2>&1 | grep -v '^SLF4J'
  if [ "${SKIP_PROBE:-0}" != 1 ]; then
    echo
    echo "== HttpClientProbe (java.net.http configurations, 1 thread, CUPS-Get-Printers)"
    "$JDK/bin/java" -Xmx512m -cp "$CP" org.cupola.bench.HttpClientProbe --port "$CUPS_PORT" \
      --warmup-ms 3000 --measure-ms 4000 | sed -n '/pass 2/,$p'
  fi
  if [ "${SKIP_CODEC:-0}" != 1 ]; then
    echo
    echo "== CodecBench (no network)"
    "$JDK/bin/java" -Xmx512m -cp "$CP" org.cupola.bench.CodecBench --warmup-ms 3000 --measure-ms 3000
  fi
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT"

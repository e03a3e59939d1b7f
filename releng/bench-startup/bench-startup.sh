#!/usr/bin/env bash
# ./dev bench-startup: start-up of system-config-printer (Debian's 1.5.18) and of Cupola, alternately in ONE run,
# against the same private cupsd (releng/cups-sandbox, five queues) on a private Xvfb. For each program and run:
#   window   seconds from the launch until its main window is visible (xdotool polled every 20 ms, from outside)
#   row      seconds until the first printer row is painted (in-process marks: Cupola's -Dcupola.startupTrace, the
#            same marks for system-config-printer through scp-traced.py, which runs it unchanged)
#   rss      resident memory of the program's processes (not its private D-Bus, not the accessibility bus it may
#            start) 3 s after the window showed
# Prints every run, then the medians and the ratios Cupola / system-config-printer. Runs as root (cupsd needs PAM);
# installs what it lacks (system-config-printer --no-install-recommends, python3-cups, xdotool, Xvfb, CUPS).
# Environment: BENCH_RUNS (5) CUPOLA_CMD (the built product's cupola script; e.g. /usr/bin/cupola for the package)
#   BENCH_PORT (first free from 18631) BENCH_DIR (/tmp/cupola-bench-startup) CUPOLA_BENCH_VMARGS (extra VM args)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${BENCH_RUNS:-5}"
CUPOLA_CMD="${CUPOLA_CMD:-$ROOT/releng/org.cupola.product/target/products/org.cupola.product/linux/gtk/x86_64/cupola/cupola}"
WORK="${BENCH_DIR:-/tmp/cupola-bench-startup}"
say() { echo "bench-startup: $*" >&2; }

[ "$(id -u)" = 0 ] || { say "run as root (the private cupsd checks passwords through PAM)"; exit 2; }
need=()
for p in system-config-printer python3-cups cups-daemon cups-client cups-ipp-utils dbus-daemon dbus-bin xvfb x11-utils xdotool procps bc curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  prc=/usr/sbin/policy-rc.d; made=0 # no system cupsd from maintainer scripts
  [ -e $prc ] || { printf '#!/bin/sh\nexit 101\n' >$prc; chmod 755 $prc; made=1; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  if [ $made = 1 ]; then rm -f $prc; fi
fi
[ -x "$CUPOLA_CMD" ] || { say "no Cupola at $CUPOLA_CMD (./dev build first, or set CUPOLA_CMD)"; exit 2; }

rm -rf "$WORK"; mkdir -p "$WORK"
port="${BENCH_PORT:-18631}"
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || (exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))") 2>/dev/null; do port=$((port + 2)); done
n=151; while [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
export CUPS_SANDBOX_DIR="$WORK/cups"
XVFB=""
cleanup() {
  [ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null
  bash "$ROOT/releng/cups-sandbox/stop.sh" --clean >/dev/null 2>&1 || true
}
trap cleanup EXIT
CUPS_PORT=$port IPPEVE_PORT=$((port + 1)) CUPS_LOG_LEVEL=warn bash "$ROOT/releng/cups-sandbox/start.sh" >/dev/null
bash "$ROOT/releng/cups-sandbox/populate.sh" 2>/dev/null
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=":$n"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

now_ms() { date +%s%3N; }
rss_kb() { # session id -> summed RSS of its processes except the session's D-Bus and accessibility bus helpers
  ps -o rss=,comm= -s "$1" 2>/dev/null | awk '$2 !~ /^(dbus-|at-spi)/ { s += $1 } END { print s + 0 }'
}
stop_session() {
  kill -TERM -- "-$1" 2>/dev/null || true
  # up to 60 s: a first Cupola start on Java >= 25 writes its AOT cache when it exits
  for _ in $(seq 1 600); do ps -s "$1" >/dev/null 2>&1 || return 0; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true; sleep 0.3
}
# run_one NAME RUN: launches, measures, stops; appends "NAME window row rss" (s, s, MB) to $WORK/results
run_one() {
  local name="$1" i="$2" trace="$WORK/trace-$1-$2" log="$WORK/log-$1-$2" title t0 tw pid rowms rss
  : >"$trace"
  t0=$(now_ms)
  if [ "$name" = scp ]; then
    title='^Print Settings'
    CUPS_SERVER="127.0.0.1:$port" SCP_TRACE="$trace" setsid dbus-run-session -- /usr/bin/python3 "$HERE/scp-traced.py" >"$log" 2>&1 &
  else
    title='^Cupola'
    # a persistent configuration area and private config/state/cache dirs (after the warm-up run, a warm start)
    XDG_CACHE_HOME="$WORK/user/xdg-cache" XDG_CONFIG_HOME="$WORK/user/xdg-config" XDG_STATE_HOME="$WORK/user/xdg-state" \
    CUPOLA_STARTUP_TRACE="$trace" JDK_JAVA_OPTIONS="-Dcupola.config.dir=$WORK/user/config -Dcupola.state.dir=$WORK/user/state -Dcupola.cache.dir=$WORK/user/cache ${CUPOLA_BENCH_VMARGS:-}" \
      setsid "$CUPOLA_CMD" -server "127.0.0.1:$port" -configuration "$WORK/user/configuration" -data "$WORK/user/workspace" >"$log" 2>&1 &
  fi
  pid=$!
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(now_ms) - t0 )) -gt 60000 ]; then
      say "$name run $i: no window; its log:"; cat "$log" >&2; stop_session "$pid"; return 1
    fi
    sleep 0.02
  done
  tw=$(now_ms)
  for _ in $(seq 1 200); do grep -q '^first-printer-row ' "$trace" && break; sleep 0.05; done
  rowms=$(awk -v t0="$t0" '$1 == "first-printer-row" { print $2 - t0 }' "$trace")
  sleep $(echo "3 - ($(now_ms) - $tw) / 1000" | bc -l | awk '{ print ($1 > 0 ? $1 : 0) }')
  rss=$(rss_kb "$pid")
  [ -n "${BENCH_SHOT:-}" ] && import -display "$DISPLAY" -window root "$BENCH_SHOT-$name.png" 2>/dev/null
  stop_session "$pid"
  [ -n "$rowms" ] || { say "$name run $i: no first-printer-row mark"; rowms=NaN; }
  printf '%s %.3f %s %.1f\n' "$name" "$(echo "($tw - $t0) / 1000" | bc -l)" \
    "$( [ "$rowms" = NaN ] && echo NaN || printf '%.3f' "$(echo "$rowms / 1000" | bc -l)")" "$(echo "$rss / 1024" | bc -l)" \
    | tee -a "$WORK/results"
  { echo "# $name run $i, launched at $t0"; cat "$trace"; } >>"$WORK/traces"
  sleep 1
}

echo "== start-up bench: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "system-config-printer $(dpkg-query -W -f='${Version}' system-config-printer) (python $(/usr/bin/python3 -V 2>&1 | cut -d' ' -f2))"
echo "cupola: $CUPOLA_CMD ${CUPOLA_BENCH_VMARGS:-}"
echo "private cupsd 127.0.0.1:$port (5 queues), Xvfb $DISPLAY, $RUNS runs each, alternating; one warm-up run each not"
echo "counted (for Cupola on Java >= 25 it is the first start, which records the AOT cache the later ones load)"
: >"$WORK/results"
run_one scp 0 >/dev/null; run_one cupola 0 >/dev/null; : >"$WORK/results"
echo "program window-s first-row-s rss-MB"
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) = 1 ]; then run_one scp "$i"; run_one cupola "$i"; else run_one cupola "$i"; run_one scp "$i"; fi
done
med() { # name column -> median
  awk -v n="$1" -v c="$2" '$1 == n && $c != "NaN" { print $c }' "$WORK/results" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "NaN"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NaN" || b == "NaN" || b == 0) print "NaN"; else printf "%.2f", a / b }'; }
echo
printf '%-26s %10s %10s %7s\n' "median of $RUNS" "s-c-p" "Cupola" "ratio"
fail=0
for m in "window shown (s):2" "first printer row (s):3" "RSS 3 s later (MB):4"; do
  label="${m%%:*}"; col="${m##*:}"
  a=$(med scp "$col"); b=$(med cupola "$col"); r=$(ratio "$b" "$a")
  printf '%-26s %10s %10s %7s\n' "$label" "$a" "$b" "$r"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); raw runs and in-process traces: $WORK/results, $WORK/traces"

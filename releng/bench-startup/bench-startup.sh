#!/usr/bin/env bash
# ./dev bench-startup: start-up of system-config-printer (Debian's 1.5.18) and of Cupola, alternately in ONE run,
# against the same private cupsd (releng/cups-sandbox, five queues) on a private Xvfb, beside three floors: what a
# program built like Cupola costs before its first window, whatever it then does (floor.sh; BENCH_FLOORS=0 leaves
# them out). For each program and run:
#   window   seconds from the launch until its main window is visible (xdotool polled every 20 ms, from outside)
#   row      seconds until the first printer row is painted (in-process marks: Cupola's -Dcupola.startupTrace, the
#            same marks for system-config-printer through scp-traced.py, which runs it unchanged; floors have none)
#   rss      resident memory of the program's processes (not its private D-Bus, not the accessibility bus it may
#            start) 3 s after the window showed
# Prints every run, then the medians and the ratios to system-config-printer. Runs as root (cupsd needs PAM);
# installs what it lacks (system-config-printer --no-install-recommends, python3-cups, xdotool, Xvfb, CUPS).
# Environment: BENCH_RUNS (5) CUPOLA_CMD (the built product's cupola script; e.g. /usr/bin/cupola for the package)
#   BENCH_PORT (first free from 18631) BENCH_DIR (/tmp/cupola-bench-startup) CUPOLA_BENCH_VMARGS (extra VM args)
#   BENCH_FLOORS (1) BENCH_FLOOR_PRODUCT (the product the floors are built into; default: the built product)
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
PROGRAMS=(scp cupola)
if [ "${BENCH_FLOORS:-1}" != 0 ]; then
  FLOOR_PRODUCT="${BENCH_FLOOR_PRODUCT:-$ROOT/releng/org.cupola.product/target/products/org.cupola.product/linux/gtk/x86_64/cupola}"
  [ -x "$FLOOR_PRODUCT/cupola" ] || { say "no product at $FLOOR_PRODUCT for the floors (./dev build, BENCH_FLOOR_PRODUCT, or BENCH_FLOORS=0)"; exit 2; }
  PROGRAMS+=(java-swt osgi-swt workbench)
fi

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
[ "${BENCH_FLOORS:-1}" = 0 ] || bash "$HERE/floor.sh" "$FLOOR_PRODUCT" "$WORK/floor"
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
  local name="$1" i="$2" trace="$WORK/trace-$1-$2" log="$WORK/log-$1-$2" user="$WORK/user-$1" title t0 tw pid rowms rss
  : >"$trace"
  t0=$(now_ms)
  # Cupola and the floors in the product: a persistent configuration area, private config/state/cache dirs (after
  # the warm-up run, a warm start with its own AOT cache)
  local xdg=(XDG_CACHE_HOME="$user/xdg-cache" XDG_CONFIG_HOME="$user/xdg-config" XDG_STATE_HOME="$user/xdg-state")
  local areas=(-configuration "$user/configuration" -data "$user/workspace")
  case "$name" in
    scp)
      title='^Print Settings'
      CUPS_SERVER="127.0.0.1:$port" SCP_TRACE="$trace" setsid dbus-run-session -- /usr/bin/python3 "$HERE/scp-traced.py" >"$log" 2>&1 & ;;
    cupola)
      title='^Cupola'
      env "${xdg[@]}" CUPOLA_STARTUP_TRACE="$trace" JDK_JAVA_OPTIONS="-Dcupola.config.dir=$user/config -Dcupola.state.dir=$user/state -Dcupola.cache.dir=$user/cache ${CUPOLA_BENCH_VMARGS:-}" \
        setsid "$CUPOLA_CMD" -server "127.0.0.1:$port" "${areas[@]}" >"$log" 2>&1 & ;;
    java-swt)
      title='^Floor SWT ?$'
      setsid "$WORK/floor/java-swt/run" >"$log" 2>&1 & ;;
    osgi-swt|workbench)
      if [ "$name" = workbench ]; then title='^Floor workbench'; else title='^Floor SWT in'; fi
      env "${xdg[@]}" JDK_JAVA_OPTIONS="-Dcupola.config.dir=$user/config -Dcupola.state.dir=$user/state -Dcupola.cache.dir=$user/cache" \
        setsid "$WORK/floor/$name" "${areas[@]}" >"$log" 2>&1 & ;;
  esac
  pid=$!
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(now_ms) - t0 )) -gt 60000 ]; then
      say "$name run $i: no window; its log:"; cat "$log" >&2; stop_session "$pid"; return 1
    fi
    sleep 0.02
  done
  tw=$(now_ms)
  case "$name" in scp|cupola) for _ in $(seq 1 200); do grep -q '^first-printer-row ' "$trace" && break; sleep 0.05; done ;; esac
  rowms=$(awk -v t0="$t0" '$1 == "first-printer-row" { print $2 - t0 }' "$trace")
  sleep $(echo "3 - ($(now_ms) - $tw) / 1000" | bc -l | awk '{ print ($1 > 0 ? $1 : 0) }')
  rss=$(rss_kb "$pid")
  [ -n "${BENCH_SHOT:-}" ] && import -display "$DISPLAY" -window root "$BENCH_SHOT-$name.png" 2>/dev/null
  stop_session "$pid"
  [ -n "$rowms" ] || { case "$name" in scp|cupola) say "$name run $i: no first-printer-row mark" ;; esac; rowms=NaN; }
  printf '%s %.3f %s %.1f\n' "$name" "$(echo "($tw - $t0) / 1000" | bc -l)" \
    "$( [ "$rowms" = NaN ] && echo NaN || printf '%.3f' "$(echo "$rowms / 1000" | bc -l)")" "$(echo "$rss / 1024" | bc -l)" \
    | tee -a "$WORK/results"
  { echo "# $name run $i, launched at $t0"; cat "$trace"; } >>"$WORK/traces"
  sleep 1
}

echo "== start-up bench: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "system-config-printer $(dpkg-query -W -f='${Version}' system-config-printer) (python $(/usr/bin/python3 -V 2>&1 | cut -d' ' -f2))"
echo "cupola: $CUPOLA_CMD ${CUPOLA_BENCH_VMARGS:-}"
echo "floors: ${PROGRAMS[*]:2} (releng/bench-startup/floor.sh, in ${FLOOR_PRODUCT:-none})"
echo "private cupsd 127.0.0.1:$port (5 queues), Xvfb $DISPLAY, $RUNS runs each, alternating; one warm-up run each not"
echo "counted (for Cupola on Java >= 25 it is the first start, which records the AOT cache the later ones load)"
: >"$WORK/results"
for p in "${PROGRAMS[@]}"; do run_one "$p" 0 >/dev/null; done
: >"$WORK/results"
echo "program window-s first-row-s rss-MB"
n=${#PROGRAMS[@]}
for i in $(seq 1 "$RUNS"); do # each run starts with another program, and every other run goes backwards
  for k in $(seq 0 $((n - 1))); do
    if [ $((i % 2)) = 1 ]; then j=$(( (i + k) % n )); else j=$(( (i - k + 2 * n) % n )); fi
    run_one "${PROGRAMS[$j]}" "$i"
  done
done
med() { # name column -> median
  awk -v n="$1" -v c="$2" '$1 == n && $c != "NaN" { print $c }' "$WORK/results" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "NaN"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NaN" || b == "NaN" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
label() { case "$1" in scp) echo "system-config-printer" ;; cupola) echo "Cupola" ;; java-swt) echo "floor: Java + SWT window" ;;
  osgi-swt) echo "floor: same in Equinox" ;; workbench) echo "floor: empty workbench" ;; esac; }
echo
printf '%-26s %9s %7s %9s %7s %9s %7s\n' "median of $RUNS" "window s" "ratio" "row s" "ratio" "RSS MB" "ratio"
for p in "${PROGRAMS[@]}"; do
  w=$(med "$p" 2); r=$(med "$p" 3); m=$(med "$p" 4)
  printf '%-26s %9s %7s %9s %7s %9s %7s\n' "$(label "$p")" "$w" "$(ratio "$w" "$(med scp 2)")" \
    "$( [ "$r" = NaN ] && echo - || echo "$r")" "$(ratio "$r" "$(med scp 3)")" "$m" "$(ratio "$m" "$(med scp 4)")"
done
echo "(ratios: to system-config-printer; floors: what a Java/SWT, an Equinox and an Eclipse workbench program costs"
echo " before its first window on this machine with Cupola's JVM options, AOT cache and bundles; see docs/PERFORMANCE.md)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); raw runs and in-process traces: $WORK/results, $WORK/traces"

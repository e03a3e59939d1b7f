#!/bin/sh
# Cupola from the Debian package: starts one of jpackage's native launchers in /opt/cupola/bin.
#   cupola                     the GUI (program arguments such as -server HOST:PORT pass through)
#   cupola diagnose ...        the headless troubleshooter ('cupola diagnose --help')
#   cupola export|diff|apply   site descriptions, one server or many ('cupola export --help')
#   cupola certificates ...    list, trust or forget server certificates
# The GUI uses a per-user AOT cache in $XDG_CACHE_HOME/cupola (default ~/.cache/cupola): the first start records it
# (written when Cupola exits), later starts load it; CUPOLA_AOT=0 turns it off. docs/PERFORMANCE.md "Start-up".
set -e
BIN=/opt/cupola/bin
BUILD=@BUILD@
case "${1:-}" in
  diagnose|export|diff|apply) exec "$BIN/cupola-diagnose" "$@" ;;
  certificates) shift; exec "$BIN/cupola-certificates" "$@" ;;
esac
[ "${CUPOLA_AOT:-1}" != 0 ] || exec "$BIN/cupola" "$@"
case "${XDG_CACHE_HOME:-}" in /*) dir="$XDG_CACHE_HOME/cupola" ;; *) dir="${HOME:-/nonexistent}/.cache/cupola" ;; esac
aot="$dir/deb-$BUILD.aot"
if [ -s "$aot" ]; then export CUPOLA_AOT_CACHE="$aot"; exec "$BIN/cupola" "$@"; fi
{ mkdir -p "$dir" && [ -w "$dir" ]; } 2>/dev/null || exec "$BIN/cupola" "$@"
rm -f "$dir"/deb-*.aot 2>/dev/null || true # caches of other builds of the package
find "$dir" -maxdepth 1 -name 'deb-*.aot.*.tmp*' -mtime +0 -delete 2>/dev/null || true # interrupted recordings
export CUPOLA_AOT_RECORD="$aot.$$.tmp"
"$BIN/cupola-aot-record" "$@" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null' TERM INT HUP
rc=0
while :; do
  if wait $pid; then rc=0; else rc=$?; fi
  kill -0 $pid 2>/dev/null || break
done
# only a start that ran publishes its cache (exit 0 or ended by a signal); a failed one (no display) loaded a
# fraction of the classes, and its cache would slow every later start
case $rc in 0|129|130|143) ok=1 ;; *) ok=0 ;; esac
if [ $ok = 1 ] && [ -s "$CUPOLA_AOT_RECORD" ]; then mv -f "$CUPOLA_AOT_RECORD" "$aot"; else rm -f "$CUPOLA_AOT_RECORD"; fi
rm -f "$CUPOLA_AOT_RECORD.config"
exit $rc

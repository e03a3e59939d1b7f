#!/bin/bash
# Cupola's private CUPS fixture (adapted from the team's verified sandbox).
# Start a private, loopback-only cupsd (+ an ippeveprinter virtual IPP Everywhere printer)
# under $CUPS_SANDBOX_DIR. Must run as root (cupsd needs root for PAM/shadow and to drop to "lp").
# Usage: start.sh            (env: CUPS_SANDBOX_DIR CUPS_PORT IPPEVE_PORT CUPS_ADMIN_USER CUPS_ADMIN_PASSWORD)
# Prints shell "export" lines describing the sandbox on stdout (also written to $DIR/env).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${CUPS_SANDBOX_DIR:-/tmp/cups-sandbox}"
PORT="${CUPS_PORT:-8631}"
IPPEVE_PORT="${IPPEVE_PORT:-8632}"
ADMIN_USER="${CUPS_ADMIN_USER:-cupsadmin}"
ADMIN_PASSWORD="${CUPS_ADMIN_PASSWORD:-cupsadmin-pw}"
PLAIN_USER="${CUPS_PLAIN_USER:-cupsuser}"          # valid PAM user NOT in lpadmin -> 403 on admin ops
PLAIN_PASSWORD="${CUPS_PLAIN_PASSWORD:-cupsuser-pw}"
READY_TIMEOUT="${CUPS_READY_TIMEOUT:-15}"
# A "remote" server (run this script with "ip netns exec NS"): extra Listen lines (addresses or a domain socket path),
# extra "Allow from" networks, DefaultEncryption, ServerName, and whether cupsd may create a self-signed certificate.
EXTRA_LISTEN="${CUPS_EXTRA_LISTEN:-}"
ALLOW_FROM="${CUPS_ALLOW_FROM:-}"
ENCRYPTION="${CUPS_ENCRYPTION:-Never}"
SERVER_NAME="${CUPS_SERVER_NAME:-127.0.0.1}"
SELF_SIGNED="${CUPS_SELF_SIGNED_CERTS:-yes}"
# CUPS_DOMAIN_SOCKET=1: also listen on DIR/cups.sock (local administration through PeerCred; cupsd accepts
# "PeerCred USER" only from a peer with USER's uid, so a test running as root sets CUPS_SYSTEM_GROUP="lpadmin root")
[ "${CUPS_DOMAIN_SOCKET:-0}" = 1 ] && EXTRA_LISTEN+=" $DIR/cups.sock"

log() { echo "start.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root"
for b in /usr/sbin/cupsd ipptool ippeveprinter lpstat dbus-daemon curl bc; do
  command -v "$b" >/dev/null || die "$b missing - run install-deps.sh"
done
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$PORT" && die "port $PORT on 127.0.0.1 is already in use"
port_busy "$IPPEVE_PORT" && die "port $IPPEVE_PORT on 127.0.0.1 is already in use"
[ -e "$DIR/cupsd.pid" ] && kill -0 "$(cat "$DIR/cupsd.pid")" 2>/dev/null && die "sandbox already running in $DIR"

# --- admin user: member of lpadmin (= @SYSTEM), password checked by PAM/pam_unix ---
getent group lpadmin >/dev/null || groupadd --system lpadmin
if ! id "$ADMIN_USER" >/dev/null 2>&1; then
  useradd --no-create-home --shell /usr/sbin/nologin --groups lpadmin "$ADMIN_USER"
fi
id -nG "$ADMIN_USER" | tr ' ' '\n' | grep -x lpadmin >/dev/null || usermod -aG lpadmin "$ADMIN_USER"
echo "$ADMIN_USER:$ADMIN_PASSWORD" | chpasswd
id "$PLAIN_USER" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$PLAIN_USER"
echo "$PLAIN_USER:$PLAIN_PASSWORD" | chpasswd

# --- directories: lp (the filter/backend user) must be able to traverse them ---
rm -rf "$DIR"
mkdir -p "$DIR"/{etc/ppd,etc/ssl,run,cache,spool/tmp,log,ippeve}
chmod 0755 "$DIR" "$DIR"/{etc,run,cache,log,ippeve}
chmod 0710 "$DIR/spool"; chgrp lp "$DIR/spool"
chmod 1770 "$DIR/spool/tmp"; chgrp lp "$DIR/spool/tmp"
listen_lines=""; for l in $EXTRA_LISTEN; do listen_lines+="Listen $l\\n"; done
allow_lines=""; for a in $ALLOW_FROM; do allow_lines+="  Allow from $a\\n"; done
sed -e "s|@DIR@|$DIR|g" -e "s|@PORT@|$PORT|g" -e "s|@LOGLEVEL@|${CUPS_LOG_LEVEL:-debug}|g" \
    -e "s|@ENCRYPTION@|$ENCRYPTION|g" -e "s|@SHARED@|${CUPS_DEFAULT_SHARED:-No}|g" -e "s|@SERVERNAME@|$SERVER_NAME|g" \
    -e "s|^PreserveJobFiles No\$|PreserveJobFiles ${CUPS_PRESERVE_JOB_FILES:-No}|" \
    -e "s|^#@EXTRA_LISTEN@\$|$listen_lines|" -e "s|^#@ALLOW_FROM@\$|$allow_lines|" "$HERE/cupsd.conf.in" > "$DIR/etc/cupsd.conf"
sed -e "s|@DIR@|$DIR|g" -e "s|@PORT@|$PORT|g" -e "s|@SELFSIGNED@|$SELF_SIGNED|g" -e "s|@SYSTEMGROUP@|${CUPS_SYSTEM_GROUP:-lpadmin}|g" "$HERE/cups-files.conf.in" > "$DIR/etc/cups-files.conf"
# ServerKeychain: cupsd (root) writes its self-signed certificate here; lp reads it
chown root:lp "$DIR/etc/ssl"; chmod 0770 "$DIR/etc/ssl"
# mime type/convs rules come from DataDir (/usr/share/cups/mime); nothing else needed in ServerRoot
# snmp.conf: belt and braces - if an snmp backend ever runs, it only probes loopback
printf 'Address 127.0.0.1\nCommunity public\n' >"$DIR/etc/snmp.conf"
echo "${CUPS_SLOW_BACKEND_SECONDS:-3}" >"$DIR/etc/slow-backend-seconds"
# RESTORE_ETC=DIR: bring back the queues of an earlier run (printers.conf, classes.conf, ppd/) - used to
# restart a sandbox after a crash test without creating the queues again
if [ -n "${RESTORE_ETC:-}" ] && [ -d "$RESTORE_ETC" ]; then
  for f in printers.conf classes.conf subscriptions.conf; do [ -f "$RESTORE_ETC/$f" ] && cp -p "$RESTORE_ETC/$f" "$DIR/etc/"; done
  [ -d "$RESTORE_ETC/ppd" ] && cp -p "$RESTORE_ETC/ppd/"* "$DIR/etc/ppd/" 2>/dev/null || true
fi

# --- private ServerBin: the packaged filters/daemons, but a curated backend/ and an empty driver/ ---
# Left out on purpose (they probe the network): snmp (SNMP broadcast on every interface),
# dnssd/mdns/driverless/driverless-fax (mDNS), implicitclass (cups-browsed). driver/ is empty
# so CUPS-Get-PPDs does not run "driverless list" (mDNS browse).
SB="$DIR/serverbin"
mkdir -p "$SB/backend" "$SB/driver"
for d in cgi-bin daemon monitor notifier; do ln -s "/usr/lib/cups/$d" "$SB/$d"; done
# filter/: the packaged filters plus test filters that fail (sandboxfail exits 1, sandboxcrash dies on SIGSEGV)
mkdir -p "$SB/filter"
for f in /usr/lib/cups/filter/*; do ln -s "$f" "$SB/filter/"; done
install -m 0755 "$HERE/filters/sandboxfail" "$HERE/filters/sandboxcrash" "$SB/filter/"
for b in ipp ipps http https socket lpd usb parallel serial beh cups-pdf; do
  [ -e "/usr/lib/cups/backend/$b" ] && ln -s "/usr/lib/cups/backend/$b" "$SB/backend/$b"
done
install -m 0755 "$HERE/backends/sandbox" "$HERE/backends/sandboxslow" "$SB/backend/"
# sandboxauth: a device that needs credentials (jobs are held for auth-info-required until CUPS-Authenticate-Job)
install -m 0755 "$HERE/backends/sandboxauth" "$SB/backend/"
install -m 0755 "$HERE/backends/sandboxjam" "$SB/backend/" # fails and reports media-empty (issue 12)
chmod 0755 "$SB" "$SB/backend" "$SB/driver" "$SB/filter"

CUPSD=(/usr/sbin/cupsd -c "$DIR/etc/cupsd.conf" -s "$DIR/etc/cups-files.conf")
"${CUPSD[@]}" -t >"$DIR/log/cupsd-t.log" 2>&1 || { cat "$DIR/log/cupsd-t.log" >&2; die "cupsd -t failed"; }

# --- cupsd in the foreground (-f), detached into its own session so the caller can exit ---
# DBUS_SYSTEM_BUS_ADDRESS -> nowhere: keeps this cupsd off the system D-Bus (no colord profiles shared
# between sandboxes/system, no com.redhat.PrinterSpooler signals). CUPS_SANDBOX_SYSTEM_DBUS=1 to allow it.
DBUS_ENV=(DBUS_SYSTEM_BUS_ADDRESS="unix:path=$DIR/run/no-system-bus")
[ "${CUPS_SANDBOX_SYSTEM_DBUS:-0}" = 1 ] && DBUS_ENV=()
setsid env "${DBUS_ENV[@]}" "${CUPSD[@]}" -f >"$DIR/log/cupsd.stdout" 2>&1 </dev/null &
echo $! >"$DIR/cupsd.pid"

# --- private D-Bus for ippeveprinter: CUPS 2.4.2's ippeveprinter calls avahi_client_new() even with "-r off"
#     and exits with "Error: Unable to initialize DNS-SD." when there is no system bus at all (clean
#     machine/chroot without a running dbus-daemon). A private bus satisfies it; nothing is registered
#     ("Ignored Avahi state 101" = waiting for an avahi-daemon that never comes). Also isolates it from
#     a host avahi-daemon. Needs package dbus-daemon.
cat >"$DIR/etc/dbus-private.conf" <<DBUSCONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$DIR/run/dbus.sock</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
DBUSCONF
setsid dbus-daemon --config-file="$DIR/etc/dbus-private.conf" --nofork --nopidfile >"$DIR/log/dbus.log" 2>&1 </dev/null &
echo $! >"$DIR/dbus.pid"
for _ in $(seq 1 100); do [ -S "$DIR/run/dbus.sock" ] && break; sleep 0.02; done
[ -S "$DIR/run/dbus.sock" ] || { cat "$DIR/log/dbus.log" >&2; die "private dbus-daemon did not start"; }

# --- ippeveprinter: IPP Everywhere virtual printer, DNS-SD off (-r off), keeps files (-k),
#     "-c /bin/true" = job done as soon as received (without -c it simulates 5-15 s of printing) ---
setsid env DBUS_SYSTEM_BUS_ADDRESS="unix:path=$DIR/run/dbus.sock" ippeveprinter -p "$IPPEVE_PORT" -n localhost -r off -k -d "$DIR/ippeve" \
  -f application/pdf,image/pwg-raster,image/urf,image/jpeg -F application/pdf \
  -M Sandbox -m "Virtual IPP Everywhere" -l "loopback" -2 -c /bin/true \
  sandbox-ipp >"$DIR/log/ippeveprinter.log" 2>&1 </dev/null &
echo $! >"$DIR/ippeveprinter.pid"

# --- readiness: the scheduler answers IPP (lpstat -r does CUPS-Get-Default-ish check) ---
t0=$(date +%s.%N)
deadline=$(( $(date +%s) + READY_TIMEOUT ))
until lpstat -h "127.0.0.1:$PORT" -r 2>/dev/null | grep "is running" >/dev/null; do
  kill -0 "$(cat "$DIR/cupsd.pid")" 2>/dev/null || { cat "$DIR/log/cupsd.stdout" "$DIR/log/error_log" >&2 2>/dev/null; die "cupsd exited"; }
  [ "$(date +%s)" -lt "$deadline" ] || die "cupsd not ready after ${READY_TIMEOUT}s"
  sleep 0.05
done
until ipptool -q -T 2 "ipp://127.0.0.1:$IPPEVE_PORT/ipp/print" get-printer-attributes.test 2>/dev/null; do
  kill -0 "$(cat "$DIR/ippeveprinter.pid")" 2>/dev/null || { cat "$DIR/log/ippeveprinter.log" >&2; die "ippeveprinter exited"; }
  [ "$(date +%s)" -lt "$deadline" ] || die "ippeveprinter not ready after ${READY_TIMEOUT}s"
  sleep 0.05
done
log "ready in $(echo "$(date +%s.%N) - $t0" | bc) s (cupsd pid $(cat "$DIR/cupsd.pid"), ippeveprinter pid $(cat "$DIR/ippeveprinter.pid"), dbus-daemon pid $(cat "$DIR/dbus.pid"))"

cat >"$DIR/env" <<ENV
export CUPS_SANDBOX_DIR=$DIR
export CUPS_SANDBOX_PORT=$PORT
export CUPS_SANDBOX_URI=ipp://127.0.0.1:$PORT
export CUPS_SANDBOX_ADMIN_USER=$ADMIN_USER
export CUPS_SANDBOX_ADMIN_PASSWORD=$ADMIN_PASSWORD
export CUPS_SANDBOX_PLAIN_USER=$PLAIN_USER
export CUPS_SANDBOX_PLAIN_PASSWORD=$PLAIN_PASSWORD
export IPPEVE_URI=ipp://127.0.0.1:$IPPEVE_PORT/ipp/print
ENV
cat "$DIR/env"

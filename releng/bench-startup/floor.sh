#!/usr/bin/env bash
# releng/bench-startup/floor.sh PRODUCT_DIR OUT_DIR: prepares the start-up floors ./dev bench-startup measures beside
# system-config-printer and Cupola (docs/PERFORMANCE.md "Start-up"): what a program built like Cupola costs before
# its first window shows, with Cupola's own JVM options and AOT cache. Builds floor/ (bench only, never shipped) and
# writes three launchers into OUT_DIR:
#   java-swt   plain Java + SWT, no OSGi: a window with a five-row table
#   osgi-swt   the same window as an Equinox application inside a copy of Cupola's product (same bundles, same
#              config.ini, the product's cupola script: framework start, start-level bundles, registry counted)
#   workbench  an empty Eclipse workbench window (empty perspective, status line) inside that copy
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PRODUCT="$(cd "$1" && pwd)"; OUT="$2"
rm -rf "$OUT"; mkdir -p "$OUT/classes" "$OUT/java-swt"
java_ge() { # a java binary, a feature version -> ok when the runtime's release file says at least that
  local r; r="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  [ -x "$1" ] && [ -f "$r" ] && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$r")" -ge "$2" ] 2>/dev/null
}
JAVA=""
for c in "${CUPOLA_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$c" ] && java_ge "$c" 25 && { JAVA="$(readlink -f "$c")"; break; }
done
[ -n "$JAVA" ] || { echo "floor.sh: needs a Java 25 JDK (javac, AOT cache)" >&2; exit 2; }
JDK="$(dirname "$(dirname "$JAVA")")"
cp_all=$(printf '%s:' "$PRODUCT"/plugins/*.jar)
"$JDK/bin/javac" -nowarn -proc:none --release 21 -d "$OUT/classes" -cp "$cp_all" "$HERE"/floor/src/org/cupola/bench/floor/*.java
cp "$HERE/floor/plugin.xml" "$OUT/classes/"
"$JDK/bin/jar" --create --file "$OUT/org.cupola.bench.floor_1.0.0.jar" --manifest "$HERE/floor/MANIFEST.MF" -C "$OUT/classes" .

# the product copy: hard links, except the files that change (replaced, never written through a link)
cp -al "$PRODUCT" "$OUT/product"
cp "$OUT/org.cupola.bench.floor_1.0.0.jar" "$OUT/product/plugins/"
info="$OUT/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
{ cat "$info"; echo "org.cupola.bench.floor,1.0.0,plugins/org.cupola.bench.floor_1.0.0.jar,4,false"; } >"$info.new"
rm -f "$info"; mv "$info.new" "$info"

# plain Java + SWT: the SWT jars unsigned (an AOT cache skips the classes of signed jars), the same options as the
# cupola script; the first start records the AOT cache, later starts load it
app_jar=$(ls "$PRODUCT"/plugins/org.cupola.app_*.jar | tail -n 1)
swt_cp=""
for j in "$PRODUCT"/plugins/org.eclipse.swt_*.jar "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar; do
  u="$OUT/java-swt/$(basename "$j")"
  "$JAVA" -cp "$app_jar" org.cupola.app.launch.UnsignedJar "$j" "$u"
  swt_cp="$swt_cp$u:"
done
cat >"$OUT/java-swt/run" <<RUN
#!/usr/bin/env bash
aot="$OUT/java-swt/floor.aot"
opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m -Xms64m -Xmx1g --enable-native-access=ALL-UNNAMED -Xlog:aot=off -Xlog:cds=off)
if [ -s "\$aot" ]; then opts+=("-XX:AOTCache=\$aot"); else opts+=("-XX:AOTCacheOutput=\$aot"); fi
exec "$JAVA" "\${opts[@]}" -cp "$swt_cp$OUT/classes" org.cupola.bench.floor.FloorWindow
RUN
chmod +x "$OUT/java-swt/run"
printf '#!/bin/sh\nexec "%s/product/cupola" -application org.cupola.bench.floor.swt "$@"\n' "$OUT" >"$OUT/osgi-swt"
printf '#!/bin/sh\nexec "%s/product/cupola" -application org.cupola.bench.floor.workbench "$@"\n' "$OUT" >"$OUT/workbench"
chmod +x "$OUT/osgi-swt" "$OUT/workbench"

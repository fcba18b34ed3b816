#!/usr/bin/env bash
# Takes the console's screenshots: starts a virtual screen (Xvfb, 1440x900), launches the console on a
# fresh temporary data directory with the real embedded engine, and lets the console walk its own wizard on
# the bundled credit-g data (-Dsightline.screenshotTour), saving a PNG of its window at each step:
#   wizard-1-upload.png  wizard-2-train.png  wizard-3-results.png  wizard-3-results-dark.png  wizard-4-deploy.png
#   then the data scientist's tabs: scientist-datasets.png  scientist-runs.png  scientist-models.png
# The console takes the pictures itself (Scene.snapshot) because only it knows when a step is ready.
# Needs: xvfb, libgtk-3-0, a JDK >= 21, Maven. Usage: docs/screenshots/take-screenshots.sh [budget-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/docs/screenshots"
budget="${1:-60}"

if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}/bin/java"
java_major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
jdk_flags=()
if [ "${java_major:-21}" -ge 24 ]; then
  # JavaFX, XGBoost and protobuf use native access and sun.misc.Unsafe; newer JDKs warn about both
  jdk_flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi

work="$(mktemp -d -t sightline-screenshots.XXXXXX)"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A display nobody uses: no lock file and no socket.
display=""
for n in $(seq 90 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "No free X display between :90 and :199." >&2; exit 1; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }

echo "Building the console and its class path…"
# With -am every module writes the class-path file in turn; the console comes last, so its list stays.
mvn -B -q -pl app -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
classpath="app/target/classes:$(cat "$work/classpath.txt")"

rm -f "$out"/wizard-*.png "$out"/scientist-*.png
echo "Walking the wizard on $display (training budget ${budget} s)…"
DISPLAY="$display" OMP_NUM_THREADS=1 timeout 900 "$java" \
  "${jdk_flags[@]}" -Xmx3g -Dprism.order=sw \
  -Djava.util.prefs.userRoot="$work/preferences" \
  -Dsightline.dataDir="$work/data" \
  -Dsightline.trainingBudgetSeconds="$budget" \
  -Dsightline.screenshotTour="$out" \
  -cp "$classpath" io.sightline.app.Launcher

missing=0
for shot in wizard-1-upload wizard-2-train wizard-3-results wizard-3-results-dark wizard-4-deploy \
            scientist-datasets scientist-runs scientist-models; do
  if [ -s "$out/$shot.png" ]; then echo "  $out/$shot.png"; else echo "  missing: $shot.png" >&2; missing=1; fi
done
exit "$missing"

#!/usr/bin/env bash
# Takes the console's screenshots: starts a virtual screen (Xvfb, 1440x900), launches the console on a
# fresh temporary data directory with the real embedded engine, and lets the console walk its own wizard on
# the bundled credit-g data (-Dsightline.screenshotTour), saving a PNG of its window at each step:
#   wizard-1-upload.png  wizard-2-train.png  wizard-3-results.png  wizard-3-results-dark.png  wizard-4-deploy.png
#   then the data scientist's tabs: scientist-datasets.png  scientist-runs.png  scientist-models.png
#   then the shell's pages: platforms.png  system-health.png
# Then it starts a Sightline server (serve, with a token) on a free loopback port, remembers it in a fresh
# preferences store as the platform to connect to, and walks the same tour through it; those pictures are
# prefixed "remote-" (remote-wizard-3-results.png, remote-platforms.png, …).
# Last, it opens the demo on a fresh home folder (the simulated marketplace, its model trained and deployed
# by the real engine) and lets it run at 100×: demo-risk-operations.png, demo-executive.png, the MLOps
# engineer's tabs (demo-mlops-deployments.png, demo-mlops-policy.png, demo-mlops-drift.png,
# demo-mlops-alert-rules.png), demo-system-health.png; then triggers the challenger release and pictures its
# canary part-way (demo-mlops-canary.png), the A/B test's verdict (demo-mlops-ab-test.png) and the bandit's
# shares once it leads (demo-mlops-bandit.png); runs a load test from the Capacity page and pictures its curve
# and knee (demo-mlops-capacity.png); runs the release flow (flow 1) on a newly trained challenger and pictures the
# Flows tab while it runs (demo-flow-running.png), while its approval waits (demo-flow-approval.png), finished
# (demo-flow-finished.png) and with a gate's details (demo-flow-gate.png), then a run whose metric gate fails and
# takes the rollback branch (demo-flow-rollback.png), then the real-time endpoint flow finding its knee
# (demo-flow-endpoint-running.png) and finished (demo-flow-endpoint-finished.png); then flow 2, a request to use
# the demo's model in another project, waiting for the owner's approval (demo-flow-cross-approval.png) and
# finished (demo-flow-cross-finished.png); then flow 4, the assets' example ONNX model imported under a new name
# (demo-flow-import-finished.png; it takes under a second) and the release it hands the version to
# (demo-flow-import-release.png); a frame at each step change of
# the first flow becomes the animated capture demo-flow.gif (ImageMagick); then triggers the upstream data bug and waits for its alert:
# demo-alert.png.
# Usage: docs/screenshots/take-screenshots.sh [budget-seconds] [local] [remote] [demo]   (default: all three)
# The console takes the pictures itself (Scene.snapshot) because only it knows when a step is ready.
# Needs: xvfb, libgtk-3-0, a JDK >= 21, Maven. Usage: docs/screenshots/take-screenshots.sh [budget-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/docs/screenshots"
budget="${1:-60}"
passes="${*:2}"
passes="${passes:-local remote demo}"
wants() { [[ " $passes " == *" $1 "* ]]; }

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
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
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

if wants local; then
  rm -f "$out"/wizard-*.png "$out"/scientist-*.png "$out"/platforms.png "$out"/system-health.png
  echo "Walking the wizard on $display (training budget ${budget} s)…"
  DISPLAY="$display" OMP_NUM_THREADS=1 timeout 900 "$java" \
    "${jdk_flags[@]}" -Xmx3g -Dprism.order=sw \
    -Djava.util.prefs.userRoot="$work/preferences" \
    -Dsightline.dataDir="$work/data" \
    -Dsightline.trainingBudgetSeconds="$budget" \
    -Dsightline.screenshotTour="$out" \
    -cp "$classpath" io.sightline.app.Launcher
fi

if wants remote; then
  rm -f "$out"/remote-*.png
  echo "Starting a server and walking the tour again through it…"
  sightline=("$java" "${jdk_flags[@]}" -cp "$classpath" io.sightline.engine.cli.SightlineCommand --data-dir "$work/server")
  token="$("${sightline[@]}" token create --user screenshots 2>/dev/null | tail -n 1)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  OMP_NUM_THREADS=1 "${sightline[@]}" serve --port "$port" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null || { echo "The server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
  cat >"$work/RememberServer.java" <<'JAVA'
  import io.sightline.app.shell.connect.PlatformProfiles;
  import io.sightline.app.shell.connect.RemoteProfile;
  import java.net.URI;
  import java.util.List;
  import java.util.prefs.Preferences;

  /** Saves one remote platform as the console's last choice, as the connection manager would. */
  public class RememberServer {
      public static void main(String[] args) throws Exception {
          Preferences console = Preferences.userRoot().node("io/sightline/console");
          PlatformProfiles profiles = new PlatformProfiles(console.node("platforms"));
          RemoteProfile server = new RemoteProfile("Team server", URI.create(args[0]), args[1]);
          profiles.saveRemotes(List.of(server));
          profiles.rememberChoice(server);
          console.flush();
      }
  }
JAVA
  "$java" -cp "$classpath" -Djava.util.prefs.userRoot="$work/preferences-remote" "$work/RememberServer.java" \
    "http://127.0.0.1:$port" "$token"
  DISPLAY="$display" OMP_NUM_THREADS=1 timeout 900 "$java" \
    "${jdk_flags[@]}" -Xmx3g -Dprism.order=sw \
    -Djava.util.prefs.userRoot="$work/preferences-remote" \
    -Dsightline.dataDir="$work/console-data" \
    -Dsightline.trainingBudgetSeconds="$budget" \
    -Dsightline.screenshotTour="$out" \
    -Dsightline.screenshotPrefix=remote- \
    -cp "$classpath" io.sightline.app.Launcher
fi

if wants demo; then
  rm -f "$out"/demo-*.png "$out"/demo-flow.gif; rm -rf "$out/flow-frames"
  echo "Opening the demo and letting it run at 100×…"
  DISPLAY="$display" OMP_NUM_THREADS=1 SIGHTLINE_HOME="$work/demo-home" timeout 1500 "$java" \
    "${jdk_flags[@]}" -Xmx3g -Dprism.order=sw \
    -Djava.util.prefs.userRoot="$work/preferences-demo" \
    -Dsightline.demo=true \
    -Dsightline.screenshotTour="$out" \
    -cp "$classpath" io.sightline.app.Launcher
fi

missing=0
expect() {
  if [ -s "$out/$1.png" ]; then echo "  $out/$1.png"; else echo "  missing: $1.png" >&2; missing=1; fi
}
tour="wizard-1-upload wizard-2-train wizard-3-results wizard-3-results-dark wizard-4-deploy scientist-datasets scientist-runs scientist-models platforms system-health"
if wants local; then for shot in $tour; do expect "$shot"; done; fi
if wants remote; then for shot in $tour; do expect "remote-$shot"; done; fi
if wants demo; then
  if [ -d "$out/flow-frames" ] && command -v convert >/dev/null 2>&1; then
    # each step change a frame, shown 0.8 s, the last 3 s; half size keeps the file small
    frames=("$out"/flow-frames/frame-*.png)
    convert -delay 80 "${frames[@]:0:${#frames[@]}-1}" -delay 300 "${frames[-1]}" -loop 0 -resize 50% \
      -layers Optimize "$out/demo-flow.gif"
  fi
  rm -rf "$out/flow-frames"
  for shot in risk-operations executive system-health mlops-canary mlops-ab-test mlops-bandit mlops-capacity \
      flow-running flow-approval flow-finished flow-gate flow-rollback flow-endpoint-running flow-endpoint-finished \
      alert; do expect "demo-$shot"; done
  if [ -s "$out/demo-flow.gif" ]; then echo "  $out/demo-flow.gif"; else echo "  missing: demo-flow.gif" >&2; missing=1; fi
fi
exit "$missing"

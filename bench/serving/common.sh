# Shell helpers shared by the serving benchmarks (sourced, not run): finding a JDK, stopping what was started,
# waiting for a server, and reading a process's CPU time. The caller defines say and die.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

# Sets JAVA_HOME to a JDK 21 or newer when it is not one already, and JAVA_FLAGS to what that JDK wants.
find_jdk() {
  if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                     /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
        export JAVA_HOME=$candidate
        break
      fi
    done
  fi
  [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -ge 21 ] \
    || die "no JDK 21 or newer: set JAVA_HOME"
  JAVA_FLAGS=""
  if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
    JAVA_FLAGS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
  fi
}

# On exit, stops every process in STARTED and removes WORK (both the caller's).
cleanup() {
  for pid in "${STARTED[@]}"; do stop "$pid"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Stops a process started with setsid (it leads its own process group): TERM, then KILL after 20 s.
stop() {
  local pid=$1
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
}

# Waits until $1 answers 200, while process $2 lives; $3 seconds at most, $4 its log.
wait_ready() {
  local url=$1 pid=$2 seconds=$3 log=$4
  for _ in $(seq 1 $((seconds * 5))); do
    curl -sf -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; die "the server stopped before it was ready"; }
    sleep 0.2
  done
  tail -20 "$log" >&2
  die "no answer from $url after $seconds s"
}

# CPU time (user + system, in clock ticks) used so far by process $1 and its threads.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The number after "NAME=" in the RESULT file $1.
field() { tr '\n' ' ' < "$1" | sed -n "s/.* $2=\([0-9]*\).*/\1/p"; }

# For a benchmark that starts its own server on PORT: checks the tools and the port, finds the JDK, says the
# machine's load, builds the engine and sets DATA to a fresh data folder in WORK.
prepare_server_bench() {
  command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
  command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"
  command -v mvn >/dev/null || die "Maven is missing"
  find_jdk
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then die "port $PORT is already in use: set PORT"; fi
  say "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  build_engine
  DATA=$WORK/data
}

# Builds the engine and sets CLASSPATH_MAIN to run it (WORK: the caller's scratch folder).
build_engine() {
  say "Building the engine…"
  (cd "$ROOT" && mvn -B -q -o -pl embedded-engine/server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime) >&2
  CLASSPATH_MAIN="$ROOT/embedded-engine/server/target/classes:$(cat "$WORK/classpath")"
}

# Runs the command line on the data folder DATA: sightline train …, sightline token create ….
sightline() {
  OMP_NUM_THREADS=1 "$JAVA_HOME/bin/java" $JAVA_FLAGS ${JAVA_OPTS:-} -cp "$CLASSPATH_MAIN" \
    io.sightline.engine.cli.SightlineCommand "$@" --data-dir "$DATA"
}

# Starts 'sightline serve' on PORT over DATA, waits until it is ready and sets SERVER_PID.
start_server() {
  say "Starting sightline serve…"
  OMP_NUM_THREADS=1 setsid "$JAVA_HOME/bin/java" $JAVA_FLAGS ${JAVA_OPTS:-} -cp "$CLASSPATH_MAIN" \
    io.sightline.engine.cli.SightlineCommand serve --port "$PORT" --bind 127.0.0.1 --data-dir "$DATA" \
    > "$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  STARTED+=("$SERVER_PID")
  wait_ready "http://127.0.0.1:$PORT/v2/health/ready" "$SERVER_PID" 120 "$WORK/serve.log"
}

# Calls the platform API with TOKEN: method $1, path $2 (under /api/v1), JSON body $3 (may be empty); the answer
# is left in $WORK/api.json. Dies unless the answer is 2xx.
api() {
  local method=$1 path=$2 body=$3 code
  code=$(curl -s -o "$WORK/api.json" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${body:+--data-binary "$body"} "http://127.0.0.1:$PORT/api/v1$path")
  [[ $code == 2?? ]] || { cat "$WORK/api.json" >&2; die "$method $path answered $code"; }
}

# The Open Inference Protocol request for the first row of CSV file $1 without its target column: one FP64
# [1, n] tensor ($2 = matrix) or n tensors of shape [1] ($2 = named).
oip_request() {
  "${PYTHON:-/usr/bin/python3}" - "$1" "$2" <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))
features = [(name, float(value)) for name, value in zip(rows[0], rows[1]) if name != "target"]
if sys.argv[2] == "named":
    inputs = [{"name": n, "datatype": "FP64", "shape": [1], "data": [v]} for n, v in features]
else:
    inputs = [{"name": "features", "datatype": "FP64", "shape": [1, len(features)], "data": [[v for _, v in features]]}]
print(json.dumps({"id": "bench", "inputs": inputs}))
PY
}

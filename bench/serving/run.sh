#!/usr/bin/env bash
# Serving benchmark: Sightline's Open Inference Protocol endpoint against a reference FastAPI + scikit-learn
# endpoint, both serving the same kind of model trained on breast-cancer-wisconsin (30 numeric features). Each
# server is started in turn, warmed up, then driven by wrk (2 threads, 32 connections, loopback) posting a
# one-row infer request; the script prints requests/s, p50 and p99 for both and the ratio, and stops what it
# started.
#
#   bench/serving/run.sh
#
# Sightline is measured twice: as it is, and (as a diagnostic) with predictions answered without the
# prediction log, which writes every prediction to the database.
#
# Settings (environment): DURATION (20s), WARMUP (10s), FORM (matrix: one FP64 [1, 30] tensor; named: 30
# tensors of shape [1]), JAVA_PORT (18080; the diagnostic server takes the next port), REF_PORT (18082),
# JAVA_OPTS, PYTHON (/usr/bin/python3).
# Needs a JDK 21+, Maven, and: apt-get install -y wrk python3-fastapi python3-uvicorn python3-sklearn
# (uvicorn also uses python3-uvloop and python3-httptools when they are installed).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
FORM=${FORM:-matrix}
JAVA_PORT=${JAVA_PORT:-18080}
REF_PORT=${REF_PORT:-18082}
PYTHON=${PYTHON:-/usr/bin/python3}
THREADS=2
CONNECTIONS=32
MODEL=breast-cancer
DATASET=$ROOT/assets/src/main/resources/io/sightline/assets/datasets/breast-cancer-wisconsin.csv

WORK=$(mktemp -d)
STARTED=()

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }
# shellcheck source=common.sh
. "$HERE/common.sh"

# ---- what is needed
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"
command -v mvn >/dev/null || die "Maven is missing"
"$PYTHON" -c 'import fastapi, uvicorn, sklearn, numpy' 2>/dev/null \
  || die "$PYTHON lacks FastAPI, uvicorn or scikit-learn: apt-get install -y python3-fastapi python3-uvicorn python3-sklearn"
find_jdk
for port in "$JAVA_PORT" "$((JAVA_PORT + 1))" "$REF_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then die "port $port is already in use: set JAVA_PORT/REF_PORT"; fi
done

# ---- build the engine and its test classes, and note their class path
say "Building the engine (mvn test-compile)…"
(cd "$ROOT" && mvn -B -q -pl embedded-engine/server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test) >&2
CLASSPATH_ALL="$ROOT/embedded-engine/server/target/test-classes:$ROOT/embedded-engine/server/target/classes:$(cat "$WORK/classpath")"

# ---- the request: the dataset's first row, without its target
oip_request "$DATASET" "$FORM" > "$WORK/request.json"

# Checks one request to $1, warms up, then measures; writes wrk's RESULT line and the CPU time server $3 spent
# per request during the measurement to $2.
drive() {
  local url=$1 result=$2 pid=$3 code before after
  code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$WORK/request.json" "$url")
  [ "$code" = 200 ] || { cat "$WORK/answer.json" >&2; die "$url answered $code to the benchmark request"; }
  say "  answer: $(head -c 300 "$WORK/answer.json")"
  say "  warm-up $WARMUP, then $DURATION measured (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
  OIP_BODY="$WORK/request.json" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/infer.lua" "$url" >/dev/null
  before=$(cpu_ticks "$pid")
  OIP_BODY="$WORK/request.json" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/infer.lua" "$url" \
    | grep '^RESULT' > "$result"
  after=$(cpu_ticks "$pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$(field "$result" requests)" \
    'BEGIN { printf " cpu_us_per_request=%d\n", ticks / hz * 1e6 / n }' >> "$result"
  say "  $(tr '\n' ' ' < "$result")"
}

# ---- Sightline
say "Starting Sightline (import, AutoML, deploy, serve)…"
OMP_NUM_THREADS=1 setsid "$JAVA_HOME/bin/java" $JAVA_FLAGS ${JAVA_OPTS:-} -cp "$CLASSPATH_ALL" \
  io.sightline.engine.bench.ServingBenchmark --port "$JAVA_PORT" --ready-file "$WORK/java.ready" \
  > "$WORK/java.log" 2>&1 &
JAVA_PID=$!
STARTED+=("$JAVA_PID")
for _ in $(seq 1 3000); do
  [ -f "$WORK/java.ready" ] && break
  kill -0 "$JAVA_PID" 2>/dev/null || { tail -30 "$WORK/java.log" >&2; die "Sightline stopped before serving"; }
  sleep 0.2
done
[ -f "$WORK/java.ready" ] || die "Sightline was not serving after 10 minutes"
wait_ready "http://127.0.0.1:$JAVA_PORT/v2/models/$MODEL/ready" "$JAVA_PID" 30 "$WORK/java.log"
ALGORITHM=$(sed -n 's/^algorithm=//p' "$WORK/java.ready")
UNLOGGED_PORT=$(sed -n 's/^unlogged_port=//p' "$WORK/java.ready")
grep -E '^(AutoML|Platform.predict|Serving)' "$WORK/java.log" | sed 's/^/  /' >&2
drive "http://127.0.0.1:$JAVA_PORT/v2/models/$MODEL/infer" "$WORK/java.result" "$JAVA_PID"
curl -s "http://127.0.0.1:$JAVA_PORT/bench/report" | sed 's/^/  /' >&2
say "The same server without the prediction log (diagnostic)…"
drive "http://127.0.0.1:$UNLOGGED_PORT/v2/models/$MODEL/infer" "$WORK/unlogged.result" "$JAVA_PID"
curl -s "http://127.0.0.1:$UNLOGGED_PORT/bench/report" | sed 's/^/  /' >&2
stop "$JAVA_PID"

# ---- the reference
say "Starting the FastAPI + scikit-learn reference ($ALGORITHM)…"
setsid "$PYTHON" "$HERE/reference_server.py" --csv "$DATASET" --target target --algorithm "$ALGORITHM" \
  --name "$MODEL" --port "$REF_PORT" > "$WORK/ref.log" 2>&1 &
REF_PID=$!
STARTED+=("$REF_PID")
wait_ready "http://127.0.0.1:$REF_PORT/v2/health/ready" "$REF_PID" 120 "$WORK/ref.log"
sed 's/^/  /' "$WORK/ref.log" >&2
drive "http://127.0.0.1:$REF_PORT/v2/models/$MODEL/infer" "$WORK/ref.result" "$REF_PID"
stop "$REF_PID"

# ---- the table
row() {
  local label=$1 result=$2
  awk -v label="$label" -v n="$(field "$result" requests)" -v us="$(field "$result" duration_us)" \
      -v p50="$(field "$result" p50_us)" -v p99="$(field "$result" p99_us)" -v bad="$(field "$result" non2xx)" \
      -v err="$(field "$result" socket_errors)" -v cpu="$(field "$result" cpu_us_per_request)" \
      'BEGIN { printf "%-52s %11.0f %8.2f %8.2f %10d %s\n", label, n / (us / 1e6), p50 / 1000, p99 / 1000, cpu,
               (bad + err > 0 ? "(" bad " non-2xx, " err " socket errors)" : "") }'
}
rps() { awk -v n="$(field "$1" requests)" -v us="$(field "$1" duration_us)" 'BEGIN { print n / (us / 1e6) }'; }
REF_NAME=$(sed -n 's/^scikit-learn \(.*\) trained.*/\1/p' "$WORK/ref.log")
echo
echo "One-row OIP infer ($FORM form, 30 features), wrk $THREADS threads x $CONNECTIONS connections, $DURATION after $WARMUP warm-up, $(nproc) cores"
printf '%-52s %11s %8s %8s %10s\n' "server" "requests/s" "p50 ms" "p99 ms" "CPU us/req"
row "Sightline OIP (${ALGORITHM%% (*})" "$WORK/java.result"
row "  the same without the prediction log (diagnostic)" "$WORK/unlogged.result"
row "FastAPI + scikit-learn ($REF_NAME)" "$WORK/ref.result"
awk -v a="$(rps "$WORK/java.result")" -v u="$(rps "$WORK/unlogged.result")" -v b="$(rps "$WORK/ref.result")" \
    -v p99="$(field "$WORK/java.result" p99_us)" -v jc="$(field "$WORK/java.result" cpu_us_per_request)" \
    -v rc="$(field "$WORK/ref.result" cpu_us_per_request)" \
  'BEGIN { printf "%-52s %10.1fx\n", "ratio Sightline / reference (requests/s)", a / b;
           printf "%-52s %10.1fx\n", "  without the prediction log", u / b;
           if (jc > 0) printf "%-52s %10.1fx\n", "server CPU per request, reference / Sightline", rc / jc;
           printf "goal >= 20x requests/s: %s; goal p99 <= 5 ms: %s\n", (a / b >= 20 ? "met" : "not met"),
                  (p99 <= 5000 ? "met" : "not met") }'

#!/usr/bin/env bash
# Serving benchmark: 'sightline serve' as a user runs it (bearer token, prediction log on) against a reference
# FastAPI + scikit-learn endpoint, in one run, both serving the same kind of model trained on
# breast-cancer-wisconsin (30 numeric features) and answering a one-row Open Inference Protocol infer request on
# loopback. Each server is measured in turn, in two ways:
#   - throughput at saturation, closed loop: wrk, 2 threads x 32 connections (its p50/p99 are those of a closed
#     loop, which waits for each answer before sending again, so they understate what clients would see);
#   - latency at a fixed offered rate, open loop (RATE, default 5,000 requests/s): OpenLoopLoad (Java, in the
#     server module's tests) sends on a schedule fixed in advance and measures each request from the moment it
#     was due, so a server that falls behind shows its whole backlog (no coordinated omission).
# The script prints both for both servers, the ratio and the goals, and stops what it started.
#
#   bench/serving/run.sh
#
# With DIAGNOSTIC=1 it also measures, for comparison, the engine without the prediction log (a harness in the
# tests that serves the same platform with predict answered by the loaded model alone: not the path users run).
#
# Settings (environment): DURATION (20: seconds measured), WARMUP (20: the JIT keeps compiling that long),
# RATE (5000), BUDGET (20: AutoML seconds), FORM (matrix: one FP64 [1, 30] tensor; named: 30 tensors of shape
# [1]), PORT (18080), REF_PORT (18082), DIAGNOSTIC (0), JAVA_OPTS, PYTHON (/usr/bin/python3).
# Needs a JDK 21+, Maven, and: apt-get install -y wrk python3-fastapi python3-uvicorn python3-sklearn
# (uvicorn also uses python3-uvloop and python3-httptools when they are installed).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
RATE=${RATE:-5000}
BUDGET=${BUDGET:-20}
FORM=${FORM:-matrix}
PORT=${PORT:-18080}
REF_PORT=${REF_PORT:-18082}
DIAGNOSTIC=${DIAGNOSTIC:-0}
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

"$PYTHON" -c 'import fastapi, uvicorn, sklearn, numpy' 2>/dev/null \
  || die "$PYTHON lacks FastAPI, uvicorn or scikit-learn: apt-get install -y python3-fastapi python3-uvicorn python3-sklearn"
for port in "$REF_PORT" "$((PORT + 1))"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then die "port $port is already in use: set PORT/REF_PORT"; fi
done
prepare_server_bench
CLASSPATH_LOAD="$ROOT/embedded-engine/server/target/test-classes:$CLASSPATH_MAIN"
LOAD_AVERAGE_START=$(cut -d' ' -f1-3 /proc/loadavg)
oip_request "$DATASET" "$FORM" > "$WORK/request.json"

# Checks one request to $1 (with TOKEN when set), then measures it closed loop (wrk) and open loop (OpenLoopLoad),
# each after its warm-up; writes the RESULT lines to $2.closed and $2.open, and the CPU time server $3 spent per
# request during the closed-loop measurement to $2.closed.
drive() {
  local url=$1 result=$2 pid=$3 code before after
  code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} --data-binary @"$WORK/request.json" "$url")
  [ "$code" = 200 ] || { cat "$WORK/answer.json" >&2; die "$url answered $code to the benchmark request"; }
  say "  answer: $(head -c 300 "$WORK/answer.json")"
  say "  closed loop: warm-up ${WARMUP}s, then ${DURATION}s measured (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
  OIP_BODY="$WORK/request.json" OIP_TOKEN="${TOKEN:-}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
    -s "$HERE/infer.lua" "$url" >/dev/null
  before=$(cpu_ticks "$pid")
  OIP_BODY="$WORK/request.json" OIP_TOKEN="${TOKEN:-}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    -s "$HERE/infer.lua" "$url" | grep '^RESULT' > "$result.closed"
  after=$(cpu_ticks "$pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$(field "$result.closed" requests)" \
    'BEGIN { printf " cpu_us_per_request=%d\n", ticks / hz * 1e6 / n }' >> "$result.closed"
  say "  $(tr '\n' ' ' < "$result.closed")"
  say "  open loop at $RATE requests/s: warm-up ${WARMUP}s, then ${DURATION}s measured"
  OIP_TOKEN="${TOKEN:-}" "$JAVA_HOME/bin/java" $JAVA_FLAGS -cp "$CLASSPATH_LOAD" io.sightline.engine.bench.OpenLoopLoad \
    --url "$url" --body "$WORK/request.json" --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" \
    --connections "$CONNECTIONS" > "$WORK/open.txt"
  grep -v '^RESULT' "$WORK/open.txt" | sed 's/^/  /' >&2
  grep '^RESULT' "$WORK/open.txt" > "$result.open"
}

# ---- Sightline: train, a token, serve, deploy — as a user would
say "Training $MODEL (AutoML, $BUDGET s, seed 42)…"
sightline train "$DATASET" --target target --name "$MODEL" --budget "$BUDGET" --seed 42 > "$WORK/train.txt" 2>/dev/null
grep -E '^(Chosen|Test|Model) ' "$WORK/train.txt" | sed 's/^/  /' >&2
ALGORITHM=$(sed -n 's/^Chosen *//p' "$WORK/train.txt")
TOKEN=$(sightline token create --user bench 2>/dev/null)
start_server
api PUT "/deployments/$MODEL" "{\"model\": \"$MODEL\", \"version\": 1}"
drive "http://127.0.0.1:$PORT/v2/models/$MODEL/infer" "$WORK/java" "$SERVER_PID"
DROPPED=$(curl -s "http://127.0.0.1:$PORT/api/v1/health" | "$PYTHON" -c '
import json, sys
for c in json.load(sys.stdin).get("components", []):
    if c.get("component") == "scoring": print(c.get("detail", ""))')
stop "$SERVER_PID"
unset TOKEN

# ---- optionally, the engine without the prediction log (a test harness, not 'serve')
if [ "$DIAGNOSTIC" = 1 ]; then
  say "The engine without the prediction log (diagnostic harness)…"
  OMP_NUM_THREADS=1 setsid "$JAVA_HOME/bin/java" $JAVA_FLAGS ${JAVA_OPTS:-} -cp "$CLASSPATH_LOAD" \
    io.sightline.engine.bench.ServingBenchmark --port "$PORT" --budget "$BUDGET" --ready-file "$WORK/harness.ready" \
    > "$WORK/harness.log" 2>&1 &
  HARNESS_PID=$!
  STARTED+=("$HARNESS_PID")
  for _ in $(seq 1 3000); do
    [ -f "$WORK/harness.ready" ] && break
    kill -0 "$HARNESS_PID" 2>/dev/null || { tail -30 "$WORK/harness.log" >&2; die "the harness stopped before serving"; }
    sleep 0.2
  done
  UNLOGGED_PORT=$(sed -n 's/^unlogged_port=//p' "$WORK/harness.ready")
  drive "http://127.0.0.1:$UNLOGGED_PORT/v2/models/$MODEL/infer" "$WORK/unlogged" "$HARNESS_PID"
  stop "$HARNESS_PID"
fi

# ---- the reference
say "Starting the FastAPI + scikit-learn reference ($ALGORITHM)…"
setsid "$PYTHON" "$HERE/reference_server.py" --csv "$DATASET" --target target --algorithm "$ALGORITHM" \
  --name "$MODEL" --port "$REF_PORT" > "$WORK/ref.log" 2>&1 &
REF_PID=$!
STARTED+=("$REF_PID")
wait_ready "http://127.0.0.1:$REF_PORT/v2/health/ready" "$REF_PID" 120 "$WORK/ref.log"
sed 's/^/  /' "$WORK/ref.log" >&2
drive "http://127.0.0.1:$REF_PORT/v2/models/$MODEL/infer" "$WORK/ref" "$REF_PID"
stop "$REF_PID"

# ---- the tables
closed_row() {
  local label=$1 result=$2.closed
  awk -v label="$label" -v n="$(field "$result" requests)" -v us="$(field "$result" duration_us)" \
      -v p50="$(field "$result" p50_us)" -v p99="$(field "$result" p99_us)" -v bad="$(field "$result" non2xx)" \
      -v err="$(field "$result" socket_errors)" -v cpu="$(field "$result" cpu_us_per_request)" \
      'BEGIN { printf "%-36s %11.0f %8.2f %8.2f %10d %s\n", label, n / (us / 1e6), p50 / 1000, p99 / 1000, cpu,
               (bad + err > 0 ? "(" bad " non-2xx, " err " socket errors)" : "") }'
}
open_row() {
  local label=$1 result=$2.open
  awk -v label="$label" -v offered="$(field "$result" offered)" -v achieved="$(field "$result" achieved)" \
      -v p50="$(field "$result" p50_us)" -v p99="$(field "$result" p99_us)" -v p999="$(field "$result" p999_us)" \
      -v max="$(field "$result" max_us)" -v bad="$(field "$result" non2xx)" -v err="$(field "$result" socket_errors)" \
      -v unsent="$(field "$result" unsent)" \
      'BEGIN { printf "%-36s %8d %9d %8.2f %8.2f %8.2f %9.2f %s\n", label, offered, achieved, p50 / 1000, p99 / 1000,
               p999 / 1000, max / 1000, (bad + err + unsent > 0 ? "(" bad " non-2xx, " err " socket errors, " unsent " unsent)" : "") }'
}
rps() { awk -v n="$(field "$1.closed" requests)" -v us="$(field "$1.closed" duration_us)" 'BEGIN { print n / (us / 1e6) }'; }
REF_NAME=$(sed -n 's/^scikit-learn \(.*\) trained.*/\1/p' "$WORK/ref.log")
SIGHTLINE="Sightline serve (token, log on)"
UNLOGGED="  engine without the log (diagnostic)"
REFERENCE="FastAPI + scikit-learn"
echo
echo "One-row OIP infer ($FORM form, 30 features) on loopback: Sightline's $ALGORITHM and scikit-learn's $REF_NAME;"
echo "$(nproc) cores, load average $LOAD_AVERAGE_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work"
echo "on the machine shares these cores)."
echo
echo "Throughput at saturation: wrk $THREADS threads x $CONNECTIONS connections, closed loop, ${DURATION}s after ${WARMUP}s warm-up"
printf '%-36s %11s %8s %8s %10s\n' "server" "requests/s" "p50 ms" "p99 ms" "CPU us/req"
closed_row "$SIGHTLINE" "$WORK/java"
[ "$DIAGNOSTIC" = 1 ] && closed_row "$UNLOGGED" "$WORK/unlogged"
closed_row "$REFERENCE" "$WORK/ref"
echo
echo "Latency at a fixed offered rate: open loop, $CONNECTIONS connections, from each request's intended send time"
printf '%-36s %8s %9s %8s %8s %8s %9s\n' "server" "offered" "achieved" "p50 ms" "p99 ms" "p99.9 ms" "max ms"
open_row "$SIGHTLINE" "$WORK/java"
[ "$DIAGNOSTIC" = 1 ] && open_row "$UNLOGGED" "$WORK/unlogged"
open_row "$REFERENCE" "$WORK/ref"
echo
awk -v a="$(rps "$WORK/java")" -v b="$(rps "$WORK/ref")" -v p99="$(field "$WORK/java.open" p99_us)" \
    -v rate="$RATE" -v jc="$(field "$WORK/java.closed" cpu_us_per_request)" \
    -v rc="$(field "$WORK/ref.closed" cpu_us_per_request)" \
  'BEGIN { printf "%-36s %10.1fx\n", "requests/s, Sightline / reference", a / b;
           if (jc > 0) printf "%-36s %10.1fx\n", "server CPU per request, reference / Sightline", rc / jc;
           printf "goal >= 20x requests/s: %s; goal p99 <= 5 ms at %d requests/s offered: %s\n",
                  (a / b >= 20 ? "met" : "not met"), rate, (p99 <= 5000 ? "met" : "not met") }'
echo "prediction log: $DROPPED"

#!/usr/bin/env bash
# A capacity test through the API, and a peer figure: 'sightline serve' (a bearer token, the prediction log on)
# serves breast-cancer-wisconsin; a load test (POST /api/v1/deployments/{name}/capacity-tests) ramps the offered
# rate and finds where the latency objective breaks; then wrk offers about the knee's sustained rate to the same
# deployment through the Open Inference Protocol, for comparison.
#
#   bench/serving/capacity.sh
#
# The two do not measure the same thing, which is the point of printing both: the load test runs inside the
# server (no HTTP), open loop, latency from when each request was due; wrk goes through HTTP, closed loop (each
# connection paced by a delay between its requests), latency from when each request was sent.
#
# Settings (environment): START (100) and END (2000) requests per second in STEPS (8) steps of STEP_SECONDS (5),
# objective P95 within SLO_MS (20) with at most 1 % errors, CONCURRENCY (16) in flight; PEER (15s) of wrk with
# CONNECTIONS (16), after WARMUP (10s) of unpaced wrk; BUDGET (10: AutoML seconds), PORT (18091), JAVA_OPTS.
# Needs a JDK 21+, Maven, python3, curl and: apt-get install -y wrk
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
START=${START:-100}
END=${END:-2000}
STEPS=${STEPS:-8}
STEP_SECONDS=${STEP_SECONDS:-5}
SLO_MS=${SLO_MS:-20}
CONCURRENCY=${CONCURRENCY:-16}
PEER=${PEER:-15s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
BUDGET=${BUDGET:-10}
PORT=${PORT:-18091}
MODEL=breast-cancer
DATASET=$ROOT/assets/src/main/resources/io/sightline/assets/datasets/breast-cancer-wisconsin.csv

WORK=$(mktemp -d)
STARTED=()

say() { printf '%s\n' "$*" >&2; }
die() { say "capacity.sh: $*"; exit 1; }
# shellcheck source=common.sh
. "$HERE/common.sh"

prepare_server_bench
say "Training $MODEL (AutoML, $BUDGET s, seed 42)…"
sightline train "$DATASET" --target target --name "$MODEL" --budget "$BUDGET" --seed 42 > "$WORK/train.txt" 2>/dev/null
CHOSEN=$(sed -n 's/^Chosen *//p' "$WORK/train.txt")
TOKEN=$(sightline token create --user bench 2>/dev/null)
start_server
api PUT "/deployments/$MODEL" "{\"model\": \"$MODEL\", \"version\": 1}"

# ---- warm-up (the JIT compiles the scoring path for a while), then the load test through the API
oip_request "$DATASET" matrix > "$WORK/request.json"
URL="http://127.0.0.1:$PORT/v2/models/$MODEL/infer"
say "Warming the server up ($WARMUP of wrk)…"
OIP_BODY="$WORK/request.json" OIP_TOKEN="$TOKEN" wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/infer.lua" "$URL" > /dev/null
PLAN=$(printf '{"plan": {"startPerSecond": %d, "endPerSecond": %d, "steps": %d, "stepLength": "PT%dS",
  "percentile": "P95", "sloMillis": %s, "maxErrorRate": 0.01, "concurrency": %d}}' \
  "$START" "$END" "$STEPS" "$STEP_SECONDS" "$SLO_MS" "$CONCURRENCY")
api POST "/deployments/$MODEL/capacity-tests" "$PLAN"
TEST_ID=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' < "$WORK/api.json")
say "Load test $TEST_ID: $START to $END requests/s in $STEPS steps of $STEP_SECONDS s…"
for _ in $(seq 1 $((STEPS * (STEP_SECONDS + 2) + 60))); do
  sleep 1
  api GET "/capacity-tests/$TEST_ID" ""
  python3 -c 'import json, sys; sys.exit(json.load(sys.stdin)["state"] == "RUNNING")' < "$WORK/api.json" && break
done
cp "$WORK/api.json" "$WORK/test.json"

# Prints the steps and the knee; writes the knee's sustained rate and its step's figures to $WORK/knee.
python3 - "$WORK/test.json" "$WORK/knee" <<'PY'
import json, sys
test = json.load(open(sys.argv[1]))
plan = test["plan"]
print(f"Load test {test['id']} ({test['state']}): {test['message']}")
print(f"{'offered/s':>10} {'achieved/s':>11} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
sustained = None
for p in test["points"]:
    ok = p[plan["percentile"].lower() + "Millis"] <= plan["sloMillis"] and \
        (p["errors"] / p["requests"] if p["requests"] else 0) <= plan["maxErrorRate"]
    print(f"{p['offeredPerSecond']:>10} {p['achievedPerSecond']:>11.1f} {p['requests']:>9} {p['errors']:>7} "
          f"{p['p50Millis']:>8.2f} {p['p95Millis']:>8.2f} {p['p99Millis']:>8.2f}{'' if ok else '  broken'}")
    if not ok:
        break
    sustained = p
with open(sys.argv[2], "w") as out:
    if sustained:
        out.write(f"{sustained['offeredPerSecond']} {sustained['achievedPerSecond']:.1f} "
                  f"{sustained['p50Millis']:.2f} {sustained['p99Millis']:.2f}\n")
PY
[ -s "$WORK/knee" ] || die "even the first rate broke the objective: lower START or raise SLO_MS"
read -r RATE ACHIEVED P50 P99 < "$WORK/knee"

# ---- the peer figure: wrk paced near the sustained rate, through HTTP
DELAY_MS=$((CONNECTIONS * 1000 / RATE))
say "wrk: $CONNECTIONS connections, ${DELAY_MS} ms between each one's requests (about $RATE requests/s), $PEER…"
OIP_BODY="$WORK/request.json" OIP_TOKEN="$TOKEN" OIP_DELAY_MS="$DELAY_MS" \
  wrk -t2 -c"$CONNECTIONS" -d"$PEER" -s "$HERE/infer.lua" "$URL" | grep '^RESULT' > "$WORK/wrk"

echo
echo "$MODEL ($CHOSEN) through 'sightline serve' (token, prediction log on), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v rate="$RATE" -v achieved="$ACHIEVED" -v p50="$P50" -v p99="$P99" -v n="$(field "$WORK/wrk" requests)" \
  -v us="$(field "$WORK/wrk" duration_us)" -v w50="$(field "$WORK/wrk" p50_us)" -v w99="$(field "$WORK/wrk" p99_us)" \
  -v bad="$(field "$WORK/wrk" non2xx)" 'BEGIN {
    printf "%-52s %12s %9s %9s\n", "", "requests/s", "p50 ms", "p99 ms"
    printf "%-52s %12.1f %9.2f %9.2f\n", "load test at the knee (" rate "/s offered, in-server)", achieved, p50, p99
    printf "%-52s %12.1f %9.2f %9.2f%s\n", "wrk paced near it (OIP over HTTP)", n / (us / 1e6), w50 / 1e3, w99 / 1e3,
           (bad > 0 ? "  (" bad " non-2xx)" : "")
  }'

#!/usr/bin/env bash
# What a traffic policy costs the server: CPU time per Open Inference Protocol infer request on the path users
# run — 'sightline serve' with a bearer token and the prediction log on — for one deployment of
# breast-cancer-wisconsin served (a) by a single version, (b) under a 50/50 A/B test of two versions of the same
# model kind, and (c) under a shadow policy mirroring every request to the second version (which scores twice,
# the mirror off the request thread). The goal: the A/B test costs at most 10 % more CPU per request than the
# single version.
#
#   bench/serving/policy-overhead.sh
#
# It trains the model twice with the same seed (versions 1 and 2: the same algorithm, loaded as two models),
# creates a token, starts one server, deploys version 1, then switches the policy with
# PUT /api/v1/deployments/{name}/policy between runs, in rounds (single, A/B, shadow, single, A/B, shadow, …)
# so that drift of the machine touches every policy alike. Each run offers the same closed-loop load (wrk,
# 2 threads x 32 connections, loopback) for a fixed duration after a warm-up.
#
# CPU time is the server process's (utime + stime from /proc/<pid>/stat), read before the run and again once
# the server has gone quiet after it (the prediction log has written the run's rows, the shadows have scored
# theirs), divided by the requests served. The whole process rather than the request threads: the log writer,
# the shadow pool and the garbage collector work for the requests off their threads, and are part of the cost.
#
# Settings (environment): ROUNDS (4), DURATION (15s), WARMUP (5s), BUDGET (20: AutoML seconds per version),
# PORT (18090), JAVA_OPTS.
# Needs a JDK 21+, Maven, python3, curl and: apt-get install -y wrk
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
BUDGET=${BUDGET:-20}
PORT=${PORT:-18090}
THREADS=2
CONNECTIONS=32
MODEL=breast-cancer
DATASET=$ROOT/assets/src/main/resources/io/sightline/assets/datasets/breast-cancer-wisconsin.csv
POLICIES=(single ab shadow)

WORK=$(mktemp -d)
STARTED=()

say() { printf '%s\n' "$*" >&2; }
die() { say "policy-overhead.sh: $*"; exit 1; }
# shellcheck source=common.sh
. "$HERE/common.sh"

prepare_server_bench

# ---- two versions of the same model, a token, the server
for version in 1 2; do
  say "Training version $version (AutoML, $BUDGET s, seed 42)…"
  sightline train "$DATASET" --target target --name "$MODEL" --budget "$BUDGET" --seed 42 > "$WORK/train$version.txt" 2>/dev/null
  grep -E '^(Chosen|Model) ' "$WORK/train$version.txt" | sed 's/^/  /' >&2
done
CHOSEN1=$(sed -n 's/^Chosen *//p' "$WORK/train1.txt")
CHOSEN2=$(sed -n 's/^Chosen *//p' "$WORK/train2.txt")
[ "$CHOSEN1" = "$CHOSEN2" ] || say "  (the two versions are of different kinds: $CHOSEN1, $CHOSEN2)"
TOKEN=$(sightline token create --user bench 2>/dev/null)

start_server
api PUT "/deployments/$MODEL" "{\"model\": \"$MODEL\", \"version\": 1}"

policy_body() {
  local policy
  case $1 in
    single) policy='{"kind": "SINGLE", "arms": [{"name": "live", "version": 1, "share": 1}]}' ;;
    ab) policy='{"kind": "AB_TEST", "arms": [{"name": "A", "version": 1, "share": 0.5}, {"name": "B", "version": 2, "share": 0.5}],
                 "abTest": {"metric": "CORRECT", "method": "SEQUENTIAL", "confidence": 0.95,
                            "minimumDetectableEffect": 0.02, "power": 0.8, "baselineRate": 0.9}}' ;;
    shadow) policy='{"kind": "SHADOW", "arms": [{"name": "served", "version": 1, "share": 1}, {"name": "shadow", "version": 2, "share": 1}]}' ;;
  esac
  printf '{"policy": %s, "reason": "policy overhead benchmark"}' "$policy"
}

oip_request "$DATASET" matrix > "$WORK/request.json"
URL="http://127.0.0.1:$PORT/v2/models/$MODEL/infer"
load() { OIP_BODY="$WORK/request.json" OIP_TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s "$HERE/infer.lua" "$URL"; }

# Waits until the server has used at most one clock tick in half a second (30 s at most): what the run left
# to the prediction log and the shadows is done.
settle() {
  local last now
  last=$(cpu_ticks "$SERVER_PID")
  for _ in $(seq 1 60); do
    sleep 0.5
    now=$(cpu_ticks "$SERVER_PID")
    [ $((now - last)) -le 1 ] && return 0
    last=$now
  done
  say "  (the server did not go quiet within 30 s)"
}

# One measured run of policy $1 in round $2: RESULT line plus cpu_ticks to $WORK/$1.$2.
measure() {
  local policy=$1 round=$2 result=$WORK/$1.$2 before after
  api PUT "/deployments/$MODEL/policy" "$(policy_body "$policy")"
  load "$WARMUP" > /dev/null
  settle
  before=$(cpu_ticks "$SERVER_PID")
  load "$DURATION" | grep '^RESULT' > "$result"
  settle
  after=$(cpu_ticks "$SERVER_PID")
  echo "cpu_ticks=$((after - before)) " >> "$result"
  awk -v n="$(field "$result" requests)" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v p="$policy" -v r="$round" \
    -v bad="$(field "$result" non2xx)" \
    'BEGIN { printf "  round %d %-7s %8d requests, %6.0f CPU us/request%s\n", r, p, n, t / hz * 1e6 / n,
             (bad > 0 ? " (" bad " non-2xx)" : "") }' >&2
}

code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/request.json" "$URL")
[ "$code" = 200 ] || { cat "$WORK/answer.json" >&2; die "$URL answered $code to the benchmark request"; }
say "Warming the server up ($WARMUP x 6: the JIT keeps compiling for a minute under load), then $ROUNDS rounds of ${POLICIES[*]}, $DURATION each…"
for _ in $(seq 1 6); do load "$WARMUP" > /dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  for policy in "${POLICIES[@]}"; do measure "$policy" "$round"; done
done
DROPPED=$(curl -s "http://127.0.0.1:$PORT/api/v1/health" | python3 -c '
import json, sys
for c in json.load(sys.stdin).get("components", []):
    if c.get("component") == "scoring": print(c.get("detail", ""))')
say "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- the table: totals over the rounds, and the median of each round's ratio to that round's single version
HZ=$(getconf CLK_TCK)
for policy in "${POLICIES[@]}"; do
  for round in $(seq 1 "$ROUNDS"); do
    printf '%s %s %s %s %s\n' "$policy" "$round" "$(field "$WORK/$policy.$round" requests)" \
      "$(field "$WORK/$policy.$round" duration_us)" "$(field "$WORK/$policy.$round" cpu_ticks)"
  done
done > "$WORK/runs"
echo
echo "OIP infer through 'sightline serve' (token, prediction log on), $MODEL ($CHOSEN1), wrk $THREADS threads x $CONNECTIONS"
echo "connections, $ROUNDS rounds x $DURATION per policy after $WARMUP warm-up, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v hz="$HZ" '
  { n[$1] += $3; us[$1] += $4; ticks[$1] += $5; per[$1, $2] = $5 / hz * 1e6 / $3; rounds = ($2 > rounds ? $2 : rounds) }
  function median(p,   i, j, k, t, v) {
    k = 0
    for (i = 1; i <= rounds; i++) v[++k] = per[p, i] / per["single", i]
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
  }
  END {
    label["single"] = "single version"; label["ab"] = "A/B test 50/50"; label["shadow"] = "shadow, 100 % mirrored"
    printf "%-26s %11s %14s %16s %18s\n", "policy", "requests/s", "CPU us/request", "ratio to single", "(median of rounds)"
    single = ticks["single"] / hz * 1e6 / n["single"]
    split("single ab shadow", order, " ")
    for (i = 1; i <= 3; i++) {
      p = order[i]; cpu = ticks[p] / hz * 1e6 / n[p]
      printf "%-26s %11.0f %14.0f %16.3f %18.3f\n", label[p], n[p] / (us[p] / 1e6), cpu, cpu / single, median(p)
    }
    ab = ticks["ab"] / hz * 1e6 / n["ab"]
    printf "goal: A/B test <= 1.10 x the CPU per request of a single version: %s (%.1f %% more)\n",
           (ab / single <= 1.10 ? "met" : "not met"), (ab / single - 1) * 100
  }' "$WORK/runs"
echo "prediction log and shadows: $DROPPED"

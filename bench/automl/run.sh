#!/usr/bin/env bash
# AutoML benchmark: Sightline's AutoML against scikit-learn's best of three models, on the twelve datasets of
# datasets/ and Sightline's four sample datasets, in one run on this machine. First scikit-learn's three models
# are cross-validated on one thread (reference.py, timed here, written to a temporary file, not to
# reference.json), then Sightline's whole AutoML at its default settings (mvn -Pautoml-benchmark); the table
# printed at the end gives per dataset both scores, the gap in points, both wall times and their ratio, then the
# mean gap, the worst gap and the worst time ratio.
#
#   bench/automl/run.sh                    # all sixteen files (about 15 minutes or more)
#   bench/automl/run.sh zoo.csv iris.csv   # only these
#
# Settings (environment): PYTHON (/usr/bin/python3, with scikit-learn, pandas and threadpoolctl:
# apt-get install -y python3-sklearn python3-pandas python3-threadpoolctl), MVN_FLAGS (-o: offline).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PYTHON=${PYTHON:-/usr/bin/python3}
MVN_FLAGS=${MVN_FLAGS:--o}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

"$PYTHON" -c 'import sklearn, pandas, numpy, threadpoolctl' 2>/dev/null \
  || die "$PYTHON lacks scikit-learn, pandas or threadpoolctl: apt-get install -y python3-sklearn python3-pandas python3-threadpoolctl"
command -v mvn >/dev/null || die "Maven is missing"

say "scikit-learn: three models, 5-fold cross-validation, one thread…"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PYTHON" "$HERE/reference.py" --out "$WORK/sklearn.json" "$@" >&2

say "Sightline: the whole AutoML at its default settings…"
files=""
[ $# -gt 0 ] && files="$*"
# shellcheck disable=SC2086 # MVN_FLAGS holds several flags
(cd "$ROOT" && mvn -B -q $MVN_FLAGS -DskipTests -Pautoml-benchmark -pl embedded-engine/core -am verify \
  -Dbenchmark.automlReference="$WORK/sklearn.json" -Dbenchmark.automlFiles="$files")

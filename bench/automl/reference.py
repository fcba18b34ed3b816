#!/usr/bin/env python3
"""Reference scores: best of three scikit-learn models under 5-fold cross-validation.

Usage:  /usr/bin/python3 reference.py                         # all files, writes reference.json
        /usr/bin/python3 reference.py zoo.csv                 # only the named files, updating reference.json
        /usr/bin/python3 reference.py --out timings.json      # all files, written elsewhere (bench/automl/run.sh)

The files are the twelve of datasets/ and Sightline's four sample datasets (assets/.../datasets/). Every
CSV has a header row and its target as the last column; an empty cell is a missing value. Numeric columns get median imputation and standard scaling; every other column
(text labels, TRUE/FALSE) gets most-frequent imputation and one-hot encoding.
Everything runs on one thread (n_jobs=1, BLAS and OpenMP limited to one thread).
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from threadpoolctl import threadpool_limits

HERE = Path(__file__).resolve().parent
DATA = HERE / "datasets"
SAMPLES = HERE.parents[1] / "assets" / "src" / "main" / "resources" / "io" / "sightline" / "assets" / "datasets"
OUT = HERE / "reference.json"

# file -> task; the target is always the last column
DATASETS = {
    "sonar.csv": "classification",
    "vehicle.csv": "classification",
    "vowel.csv": "classification",
    "zoo.csv": "classification",
    "satellite.csv": "classification",
    "shuttle.csv": "classification",
    "letter.csv": "classification",
    "dna.csv": "classification",
    "breast-cancer-original.csv": "classification",
    "boston-housing.csv": "regression",
    "servo.csv": "regression",
    "ozone.csv": "regression",
    # Sightline's sample datasets
    "credit-g.csv": "classification",
    "breast-cancer-wisconsin.csv": "classification",
    "iris.csv": "classification",
    "diabetes-progression.csv": "regression",
}


def path_of(name):
    return DATA / name if (DATA / name).exists() else SAMPLES / name


def load(path):
    # only an empty cell is missing; labels such as "NA" would stay labels
    df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    X, y = df.iloc[:, :-1].copy(), df.iloc[:, -1]
    numeric = [c for c in X.columns
               if pd.api.types.is_numeric_dtype(X[c]) and not pd.api.types.is_bool_dtype(X[c])]
    other = [c for c in X.columns if c not in numeric]
    for c in other:
        X[c] = X[c].astype(object)
    return df, X, y, numeric, other


def preprocessor(numeric, other):
    parts = []
    if numeric:
        parts.append(("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                                       ("scale", StandardScaler())]), numeric))
    if other:
        parts.append(("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                                       ("onehot", OneHotEncoder(handle_unknown="ignore"))]), other))
    # dense output: HistGradientBoosting does not take sparse input
    return ColumnTransformer(parts, sparse_threshold=0.0, n_jobs=1)


def models(task):
    if task == "classification":
        return {
            "LogisticRegression": LogisticRegression(max_iter=2000, n_jobs=1),
            "RandomForestClassifier": RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=1),
            "HistGradientBoostingClassifier": HistGradientBoostingClassifier(random_state=0),
        }
    return {
        "Ridge": Ridge(),
        "RandomForestRegressor": RandomForestRegressor(n_estimators=300, random_state=0, n_jobs=1),
        "HistGradientBoostingRegressor": HistGradientBoostingRegressor(random_state=0),
    }


def evaluate(name, task):
    df, X, y, numeric, other = load(path_of(name))
    if task == "classification":
        cv, metric, scoring = StratifiedKFold(5, shuffle=True, random_state=0), "accuracy", "accuracy"
    else:
        cv, metric, scoring = KFold(5, shuffle=True, random_state=0), "r2", "r2"
    result = {"task": task, "metric": metric, "rows": int(df.shape[0]), "columns": int(df.shape[1]),
              "target": str(df.columns[-1]), "best": None, "models": {}}
    for model_name, model in models(task).items():
        pipe = Pipeline([("prep", preprocessor(numeric, other)), ("model", model)])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            start = time.perf_counter()
            scores = cross_val_score(pipe, X, y, cv=cv, scoring=scoring, n_jobs=1, error_score="raise")
            seconds = time.perf_counter() - start
        notes = sorted({f"{w.category.__name__}: {str(w.message).splitlines()[0]}" for w in caught})
        score = float(np.mean(scores))
        result["models"][model_name] = {"score": round(score, 6), "seconds": round(seconds, 2)}
        print(f"{name:28s} {model_name:32s} {metric}={score:.4f} (sd {np.std(scores):.4f}) "
              f"{seconds:8.1f}s" + "".join(f"\n    warning: {n}" for n in notes),
              flush=True)
    result["best"] = max(m["score"] for m in result["models"].values())
    return result


def main(argv):
    out = OUT
    if "--out" in argv:
        at = argv.index("--out")
        out = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    names = argv or list(DATASETS)
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        sys.exit(f"unknown file(s): {unknown}; known: {list(DATASETS)}")
    results = json.loads(out.read_text()) if (argv and out.exists()) else {}
    print(f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}, numpy {np.__version__}", flush=True)
    with threadpool_limits(limits=1):
        for name in names:
            results[name] = evaluate(name, DATASETS[name])
            ordered = {n: results[n] for n in DATASETS if n in results}
            out.write_text(json.dumps(ordered, indent=2) + "\n")
            total = sum(m["seconds"] for m in results[name]["models"].values())
            print(f"{name:28s} best {results[name]['best']:.4f}, {total:.1f}s for the three", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Writes the scikit-learn reference scores that AutoMlAccuracyTest holds the engine's AutoML to.

For each sample dataset shipped in assets/ (target in the last column), three standard scikit-learn models, each
behind median imputation and standard scaling of numeric columns and most-frequent imputation and one-hot
encoding of the others:

- classification: logistic regression, a random forest of 300 trees, histogram gradient boosting, scored by
  accuracy under 5-fold stratified cross-validation (shuffled, seed 0);
- regression: linear regression, a random forest of 300 trees, histogram gradient boosting, scored by R² and
  RMSE under 5-fold cross-validation (shuffled, seed 0).

"best" is the best of the three, the figure the test compares with. Everything runs on one thread, so the
numbers do not depend on the machine.

Run once and commit the output (Debian's python3-sklearn and python3-pandas):

    /usr/bin/python3 tools/reference-scores/reference.py

It writes embedded-engine/core/src/test/resources/io/sightline/engine/train/reference-scores.json.
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json
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
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "assets" / "src" / "main" / "resources" / "io" / "sightline" / "assets" / "datasets"
OUT = (ROOT / "embedded-engine" / "core" / "src" / "test" / "resources" / "io" / "sightline" / "engine" / "train"
       / "reference-scores.json")

# file -> task; the target is always the last column
FILES = {
    "credit-g.csv": "classification",
    "breast-cancer-wisconsin.csv": "classification",
    "iris.csv": "classification",
    "diabetes-progression.csv": "regression",
}


def load(path):
    # only an empty cell is missing
    df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    X, y = df.iloc[:, :-1].copy(), df.iloc[:, -1]
    numeric = [c for c in X.columns
               if pd.api.types.is_numeric_dtype(X[c]) and not pd.api.types.is_bool_dtype(X[c])]
    other = [c for c in X.columns if c not in numeric]
    for c in other:
        X[c] = X[c].astype(object)
    return X, y, numeric, other


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
            "logistic": LogisticRegression(max_iter=2000),
            "random_forest": RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=1),
            "gradient_boosting": HistGradientBoostingClassifier(random_state=0),
        }
    return {
        "linear": LinearRegression(),
        "random_forest": RandomForestRegressor(n_estimators=300, random_state=0, n_jobs=1),
        "gradient_boosting": HistGradientBoostingRegressor(random_state=0),
    }


def evaluate(name, task):
    X, y, numeric, other = load(DATASETS / name)
    if task == "classification":
        cv, scoring = StratifiedKFold(5, shuffle=True, random_state=0), {"accuracy": "accuracy"}
    else:
        cv, scoring = KFold(5, shuffle=True, random_state=0), {"r2": "r2", "rmse": "neg_root_mean_squared_error"}
    metric = next(iter(scoring))
    scores = {}
    for model_name, model in models(task).items():
        pipe = Pipeline([("prep", preprocessor(numeric, other)), ("model", model)])
        folds = cross_validate(pipe, X, y, cv=cv, scoring=scoring, n_jobs=1, error_score="raise")
        scores[model_name] = {m: round(float(abs(np.mean(folds["test_" + m]))), 4) for m in scoring}
        print(f"{name:28s} {model_name:18s} " + " ".join(f"{m}={v:.4f}" for m, v in scores[model_name].items()),
              flush=True)
    best = max(scores.values(), key=lambda s: s[metric])
    return {"task": task, "metric": metric, "rows": int(len(y)), "models": scores, "best": best}


def main():
    print(f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}, numpy {np.__version__}", flush=True)
    with threadpool_limits(limits=1):
        results = {name: evaluate(name, task) for name, task in FILES.items()}
    document = {"generator": "tools/reference-scores/reference.py", "scikit_learn": sklearn.__version__,
                "datasets": results}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

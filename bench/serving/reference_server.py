"""Reference endpoint for the serving benchmark: FastAPI + scikit-learn in one process.

Trains the scikit-learn counterpart of the algorithm Sightline chose on the same CSV file and serves the same
Open Inference Protocol infer route (one FP32/FP64 tensor of shape [n, k], or one tensor per input column),
answering with the predicted label, the class probabilities and the classes, as Sightline does.

    python3 reference_server.py --csv FILE --target COLUMN --algorithm "random forest" [--port 18081]
"""
import argparse
import csv
from typing import Any, List, Optional

import numpy as np
import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

# The same family and settings as Sightline's candidates (linear models see standardised numbers there too).
ALGORITHMS = {
    "logistic regression": lambda: make_pipeline(
        StandardScaler(), LogisticRegression(C=1.0, solver="liblinear", max_iter=1000)),
    "multinomial logistic regression": lambda: make_pipeline(
        StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)),
    "decision tree": lambda: DecisionTreeClassifier(max_depth=6, min_samples_leaf=5, random_state=42),
    "random forest": lambda: RandomForestClassifier(n_estimators=200, max_features="sqrt", random_state=42),
    "gradient boosting": lambda: HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.05, max_depth=4, random_state=42),
}


def choose(algorithm: str):
    """The estimator for a Sightline algorithm name such as 'Random forest (CART, voting)'."""
    name = algorithm.lower()
    for key in sorted(ALGORITHMS, key=len, reverse=True):
        if name.startswith(key):
            return key, ALGORITHMS[key]()
    raise SystemExit(f"No scikit-learn counterpart for '{algorithm}'; known: {', '.join(ALGORITHMS)}")


def load(path: str, target: str):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    t = header.index(target)
    features = [c for i, c in enumerate(header) if i != t]
    x = np.array([[float(v) for i, v in enumerate(r) if i != t] for r in body])
    y = np.array([r[t] for r in body])
    return features, x, y


class Tensor(BaseModel):
    name: str
    shape: List[int]
    datatype: str
    data: List[Any]


class InferenceRequest(BaseModel):
    id: Optional[str] = None
    inputs: List[Tensor]


def create_app(name: str, features: List[str], model) -> FastAPI:
    app = FastAPI()
    classes = [str(c) for c in model.classes_]

    @app.get("/v2/health/ready")
    async def ready():
        return {"ready": True}

    @app.post("/v2/models/{model_name}/infer")
    async def infer(model_name: str, request: InferenceRequest):
        if model_name != name:
            raise HTTPException(status_code=404, detail=f"No model called '{model_name}'")
        try:
            x = matrix(request.inputs, features)
        except ValueError as e:
            raise HTTPException(status_code=400, detail=str(e))
        probabilities = model.predict_proba(x)
        labels = [classes[i] for i in probabilities.argmax(axis=1)]
        n = len(labels)
        response = {
            "model_name": name,
            "outputs": [
                {"name": "label", "datatype": "BYTES", "shape": [n], "data": labels},
                {"name": "probabilities", "datatype": "FP64", "shape": [n, len(classes)],
                 "data": probabilities.ravel().tolist()},
                {"name": "classes", "datatype": "BYTES", "shape": [len(classes)], "data": classes},
            ],
        }
        if request.id is not None:
            response["id"] = request.id
        return response

    return app


def matrix(inputs: List[Tensor], features: List[str]) -> np.ndarray:
    if len(inputs) == 1 and len(inputs[0].shape) == 2:
        t = inputs[0]
        if t.shape[1] != len(features):
            raise ValueError(f"'{t.name}' has {t.shape[1]} columns; the model takes {len(features)}")
        return np.asarray(t.data, dtype=np.float64).reshape(t.shape)
    by_name = {t.name: t for t in inputs}
    missing = [f for f in features if f not in by_name]
    if missing:
        raise ValueError(f"Missing inputs: {', '.join(missing)}")
    return np.column_stack([np.asarray(by_name[f].data, dtype=np.float64).ravel() for f in features])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--algorithm", required=True)
    parser.add_argument("--name", default="breast-cancer")
    parser.add_argument("--port", type=int, default=18081)
    args = parser.parse_args()
    features, x, y = load(args.csv, args.target)
    key, model = choose(args.algorithm)
    model.fit(x, y)
    print(f"scikit-learn {key} trained on {len(y)} rows, {len(features)} inputs; serving on port {args.port}",
          flush=True)
    uvicorn.run(create_app(args.name, features, model), host="127.0.0.1", port=args.port,
                log_level="warning", access_log=False)


if __name__ == "__main__":
    main()

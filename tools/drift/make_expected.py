#!/usr/bin/env python3
"""Writes the expected drift statistics that DriftStatisticsTest holds the engine to.

Each case is a reference and a current sample with the values SciPy (and NumPy) give for it, computed the way
Evidently defines its drift tests:

- KS: scipy.stats.ks_2samp, two-sided, with its automatic p-value method, and also forced exact and asymptotic;
- normalised Wasserstein: scipy.stats.wasserstein_distance / max(numpy.std(reference), 0.001);
- PSI and Jensen-Shannon on binned frequencies: numeric columns whose reference has more than 20 distinct values
  are cut into Sturges bins over both samples (numpy.histogram_bin_edges), anything else is counted per value;
  PSI replaces empty bins by a tiny share first, Jensen-Shannon (scipy.spatial.distance.jensenshannon) does not;
- chi-square: scipy.stats.chisquare of the current counts against the reference proportions scaled to the
  current size.

It also writes scipy.stats.kstwo.sf(d, n), the distribution behind the asymptotic KS p-value, over its regions
and up to n = 500 000 (the effective size of two samples of a million): that takes a minute.

Run once and commit the output (Debian's python3-scipy):

    /usr/bin/python3 tools/drift/make_expected.py

It writes embedded-engine/core/src/test/resources/io/sightline/engine/monitor/drift/expected-statistics.json.
"""
import json
import os
import sys
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "embedded-engine", "core", "src", "test",
                   "resources", "io", "sightline", "engine", "monitor", "drift", "expected-statistics.json")
EXACT_LIMIT = 10000  # ks_2samp's own limit for its exact p-value in 'auto' mode


def frequencies(reference, current, numeric):
    """Shares of each sample per bin (numbers with > 20 reference values) or per value, as Evidently bins them."""
    if numeric and len(np.unique(reference)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        return (np.histogram(reference, edges)[0] / len(reference),
                np.histogram(current, edges)[0] / len(current))
    keys = np.union1d(np.unique(reference), np.unique(current))
    ref_counts = np.array([np.sum(reference == k) for k in keys], dtype=float)
    cur_counts = np.array([np.sum(current == k) for k in keys], dtype=float)
    return ref_counts / len(reference), cur_counts / len(current)


def fill_zeroes(shares):
    """Evidently's replacement of empty bins before PSI, so that the logarithm is defined."""
    shares = shares.copy()
    smallest = min(shares[shares != 0])
    np.place(shares, shares == 0, smallest / 10 ** 6 if smallest <= 0.0001 else 0.0001)
    return shares


def psi(reference, current, numeric):
    ref, cur = frequencies(reference, current, numeric)
    ref, cur = fill_zeroes(ref), fill_zeroes(cur)
    return float(np.sum((ref - cur) * np.log(ref / cur)))


def jensen_shannon(reference, current, numeric):
    ref, cur = frequencies(reference, current, numeric)
    return float(distance.jensenshannon(ref, cur))


def chi_square(reference, current):
    keys = np.union1d(np.unique(reference), np.unique(current))
    ref_counts = np.array([np.sum(reference == k) for k in keys], dtype=float)
    cur_counts = np.array([np.sum(current == k) for k in keys], dtype=float)
    expected = ref_counts * (len(current) / len(reference))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a category unseen in the reference divides by zero: infinite statistic
        result = stats.chisquare(cur_counts, expected)
    return float(result.statistic), float(result.pvalue)


def numeric_case(name, reference, current):
    reference = np.asarray(reference, dtype=float)
    current = np.asarray(current, dtype=float)
    auto = stats.ks_2samp(reference, current)
    expected = {
        "ks_statistic": float(auto.statistic),
        "ks_p": float(auto.pvalue),
        "ks_p_asymptotic": float(stats.ks_2samp(reference, current, method="asymp").pvalue),
        "wasserstein_normed": float(stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)),
        "psi": psi(reference, current, True),
        "jensen_shannon": jensen_shannon(reference, current, True),
    }
    if max(len(reference), len(current)) <= EXACT_LIMIT:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # an exact computation that falls back is not an exact value
            expected["ks_p_exact"] = float(stats.ks_2samp(reference, current, method="exact").pvalue)
    return {"name": name, "kind": "numeric", "reference": reference.tolist(), "current": current.tolist(),
            "expected": expected}


def categorical_case(name, reference, current):
    reference = np.asarray(reference, dtype=str)
    current = np.asarray(current, dtype=str)
    statistic, p = chi_square(reference, current)
    expected = {
        "chi_square": statistic,
        "chi_square_p": p,
        "psi": psi(reference, current, False),
        "jensen_shannon": jensen_shannon(reference, current, False),
    }
    return {"name": name, "kind": "categorical", "reference": reference.tolist(), "current": current.tolist(),
            "expected": expected}


def rounded(values, decimals=6):
    return np.round(values, decimals)


def choose(rng, categories, probabilities, size):
    return rng.choice(np.asarray(categories), size=size, p=np.asarray(probabilities) / np.sum(probabilities))


def cases():
    rng = np.random.default_rng(20261101)
    normal = lambda loc, size: rounded(rng.normal(loc, 1.0, size))
    yield numeric_case("small, same distribution", normal(0, 40), normal(0, 50))
    yield numeric_case("small, shifted", normal(0, 200), normal(0.5, 150))
    yield numeric_case("ties: values on a 0.5 grid", np.round(rng.normal(0, 1, 300) * 2) / 2,
                       np.round(rng.normal(0.3, 1, 280) * 2) / 2)
    yield numeric_case("equal sizes", normal(0, 500), normal(0.2, 500))
    yield numeric_case("largest exact: 1000 against 10000", normal(0, 1000), normal(0.05, 10000))
    yield numeric_case("exact and asymptotic differ", normal(0, 3000), normal(0.1, 2500))
    yield numeric_case("large: asymptotic", normal(0, 20000), normal(0.05, 15000))
    yield numeric_case("1024 values in all (Sturges on a power of two)", normal(0, 512), normal(0.1, 512))
    yield numeric_case("constant reference", np.full(100, 2.5), normal(2.5, 60))
    yield numeric_case("whole numbers, values missing on each side", rng.integers(0, 10, 400).astype(float),
                       rng.integers(3, 13, 300).astype(float))
    yield numeric_case("heavy tail, large values", rounded(rng.exponential(1e6, 5000), 2),
                       rounded(rng.exponential(1.3e6, 4000), 2))
    yield numeric_case("two current values", normal(0, 100), np.array([0.25, 3.5]))
    letters = ["a", "b", "c", "d"]
    yield categorical_case("same proportions", choose(rng, letters, [4, 3, 2, 1], 500),
                           choose(rng, letters, [4, 3, 2, 1], 300))
    yield categorical_case("shifted proportions", choose(rng, letters, [4, 3, 2, 1], 800),
                           choose(rng, letters, [1, 2, 3, 4], 600))
    yield categorical_case("category missing in current", choose(rng, letters, [4, 3, 2, 1], 400),
                           choose(rng, letters[:3], [4, 3, 2], 250))
    yield categorical_case("category only in current", choose(rng, letters[:3], [4, 3, 2], 400),
                           choose(rng, letters, [4, 3, 2, 1], 250))
    yield categorical_case("one category on both sides", np.full(50, "same"), np.full(30, "same"))
    yield categorical_case("two categories", choose(rng, ["yes", "no"], [7, 3], 2000),
                           choose(rng, ["yes", "no"], [6, 4], 1500))
    many = [f"c{i:02d}" for i in range(40)]
    yield categorical_case("forty categories", choose(rng, many, np.arange(1, 41), 5000),
                           choose(rng, many, np.arange(40, 0, -1), 3000))
    yield categorical_case("numbers with few values", choose(rng, ["0", "1", "2", "3"], [1, 1, 1, 1], 900),
                           choose(rng, ["0", "1", "2", "3"], [2, 1, 1, 1], 700))


def kolmogorov():
    """kstwo.sf(d, n) in each of Simard and L'Ecuyer's regions: n d below 1, n d^2 small and large, d near 1."""
    values = []
    for n in [2, 3, 10, 50, 140, 141, 300, 1000, 4096, 8571, 20000, 100000, 100001, 500000]:
        ds = [0.3 / n, 0.75 / n, 1.5 / n, 1 - 1.5 / n]
        ds += [np.sqrt(nxx / n) for nxx in [0.05, 0.5, 0.754693, 1.2, 2.0, 2.2, 3.0, 4.5, 8.0, 15.0, 40.0, 120.0, 369.0]]
        for d in sorted(set(ds)):
            if 0 < d < 1:
                values.append({"n": n, "d": float(d), "sf": float(stats.kstwo.sf(d, n))})
    return values


def main():
    document = {
        "about": "Expected drift statistics from SciPy, written by tools/drift/make_expected.py; do not edit.",
        "python": sys.version.split()[0],
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "cases": list(cases()),
        "kolmogorov": kolmogorov(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(document, out, separators=(",", ":"))
        out.write("\n")
    print(f"{len(document['cases'])} cases written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()

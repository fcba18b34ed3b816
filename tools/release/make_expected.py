#!/usr/bin/env python3
"""Writes the expected A/B test figures that AbTestsTest holds the engine to, computed with SciPy.

- Fixed-sample size per arm for a two-sided two-proportion z-test with unpooled variances (the formula of
  Chow, Shao and Wang, "Sample Size Calculations in Clinical Research", 2nd ed., section 4.2):
      n = (z[1 - alpha/2] + z[power])^2 * (p1 (1 - p1) + p2 (1 - p2)) / mde^2, rounded up,
  with p1 the baseline rate and p2 = p1 + mde. Baseline 0.1, mde 0.02, alpha 0.05, power 0.8 gives 3,839.
- Sequential size per arm: the least n at which a single look of the mixture SPRT (normal mixing
  distribution with tau = mde, Johari et al. 2017, "Peeking at A/B tests") finds a true difference of mde with
  the planned power: boundary(n) + z[power] * s(n) = mde, s(n)^2 = (p1 (1 - p1) + p2 (1 - p2)) / n, solved
  with brentq on a continuous n and rounded up.
- Verdict figures for given counts: the fixed-sample z-test's two-sided p-value (pooled variance under the
  null hypothesis) and Wald interval (unpooled); the mixture SPRT's p-value min(1, 1 / Lambda) and its
  confidence-sequence interval, with variances from rates shrunk by half a success and half a failure; both
  intervals kept within -1 to 1, the range of a difference of two rates.

Run once and commit the output (Debian's python3-scipy):

    /usr/bin/python3 tools/release/make_expected.py

It writes embedded-engine/core/src/test/resources/io/sightline/engine/serve/release/expected-ab-tests.json.
"""
import json
import math
import os

import scipy
from scipy import optimize
from scipy.stats import norm

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "embedded-engine", "core", "src", "test",
                   "resources", "io", "sightline", "engine", "serve", "release", "expected-ab-tests.json")


def fixed_size(baseline, mde, confidence, power):
    p1, p2 = baseline, baseline + mde
    z = norm.isf((1 - confidence) / 2) + norm.ppf(power)
    return math.ceil(z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / (mde * mde))


def boundary(variance, tau2, alpha):
    """Half-width of the mixture SPRT's confidence sequence for an estimate of this variance."""
    return math.sqrt(2 * variance * (variance + tau2) / tau2
                     * (math.log(1 / alpha) + 0.5 * math.log((variance + tau2) / variance)))


def sequential_size(baseline, mde, confidence, power):
    p1, p2 = baseline, baseline + mde
    unit = p1 * (1 - p1) + p2 * (1 - p2)
    alpha, tau2 = 1 - confidence, mde * mde

    def gap(n):
        return boundary(unit / n, tau2, alpha) + norm.ppf(power) * math.sqrt(unit / n) - mde

    return math.ceil(optimize.brentq(gap, 1, 1e9, xtol=1e-9, rtol=1e-15))


def fixed_verdict(sa, na, sb, nb, confidence):
    ra, rb = sa / na, sb / nb
    pooled = (sa + sb) / (na + nb)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
    p = 2 * norm.sf(abs(rb - ra) / se0) if se0 > 0 else 1.0
    half = norm.isf((1 - confidence) / 2) * math.sqrt(ra * (1 - ra) / na + rb * (1 - rb) / nb)
    return {"p": p, **within_range(rb - ra, half)}


def sequential_verdict(sa, na, sb, nb, confidence, mde):
    shrunk_a, shrunk_b = (sa + 0.5) / (na + 1), (sb + 0.5) / (nb + 1)
    variance = shrunk_a * (1 - shrunk_a) / na + shrunk_b * (1 - shrunk_b) / nb
    tau2, alpha = mde * mde, 1 - confidence
    difference = sb / nb - sa / na
    log_lambda = (0.5 * math.log(variance / (variance + tau2))
                  + tau2 * difference ** 2 / (2 * variance * (variance + tau2)))
    half = boundary(variance, tau2, alpha)
    return {"p": min(1.0, math.exp(-log_lambda)), **within_range(difference, half)}


def within_range(difference, half):
    """The interval around a difference of two rates, kept within the -1 to 1 such a difference can take."""
    return {"lower": max(-1.0, difference - half), "upper": min(1.0, difference + half)}


def main():
    designs = []
    for baseline, mde, confidence, power in [(0.1, 0.02, 0.95, 0.8), (0.7, 0.02, 0.95, 0.8),
                                             (0.7, 0.05, 0.95, 0.8), (0.3, 0.01, 0.99, 0.9),
                                             (0.5, 0.1, 0.9, 0.5)]:
        designs.append({"baseline": baseline, "mde": mde, "confidence": confidence, "power": power,
                        "fixed_per_arm": fixed_size(baseline, mde, confidence, power),
                        "sequential_per_arm": sequential_size(baseline, mde, confidence, power)})
    verdicts = []
    for sa, na, sb, nb, confidence, mde in [(2960, 4210, 3120, 4210, 0.95, 0.02), (700, 1000, 712, 1000, 0.95, 0.02),
                                            (300, 1000, 240, 900, 0.99, 0.03), (5, 20, 20, 20, 0.95, 0.05),
                                            (8300, 10000, 8420, 10000, 0.9, 0.01)]:
        verdicts.append({"successes_a": sa, "outcomes_a": na, "successes_b": sb, "outcomes_b": nb,
                         "confidence": confidence, "mde": mde,
                         "fixed": fixed_verdict(sa, na, sb, nb, confidence),
                         "sequential": sequential_verdict(sa, na, sb, nb, confidence, mde)})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as out:
        json.dump({"scipy": scipy.__version__, "designs": designs, "verdicts": verdicts}, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()

/**
 * Drift: the statistics Evidently uses (PSI, Kolmogorov-Smirnov, chi-square, Jensen-Shannon, normalised
 * Wasserstein) on primitive arrays, the automatic choice of test per column, and the drift of a deployment's
 * logged inputs and predictions against the training data of the version it serves.
 */
package io.sightline.engine.monitor.drift;

/**
 * Live monitoring of deployments: traffic windows aggregated off the serving path and kept at several
 * resolutions, delayed outcomes joined to logged predictions, performance and money from them, back-tests of
 * strategies on the log, training tables for retraining, and the history of deployments.
 */
package io.sightline.engine.monitor;

/**
 * Searching recorded things the way MLflow clients ask: filter expressions such as
 * {@code metrics.auc > 0.8 and params.depth = '4'}, orderings, and pages with opaque tokens.
 */
package io.sightline.engine.search;

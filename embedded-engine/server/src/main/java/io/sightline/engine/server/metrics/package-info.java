/** Prometheus metrics of the server: requests, predictions, training jobs and event-stream clients. */
package io.sightline.engine.server.metrics;

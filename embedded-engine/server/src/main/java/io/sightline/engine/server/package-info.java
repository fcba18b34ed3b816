/**
 * The engine as a headless HTTP server: the platform API, its OpenAPI document, live events, Prometheus
 * metrics and bearer-token authentication, with room for the other protocols' route groups.
 */
package io.sightline.engine.server;

/**
 * Small stand-ins for the platform's facets in tests: one scripted fake per facet, an in-memory event stream,
 * and a whole platform composed of them for the tests that open a workspace.
 */
package io.sightline.app.fakes;

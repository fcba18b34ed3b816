/**
 * The seam between the engine and everything that uses it: the {@link io.sightline.engine.api.Platform}
 * interface, the immutable records it takes and returns, its events and its typed failures.
 */
package io.sightline.engine.api;

/**
 * The embedded engine: {@link io.sightline.engine.LocalPlatform} implements the Platform seam in-process on a
 * database and a data directory, wiring the feature packages together.
 */
package io.sightline.engine;

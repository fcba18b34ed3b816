/** The platform API under {@code /api/v1}: one table of endpoints, and the handlers it points at, by feature. */
package io.sightline.engine.server.api;

/**
 * The API described as data: each endpoint with its handler and its documentation, mounted and turned into
 * the OpenAPI 3 document from the same declaration, so that the two cannot drift apart.
 */
package io.sightline.engine.server.openapi;

/**
 * The HTTP contract shared by the server and the console's remote client: paths, the JSON mapping, request
 * bodies, pages of lists, error bodies and the status each error code travels with.
 */
package io.sightline.engine.wire;

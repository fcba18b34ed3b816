/**
 * The HTTP contract shared by the server and the console's remote client: paths, the JSON mapping, request
 * bodies, pages of lists, error bodies and the status each error code travels with; and the audit log's export
 * format, written the same by the command line and the console.
 */
package io.sightline.engine.wire;

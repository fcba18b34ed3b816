/**
 * Serving: deployments (a name answering through its traffic policy's arms), single-row and file scoring
 * through a cache of loaded models, and the prediction log written asynchronously in batches.
 */
package io.sightline.engine.serve;

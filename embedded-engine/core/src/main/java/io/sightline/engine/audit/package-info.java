/**
 * The audit log: every change made through the platform's facets recorded once, at the layer that wraps them,
 * as rows of a hash chain in the database that can be read, filtered, exported and checked for tampering.
 */
package io.sightline.engine.audit;

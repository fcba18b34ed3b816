/**
 * Deployment flows: definitions read as data, the actions their steps run, and the runner that takes each flow
 * step by step, keeping every transition in the database under a lease, so that a flow goes on where it was
 * after a restart or on another node.
 */
package io.sightline.engine.flow;

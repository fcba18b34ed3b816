/**
 * The Open Inference Protocol (KServe v2 REST): health, server and model metadata, and batched inference on
 * deployments, with the tensors mapped onto a model's input schema and per-deployment request metrics.
 */
package io.sightline.engine.server.oip;

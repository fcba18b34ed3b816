/**
 * The model registry: registered models, their versions with lineage and stage, and the content-addressed
 * store of model artifacts (Tribuo protobuf, never Java serialization), each named by its SHA-256; the
 * catalog MLflow clients edit (descriptions, tags, aliases, versions whose model is kept elsewhere); what is
 * prepared per version for monitoring and explanations is kept in a {@link io.sightline.engine.registry.PerVersion}.
 */
package io.sightline.engine.registry;

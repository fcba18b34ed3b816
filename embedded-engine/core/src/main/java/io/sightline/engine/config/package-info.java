/**
 * The engine's configuration: one {@link io.sightline.engine.config.EngineConfig} made of parts with defaults
 * (data folder and database, prediction log, alerts, retraining, drift, server), built once where the engine is
 * opened and handed to the parts that use it.
 */
package io.sightline.engine.config;

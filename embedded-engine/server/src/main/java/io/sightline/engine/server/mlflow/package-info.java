/**
 * MLflow REST API 2.0 on the platform: experiments, runs, metrics and the model registry under
 * {@code /api/2.0/mlflow/}, so that MLflow clients log to Sightline unchanged.
 */
package io.sightline.engine.server.mlflow;

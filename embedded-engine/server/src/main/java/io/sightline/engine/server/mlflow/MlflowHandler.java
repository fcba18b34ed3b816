package io.sightline.engine.server.mlflow;

/** One MLflow endpoint: reads the request's fields and returns the response message (empty: {@code {}}). */
@FunctionalInterface
interface MlflowHandler {

    Object handle(MlflowRequest request);
}

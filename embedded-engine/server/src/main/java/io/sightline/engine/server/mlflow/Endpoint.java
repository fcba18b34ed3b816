package io.sightline.engine.server.mlflow;

/** One MLflow endpoint: reads the request's fields and returns the response message (empty: {@code {}}). */
@FunctionalInterface
interface Endpoint {

    Object handle(MlflowRequest request);
}

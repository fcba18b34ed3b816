package io.sightline.engine.server;

import io.javalin.Javalin;

/** A group of HTTP routes (the platform API, Open Inference Protocol, MLflow tracking) mounted on the server. */
public interface RouteGroup {

    void mount(Javalin app);
}

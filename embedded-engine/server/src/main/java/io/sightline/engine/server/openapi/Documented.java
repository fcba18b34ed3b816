package io.sightline.engine.server.openapi;

import java.util.List;

/** A route group that describes its routes: the server adds them to its OpenAPI document. */
public interface Documented {
    List<DocumentedRoute> endpoints();
}

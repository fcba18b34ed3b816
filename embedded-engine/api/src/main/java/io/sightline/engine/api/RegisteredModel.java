package io.sightline.engine.api;

import java.time.Instant;

/** A named model in the registry; its versions are listed separately. */
public record RegisteredModel(String name, String description, int latestVersion, Instant createdAt, Instant updatedAt) {
}

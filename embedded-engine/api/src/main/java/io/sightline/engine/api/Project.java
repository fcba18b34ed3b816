package io.sightline.engine.api;

import java.time.Instant;

/**
 * A project: a named group of registered models with an owner, the person who decides what leaves it (the
 * cross-project flow asks the source project's owner to approve). Every model belongs to exactly one project;
 * models registered without one, and every model that existed before projects, belong to {@link #DEFAULT},
 * which nobody owns ({@code owner} null), so nothing leaves it through an owner's approval.
 */
public record Project(String name, String owner, Instant createdAt) {
    /** The project models belong to until they are moved. */
    public static final String DEFAULT = "default";

    /** Whether {@code person} owns this project (names compared without regard to case, as flows compare them). */
    public boolean ownedBy(String person) {
        return owner != null && person != null && owner.equalsIgnoreCase(person.strip());
    }
}

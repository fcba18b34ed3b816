package io.sightline.engine.audit;

import java.util.Objects;

/**
 * Who is making the calls on this thread and from where, for the audit log: the server sets it for each request
 * (the token's user, the client's address); in-process calls are made by the local user, "embedded". A call that
 * names its own {@code by} is recorded under that name.
 */
public final class AuditContext {
    /** Where an in-process call comes from. */
    public static final String EMBEDDED = "embedded";
    /** The person running this process: read once, as the embedded console passes it for its own calls. */
    public static final Caller LOCAL = new Caller(System.getProperty("user.name", "unknown"), EMBEDDED);

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    /** Who makes a call and from where. */
    public record Caller(String actor, String origin) {
        public Caller {
            actor = actor == null || actor.isBlank() ? "anonymous" : actor.strip();
            origin = Objects.requireNonNullElse(origin, EMBEDDED);
        }
    }

    /** The caller on this thread; the local user, embedded, when none was set. */
    public static Caller current() {
        Caller caller = CURRENT.get();
        return caller == null ? LOCAL : caller;
    }

    /** Makes {@code caller} the one on this thread, until {@link #clear()}. */
    public static void enter(Caller caller) {
        CURRENT.set(Objects.requireNonNull(caller, "caller"));
    }

    /** Forgets the caller on this thread. */
    public static void clear() {
        CURRENT.remove();
    }
}

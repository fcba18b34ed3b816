package io.sightline.engine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes a change and records it in the audit log once it succeeded: who (the {@code by} the call names, else the
 * caller of {@link AuditContext}), from where, what, and the relevant state before and after. A change that
 * fails is not recorded: it changed nothing.
 */
public final class AuditTrail {
    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    /**
     * Runs {@code change} and records it as {@code action} on {@code subject}, by {@code by} (null: the current
     * caller), with {@code before} (read before the change) and the state {@code after} makes of its result.
     */
    public <T> T record(String action, String subject, String by, Object before, Supplier<T> change,
                        Function<? super T, ?> after) {
        T result = change.get();
        recordMade(action, subject, by, before, after.apply(result));
        return result;
    }

    /** Records a change already made, for the calls that change something only on some outcomes. */
    public void recordMade(String action, String subject, String by, Object before, Object after) {
        AuditContext.Caller caller = AuditContext.current();
        if (by != null && !by.isBlank()) {
            caller = new AuditContext.Caller(by, caller.origin());
        }
        log.append(caller, action, subject, json(before), json(after));
    }

    /** Runs {@code change}, which leaves nothing to show after it (a deletion), and records it. */
    public void record(String action, String subject, Object before, Runnable change) {
        record(action, subject, null, before, () -> {
            change.run();
            return null;
        }, result -> null);
    }

    /** What {@code lookup} finds, or null when there is nothing yet (the state before a first change). */
    public static <S> S stateOf(Supplier<S> lookup) {
        try {
            return lookup.get();
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /** A small state of named values, in the order given: {@code state("model", "fraud", "version", 3)}. */
    public static Map<String, Object> state(Object... namesAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }

    /** The subject of a change made for a reason: the reason is part of what was done. */
    public static String reasoned(String subject, String reason) {
        return reason == null || reason.isBlank() ? subject : subject + " (" + reason.strip() + ")";
    }

    private static String json(Object state) {
        try {
            return Wire.MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit state could not be written as JSON", e);
        }
    }
}

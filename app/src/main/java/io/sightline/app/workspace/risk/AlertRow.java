package io.sightline.app.workspace.risk;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** An alert as the alert center lists it, its texts written when the list was loaded. */
public record AlertRow(Alert alert, String severity, String state, String rule, String deployment, String reading,
                       String message, String age, String handledBy) {

    static AlertRow of(Alert alert, Instant now) {
        return new AlertRow(alert, capitalized(alert.severity().name()), capitalized(alert.state().name()),
                alert.ruleName(), alert.deployment() == null ? Figures.NONE : alert.deployment(),
                Figures.significant(alert.value()) + " (threshold " + Figures.significant(alert.threshold()) + ")",
                alert.message(), age(alert.firedAt(), now), handledBy(alert));
    }

    public String id() {
        return alert.id();
    }

    public boolean canAcknowledge() {
        return alert.state() == AlertState.FIRING;
    }

    public boolean canResolve() {
        return alert.state() != AlertState.RESOLVED;
    }

    /** How long ago it fired, the way people say it: "40 s", "12 min", "3 h 05 min", "4 days". */
    static String age(Instant firedAt, Instant now) {
        if (firedAt == null) {
            return Figures.NONE;
        }
        Duration age = Duration.between(firedAt, now);
        if (age.isNegative()) {
            return "just now";
        }
        if (age.toDays() >= 2) {
            return age.toDays() + " days";
        }
        if (age.toMinutes() >= 1 && age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        return Figures.duration(age.toMillis());
    }

    private static String handledBy(Alert alert) {
        return switch (alert.state()) {
            case FIRING -> "";
            case ACKNOWLEDGED -> "acknowledged by " + who(alert.acknowledgedBy()) + ", "
                    + Figures.dateTime(alert.acknowledgedAt());
            case RESOLVED -> (alert.resolvedBy() == null || alert.resolvedBy().isBlank() ? "resolved when the metric"
                    + " recovered" : "resolved by " + alert.resolvedBy()) + ", " + Figures.dateTime(alert.resolvedAt());
        };
    }

    private static String who(String name) {
        return name == null || name.isBlank() ? "someone" : name;
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}

package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.time.Instant;

/**
 * The alert state machine: an alert fires, may be acknowledged, and is resolved; a resolved alert never
 * changes again. Illegal moves are refused with a plain sentence saying what the alert's state is.
 */
final class AlertTransitions {

    private AlertTransitions() {
    }

    static Alert fire(String id, AlertRule rule, double value, String message, Instant at) {
        return new Alert(id, rule.id(), rule.spec().name(), rule.spec().deployment(), AlertState.FIRING,
                rule.spec().severity(), value, rule.spec().threshold(), message, at, null, null, null, null, null);
    }

    static Alert acknowledge(Alert alert, String by, Instant at) {
        if (alert.state() != AlertState.FIRING) {
            throw refused(alert, "acknowledged");
        }
        return new Alert(alert.id(), alert.ruleId(), alert.ruleName(), alert.deployment(), AlertState.ACKNOWLEDGED,
                alert.severity(), alert.value(), alert.threshold(), alert.message(), alert.firedAt(), at,
                who(by), null, null, alert.retrainJobId());
    }

    static Alert resolve(Alert alert, String by, Instant at) {
        if (alert.state() == AlertState.RESOLVED) {
            throw refused(alert, "resolved");
        }
        return new Alert(alert.id(), alert.ruleId(), alert.ruleName(), alert.deployment(), AlertState.RESOLVED,
                alert.severity(), alert.value(), alert.threshold(), alert.message(), alert.firedAt(),
                alert.acknowledgedAt(), alert.acknowledgedBy(), at, who(by), alert.retrainJobId());
    }

    static Alert withRetrainJob(Alert alert, String jobId) {
        return new Alert(alert.id(), alert.ruleId(), alert.ruleName(), alert.deployment(), alert.state(),
                alert.severity(), alert.value(), alert.threshold(), alert.message(), alert.firedAt(),
                alert.acknowledgedAt(), alert.acknowledgedBy(), alert.resolvedAt(), alert.resolvedBy(), jobId);
    }

    private static String who(String by) {
        return by == null || by.isBlank() ? "someone" : by.strip();
    }

    private static PlatformException refused(Alert alert, String wanted) {
        String now = switch (alert.state()) {
            case FIRING -> "still firing";
            case ACKNOWLEDGED -> "already acknowledged by " + alert.acknowledgedBy();
            case RESOLVED -> "already resolved by " + alert.resolvedBy();
        };
        return new PlatformException(ErrorCode.CONFLICT,
                "Alert \"" + alert.ruleName() + "\" cannot be " + wanted + ": it is " + now + ".");
    }
}

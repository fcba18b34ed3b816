package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Alert rules and alerts in the database. */
final class AlertStore {

    List<AlertRule> rules(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT * FROM alert_rule ORDER BY name", AlertStore::readRule);
    }

    Optional<AlertRule> ruleNamed(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT * FROM alert_rule WHERE name = ?", AlertStore::readRule, name);
    }

    Optional<AlertRule> rule(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM alert_rule WHERE id = ?", AlertStore::readRule, id);
    }

    /** Locks the rule's row until the transaction ends; false when the rule was deleted meanwhile. */
    boolean lockRule(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT id FROM alert_rule WHERE id = ? FOR UPDATE", row -> row.getString("id"), id)
                .isPresent();
    }

    void insertRule(Connection connection, AlertRule rule) throws SQLException {
        Sql.update(connection, "INSERT INTO alert_rule (id, name, deployment, spec_json, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", rule.id(), rule.spec().name(), rule.spec().deployment(),
                Json.write(rule.spec()), rule.createdAt(), rule.updatedAt());
    }

    void updateRule(Connection connection, AlertRule rule) throws SQLException {
        Sql.update(connection, "UPDATE alert_rule SET deployment = ?, spec_json = ?, updated_at = ? WHERE id = ?",
                rule.spec().deployment(), Json.write(rule.spec()), rule.updatedAt(), rule.id());
    }

    int deleteRule(Connection connection, String id) throws SQLException {
        return Sql.update(connection, "DELETE FROM alert_rule WHERE id = ?", id);
    }

    List<Alert> alerts(Connection connection, boolean includeResolved, int limit) throws SQLException {
        String where = includeResolved ? "" : " WHERE state <> 'RESOLVED'";
        return Sql.list(connection, "SELECT * FROM alert" + where + " ORDER BY fired_at DESC, id DESC LIMIT ?",
                AlertStore::readAlert, limit);
    }

    Optional<Alert> alert(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM alert WHERE id = ?", AlertStore::readAlert, id);
    }

    /** The rule's alert that is firing or acknowledged, if any: a rule has at most one open alert. */
    Optional<Alert> openAlert(Connection connection, String ruleId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM alert WHERE rule_id = ? AND state <> 'RESOLVED'",
                AlertStore::readAlert, ruleId);
    }

    void insertAlert(Connection connection, Alert alert) throws SQLException {
        Sql.update(connection, "INSERT INTO alert (id, rule_id, rule_name, deployment, state, severity, metric_value, "
                        + "threshold, message, fired_at, retrain_job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                alert.id(), alert.ruleId(), alert.ruleName(), alert.deployment(), alert.state(), alert.severity(),
                alert.value(), alert.threshold(), alert.message(), alert.firedAt(), alert.retrainJobId());
    }

    void updateAlert(Connection connection, Alert alert) throws SQLException {
        Sql.update(connection, "UPDATE alert SET state = ?, acknowledged_at = ?, acknowledged_by = ?, resolved_at = ?, "
                        + "resolved_by = ?, retrain_job_id = ? WHERE id = ?", alert.state(), alert.acknowledgedAt(),
                alert.acknowledgedBy(), alert.resolvedAt(), alert.resolvedBy(), alert.retrainJobId(), alert.id());
    }

    private static AlertRule readRule(ResultSet row) throws SQLException {
        return new AlertRule(row.getString("id"), Json.read(row.getString("spec_json"), AlertRuleSpec.class),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static Alert readAlert(ResultSet row) throws SQLException {
        return new Alert(row.getString("id"), row.getString("rule_id"), row.getString("rule_name"),
                row.getString("deployment"), AlertState.valueOf(row.getString("state")),
                AlertSeverity.valueOf(row.getString("severity")), row.getDouble("metric_value"),
                row.getDouble("threshold"), row.getString("message"), Sql.instant(row, "fired_at"),
                Sql.instant(row, "acknowledged_at"), row.getString("acknowledged_by"), Sql.instant(row, "resolved_at"),
                row.getString("resolved_by"), row.getString("retrain_job_id"));
    }
}

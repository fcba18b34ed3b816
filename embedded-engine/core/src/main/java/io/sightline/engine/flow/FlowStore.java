package io.sightline.engine.flow;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.wire.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of flows: each flow, each of its steps as it stands, and every transition with the values it
 * carried. Every method works in the caller's transaction, so that a transition and its event commit together.
 */
final class FlowStore {
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() { };
    private static final TypeReference<List<GateMeasure>> MEASURES = new TypeReference<>() { };

    /** Stores a new flow with every step pending. */
    void insert(Connection c, Flow flow) throws SQLException {
        Sql.update(c, """
                INSERT INTO flow_run (id, definition_id, definition_json, subject_json, parameters_json, flow_state,
                                      started_by, started_at, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", flow.id(), flow.definition().id(), Json.write(flow.definition()),
                Json.write(flow.subject()), Json.write(flow.parameters()), flow.state(), flow.startedBy(),
                flow.startedAt(), flow.message());
        for (FlowStep step : flow.definition().steps()) {
            Sql.update(c, "INSERT INTO flow_step (flow_id, step_id, state) VALUES (?, ?, ?)", flow.id(), step.id(),
                    StepState.PENDING);
        }
        transition(c, flow.id(), null, null, flow.state(), flow.startedBy(), flow.message(), null);
    }

    StoredFlow get(Connection c, String flowId) throws SQLException {
        return Sql.one(c, "SELECT * FROM flow_run WHERE id = ?", row -> row(c, row), flowId)
                .orElseThrow(() -> PlatformException.notFound("flow", flowId));
    }

    List<Flow> recent(Connection c, int limit) throws SQLException {
        List<String> ids = Sql.list(c, "SELECT id FROM flow_run ORDER BY started_at DESC, id DESC LIMIT ?",
                row -> row.getString("id"), limit);
        List<Flow> flows = new java.util.ArrayList<>();
        for (String id : ids) {
            flows.add(get(c, id).flow());
        }
        return flows;
    }

    /** Locks the flow's row until the transaction ends and says where the flow is. */
    FlowState lock(Connection c, String flowId) throws SQLException {
        return Sql.one(c, "SELECT flow_state FROM flow_run WHERE id = ? FOR UPDATE",
                row -> FlowState.valueOf(row.getString("flow_state")), flowId)
                .orElseThrow(() -> PlatformException.notFound("flow", flowId));
    }

    /** Writes the step as {@code run} says, keeping its first start, and records the transition. */
    void writeStep(Connection c, String flowId, StepRun run, Instant checkAt, String by) throws SQLException {
        Sql.update(c, """
                UPDATE flow_step SET state = ?, started_at = COALESCE(started_at, ?), ended_at = ?, check_at = ?,
                       inputs_json = ?, outputs_json = ?, measures_json = ?, message = ?, decided_by = ?
                WHERE flow_id = ? AND step_id = ?""", run.state(), run.startedAt(), run.endedAt(), checkAt,
                Json.write(run.inputs()), Json.write(run.outputs()), Json.write(run.measures()), run.message(),
                run.decidedBy(), flowId, run.stepId());
        transition(c, flowId, run, run.state(), settle(c, flowId), by, run.message(), run);
    }

    /**
     * The flow's state after its steps changed: as it was when paused or ended; waiting for approval when a
     * step waits for one and none runs; else running.
     */
    FlowState settle(Connection c, String flowId) throws SQLException {
        FlowState current = lock(c, flowId);
        if (current.ended() || current == FlowState.PAUSED) {
            return current;
        }
        List<StepState> states = Sql.list(c, "SELECT state FROM flow_step WHERE flow_id = ?",
                row -> StepState.valueOf(row.getString("state")), flowId);
        FlowState next = states.contains(StepState.WAITING_FOR_APPROVAL) && !states.contains(StepState.RUNNING)
                ? FlowState.WAITING_FOR_APPROVAL : FlowState.RUNNING;
        setState(c, flowId, next, null, null);
        return next;
    }

    /** Sets the flow's own state (and, when it ended, when and why), recording the transition. */
    void writeFlowState(Connection c, String flowId, FlowState state, Instant endedAt, String message, String by)
            throws SQLException {
        setState(c, flowId, state, endedAt, message);
        transition(c, flowId, null, null, state, by, message, null);
    }

    private void setState(Connection c, String flowId, FlowState state, Instant endedAt, String message)
            throws SQLException {
        Sql.update(c, "UPDATE flow_run SET flow_state = ?, ended_at = COALESCE(?, ended_at),"
                + " message = COALESCE(?, message) WHERE id = ?", state, endedAt, message, flowId);
    }

    private void transition(Connection c, String flowId, StepRun step, StepState stepState, FlowState flowState,
                            String by, String message, StepRun values) throws SQLException {
        Sql.update(c, """
                INSERT INTO flow_transition (flow_id, step_id, step_state, flow_state, at, by_whom, message,
                                             inputs_json, outputs_json, measures_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", flowId, step == null ? null : step.stepId(), stepState,
                flowState, Timestamps.now(), by, message, values == null ? null : Json.write(values.inputs()),
                values == null ? null : Json.write(values.outputs()),
                values == null ? null : Json.write(values.measures()));
    }

    /** How many transitions the flow has had (for tests and the history view). */
    int transitions(Connection c, String flowId) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) AS n FROM flow_transition WHERE flow_id = ?", row -> row.getInt("n"), flowId)
                .orElse(0);
    }

    /** When a waiting step is to be looked at again, changing nothing else. */
    int checkLater(Connection c, String flowId, String stepId, Instant checkAt) throws SQLException {
        return Sql.update(c, "UPDATE flow_step SET check_at = ? WHERE flow_id = ? AND step_id = ?", checkAt, flowId,
                stepId);
    }

    /** Marks the flow's lease ended, so that no node claims the flow again. */
    void endLease(Connection c, String flowId, JobState state) throws SQLException {
        Sql.update(c, "UPDATE flow_lease SET state = ?, lease_until = NULL WHERE id = ?", state, flowId);
    }

    private StoredFlow row(Connection c, ResultSet row) throws SQLException {
        String id = row.getString("id");
        FlowDefinition definition = Json.read(row.getString("definition_json"), FlowDefinition.class);
        Map<String, StepRun> runs = new HashMap<>();
        Map<String, Instant> checkAt = new HashMap<>();
        Sql.list(c, "SELECT * FROM flow_step WHERE flow_id = ?", step -> {
            String stepId = step.getString("step_id");
            Instant check = Sql.instant(step, "check_at");
            if (check != null) {
                checkAt.put(stepId, check);
            }
            return runs.put(stepId, new StepRun(stepId, StepState.valueOf(step.getString("state")),
                    Sql.instant(step, "started_at"), Sql.instant(step, "ended_at"),
                    Json.read(step.getString("inputs_json"), TEXT_MAP), Json.read(step.getString("outputs_json"), TEXT_MAP),
                    Json.read(step.getString("measures_json"), MEASURES), step.getString("message"),
                    step.getString("decided_by")));
        }, id);
        List<StepRun> inOrder = definition.steps().stream().map(s -> runs.get(s.id())).toList();
        Flow flow = new Flow(id, definition, Json.read(row.getString("subject_json"), FlowSubject.class),
                Json.read(row.getString("parameters_json"), TEXT_MAP), FlowState.valueOf(row.getString("flow_state")),
                row.getString("started_by"), Sql.instant(row, "started_at"), Sql.instant(row, "ended_at"),
                row.getString("message"), inOrder);
        return new StoredFlow(flow, checkAt);
    }
}

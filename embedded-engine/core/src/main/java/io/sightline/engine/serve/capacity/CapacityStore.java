package io.sightline.engine.serve.capacity;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.store.Sql;
import io.sightline.engine.wire.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Load tests in the database, one row each with its plan and measured steps as JSON. Writes to a test only
 * change it while it is running, so that of a stop and a step written at once by two nodes the stop holds.
 */
final class CapacityStore {
    private static final TypeReference<List<CapacityPoint>> POINTS = new TypeReference<>() { };

    /** A test as stored, with the node that runs it. */
    record StoredTest(CapacityTest test, String nodeId) {
    }

    void insert(Connection c, CapacityTest test, String nodeId) throws SQLException {
        Sql.update(c, "INSERT INTO capacity_test (id, deployment, plan_json, state, started_by, node_id, started_at, "
                + "points_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", test.id(), test.deployment(), Json.write(test.plan()),
                test.state(), test.by(), nodeId, test.startedAt(), Json.write(test.points()));
    }

    Optional<StoredTest> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT * FROM capacity_test WHERE id = ?", CapacityStore::read, id);
    }

    /** The deployment's tests, newest first. */
    List<StoredTest> of(Connection c, String deployment) throws SQLException {
        return Sql.list(c, "SELECT * FROM capacity_test WHERE deployment = ? ORDER BY started_at DESC, id DESC",
                CapacityStore::read, deployment);
    }

    /** The tests still marked running, on any node. */
    List<StoredTest> running(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM capacity_test WHERE state = ?", CapacityStore::read,
                CapacityTestState.RUNNING);
    }

    /** Saves the steps measured so far; false when the test is no longer running (stopped elsewhere). */
    boolean savePoints(Connection c, String id, List<CapacityPoint> points) throws SQLException {
        return Sql.update(c, "UPDATE capacity_test SET points_json = ? WHERE id = ? AND state = ?", Json.write(points),
                id, CapacityTestState.RUNNING) == 1;
    }

    /** Ends a running test; false when it had already ended. */
    boolean end(Connection c, String id, CapacityTestState state, Instant at, String message) throws SQLException {
        return Sql.update(c, "UPDATE capacity_test SET state = ?, ended_at = ?, message = ? WHERE id = ? AND state = ?",
                state, at, message, id, CapacityTestState.RUNNING) == 1;
    }

    private static StoredTest read(ResultSet row) throws SQLException {
        CapacityTest test = new CapacityTest(row.getString("id"), row.getString("deployment"),
                Json.read(row.getString("plan_json"), CapacityPlan.class),
                CapacityTestState.valueOf(row.getString("state")), row.getString("started_by"),
                Sql.instant(row, "started_at"), Sql.instant(row, "ended_at"),
                Json.read(row.getString("points_json"), POINTS), row.getString("message"));
        return new StoredTest(test, row.getString("node_id"));
    }
}

package io.sightline.engine.track;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Experiments in the database, found by id or by name (runs refer to theirs by name). An experiment created
 * without an artifact location gets {@code artifactRoot/ID}.
 */
public final class ExperimentStore {
    private final String artifactRoot;

    public ExperimentStore(String artifactRoot) {
        this.artifactRoot = artifactRoot.endsWith("/") ? artifactRoot.substring(0, artifactRoot.length() - 1)
                : artifactRoot;
    }

    /** The id of the experiment called {@code name}, created active if there is none yet. */
    public String ensure(Connection connection, String name) throws SQLException {
        Optional<Experiment> existing = byName(connection, name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return insert(connection, name, null).id();
    }

    /** Creates an experiment; a name in use, even by a deleted experiment, is refused. */
    public Experiment insert(Connection connection, String name, String artifactLocation) throws SQLException {
        if (byName(connection, name).isPresent()) {
            throw new PlatformException(ErrorCode.ALREADY_EXISTS, "Experiment '" + name
                    + "' already exists. Choose another name, or restore it if it was deleted.");
        }
        Instant now = Timestamps.now();
        Sql.update(connection, "INSERT INTO experiment (name, artifact_location, lifecycle_stage, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?)", name, artifactLocation, LifecycleStage.ACTIVE.word(), now, now);
        return byName(connection, name).orElseThrow();
    }

    public Experiment get(Connection connection, String id) throws SQLException {
        return find(connection, id).orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND,
                "There is no experiment with id '" + id + "'."));
    }

    public Optional<Experiment> find(Connection connection, String id) throws SQLException {
        Long numeric = numericId(id);
        if (numeric == null) {
            return Optional.empty();
        }
        List<Experiment> found = select(connection, "WHERE id = ?", numeric);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Experiment> byName(Connection connection, String name) throws SQLException {
        List<Experiment> found = select(connection, "WHERE name = ?", name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Experiment> list(Connection connection) throws SQLException {
        return select(connection, "");
    }

    /** Locks the experiment's row until the transaction ends, so that concurrent changes to it queue up. */
    public Experiment lock(Connection connection, String id) throws SQLException {
        Experiment experiment = get(connection, id);
        Sql.one(connection, "SELECT id FROM experiment WHERE id = ? FOR UPDATE", row -> row.getLong("id"),
                Long.parseLong(experiment.id()));
        return experiment;
    }

    public void setStage(Connection connection, String id, LifecycleStage stage) throws SQLException {
        Sql.update(connection, "UPDATE experiment SET lifecycle_stage = ?, updated_at = ? WHERE id = ?",
                stage.word(), Timestamps.now(), Long.parseLong(id));
    }

    /** Renames the experiment and moves its runs along with it. */
    public void rename(Connection connection, String id, String newName) throws SQLException {
        Experiment experiment = get(connection, id);
        if (byName(connection, newName).isPresent()) {
            throw new PlatformException(ErrorCode.ALREADY_EXISTS, "Experiment '" + newName
                    + "' already exists. Choose another name.");
        }
        Sql.update(connection, "UPDATE experiment SET name = ?, updated_at = ? WHERE id = ?", newName,
                Timestamps.now(), Long.parseLong(id));
        Sql.update(connection, "UPDATE run SET experiment = ? WHERE experiment = ?", newName, experiment.name());
    }

    public void setTag(Connection connection, String id, String key, String value) throws SQLException {
        long numeric = Long.parseLong(id);
        Sql.upsert(connection, "experiment_tag", Map.of("experiment_id", numeric, "tag_key", key), "tag_value", value);
        Sql.update(connection, "UPDATE experiment SET updated_at = ? WHERE id = ?", Timestamps.now(), numeric);
    }

    /** Where runs of experiment {@code id} put their files when the experiment names no place. */
    String defaultLocation(String id) {
        return artifactRoot + "/" + id;
    }

    private List<Experiment> select(Connection connection, String where, Object... params) throws SQLException {
        Map<Long, Map<String, String>> tags = new HashMap<>();
        Sql.list(connection, "SELECT experiment_id, tag_key, tag_value FROM experiment_tag WHERE experiment_id IN "
                + "(SELECT id FROM experiment " + where + ")", row -> {
                    tags.computeIfAbsent(row.getLong("experiment_id"), k -> new HashMap<>())
                            .put(row.getString("tag_key"), row.getString("tag_value"));
                    return null;
                }, params);
        return Sql.list(connection, "SELECT * FROM experiment " + where + " ORDER BY id", row -> read(row, tags),
                params);
    }

    private Experiment read(ResultSet row, Map<Long, Map<String, String>> tags) throws SQLException {
        long id = row.getLong("id");
        String location = row.getString("artifact_location");
        return new Experiment(String.valueOf(id), row.getString("name"),
                location == null ? defaultLocation(String.valueOf(id)) : location,
                LifecycleStage.of(row.getString("lifecycle_stage")), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), tags.getOrDefault(id, Map.of()));
    }

    private static Long numericId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(id);
    }
}

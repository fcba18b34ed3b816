package io.sightline.engine.registry;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Stage;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry's rows beyond models and versions: descriptions, tags, aliases, renames and deletions. */
final class CatalogRows {
    private final ModelRegistry registry;

    CatalogRows(ModelRegistry registry) {
        this.registry = registry;
    }

    ModelDetail model(Connection connection, String name) throws SQLException {
        RegisteredModel model = registry.models(connection).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("registered model", name));
        return detail(connection, model);
    }

    List<ModelDetail> models(Connection connection) throws SQLException {
        List<ModelDetail> details = new ArrayList<>();
        for (RegisteredModel model : registry.models(connection)) {
            details.add(detail(connection, model));
        }
        return details;
    }

    private ModelDetail detail(Connection connection, RegisteredModel model) throws SQLException {
        Map<String, String> tags = new HashMap<>();
        Sql.list(connection, "SELECT tag_key, tag_value FROM registered_model_tag WHERE model_name = ?",
                row -> tags.put(row.getString("tag_key"), row.getString("tag_value")), model.name());
        Map<String, Integer> aliases = new TreeMap<>();
        Sql.list(connection, "SELECT alias, version FROM model_alias WHERE model_name = ?",
                row -> aliases.put(row.getString("alias"), row.getInt("version")), model.name());
        Map<Stage, VersionDetail> latest = new TreeMap<>();
        for (VersionDetail version : versions(connection, model.name())) {
            latest.merge(version.version().stage(), version,
                    (a, b) -> a.version().version() >= b.version().version() ? a : b);
        }
        return new ModelDetail(model, tags, aliases, new ArrayList<>(latest.values()));
    }

    VersionDetail version(Connection connection, String model, int version) throws SQLException {
        registry.version(connection, model, version);
        return versionsWhere(connection, "WHERE v.model_name = ? AND v.version = ?", model, version).get(0);
    }

    /** The versions of a model, newest first. */
    List<VersionDetail> versions(Connection connection, String model) throws SQLException {
        return versionsWhere(connection, "WHERE v.model_name = ?", model);
    }

    List<VersionDetail> allVersions(Connection connection) throws SQLException {
        return versionsWhere(connection, "");
    }

    private List<VersionDetail> versionsWhere(Connection connection, String where, Object... params)
            throws SQLException {
        Map<String, Map<String, String>> tags = new HashMap<>();
        Sql.list(connection, "SELECT t.model_name, t.version, t.tag_key, t.tag_value FROM model_version_tag t "
                        + "JOIN model_version v ON v.model_name = t.model_name AND v.version = t.version " + where,
                row -> tags.computeIfAbsent(key(row.getString("model_name"), row.getInt("version")),
                        k -> new HashMap<>()).put(row.getString("tag_key"), row.getString("tag_value")), params);
        Map<String, List<String>> aliases = new HashMap<>();
        Sql.list(connection, "SELECT a.model_name, a.version, a.alias FROM model_alias a "
                        + "JOIN model_version v ON v.model_name = a.model_name AND v.version = a.version " + where
                        + " ORDER BY a.alias",
                row -> aliases.computeIfAbsent(key(row.getString("model_name"), row.getInt("version")),
                        k -> new ArrayList<>()).add(row.getString("alias")), params);
        return Sql.list(connection, "SELECT v.* FROM model_version v " + where
                + " ORDER BY v.model_name, v.version DESC", row -> {
                    ModelVersion version = ModelRegistry.readVersion(row);
                    String source = row.getString("source");
                    Instant updated = Sql.instant(row, "updated_at");
                    String key = key(version.model(), version.version());
                    return new VersionDetail(version,
                            source == null && version.artifactSha256() != null
                                    ? VersionDetail.SIGHTLINE_SOURCE_PREFIX + version.artifactSha256() : source,
                            row.getString("description"), updated == null ? version.createdAt() : updated,
                            row.getString("run_link"), tags.get(key), aliases.get(key));
                }, params);
    }

    private static String key(String model, int version) {
        return model + "\u0000" + version;
    }

    void insertModel(Connection connection, String name, String description) throws SQLException {
        Instant now = Timestamps.now();
        Sql.update(connection, "INSERT INTO registered_model (name, description, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?)", name, description == null ? "" : description, now, now);
    }

    boolean modelExists(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT name FROM registered_model WHERE name = ?", row -> row.getString("name"),
                name).isPresent();
    }

    void describeModel(Connection connection, String name, String description) throws SQLException {
        Sql.update(connection, "UPDATE registered_model SET description = ?, updated_at = ? WHERE name = ?",
                description, Timestamps.now(), name);
    }

    void describeVersion(Connection connection, String name, int version, String description) throws SQLException {
        Sql.update(connection, "UPDATE model_version SET description = ?, updated_at = ? WHERE model_name = ? "
                + "AND version = ?", description, Timestamps.now(), name, version);
    }

    void setModelTag(Connection connection, String name, String key, String value) throws SQLException {
        Sql.upsert(connection, "registered_model_tag", Map.of("model_name", name, "tag_key", key), "tag_value", value);
    }

    boolean deleteModelTag(Connection connection, String name, String key) throws SQLException {
        return Sql.update(connection, "DELETE FROM registered_model_tag WHERE model_name = ? AND tag_key = ?",
                name, key) > 0;
    }

    void setVersionTag(Connection connection, String name, int version, String key, String value)
            throws SQLException {
        Sql.upsert(connection, "model_version_tag", Map.of("model_name", name, "version", version, "tag_key", key),
                "tag_value", value);
    }

    boolean deleteVersionTag(Connection connection, String name, int version, String key) throws SQLException {
        return Sql.update(connection, "DELETE FROM model_version_tag WHERE model_name = ? AND version = ? "
                + "AND tag_key = ?", name, version, key) > 0;
    }

    void setAlias(Connection connection, String name, String alias, int version) throws SQLException {
        Sql.upsert(connection, "model_alias", Map.of("model_name", name, "alias", alias), "version", version);
    }

    boolean deleteAlias(Connection connection, String name, String alias) throws SQLException {
        return Sql.update(connection, "DELETE FROM model_alias WHERE model_name = ? AND alias = ?", name, alias) > 0;
    }

    Integer aliasTarget(Connection connection, String name, String alias) throws SQLException {
        return Sql.one(connection, "SELECT version FROM model_alias WHERE model_name = ? AND alias = ?",
                row -> row.getInt("version"), name, alias).orElse(null);
    }

    /** Moves every other version of {@code name} now in {@code stage} to Archived. */
    void archiveOthers(Connection connection, String name, int keep, Stage stage) throws SQLException {
        Sql.update(connection, "UPDATE model_version SET stage = ?, updated_at = ? WHERE model_name = ? "
                + "AND stage = ? AND version <> ?", Stage.ARCHIVED, Timestamps.now(), name, stage, keep);
    }

    /** The deployments serving the model (any version when {@code version} is null). */
    List<String> deploymentsOf(Connection connection, String name, Integer version) throws SQLException {
        return version == null
                ? Sql.list(connection, "SELECT name FROM deployment WHERE model_name = ? ORDER BY name",
                        row -> row.getString("name"), name)
                : Sql.list(connection, "SELECT name FROM deployment WHERE model_name = ? AND model_version = ? "
                        + "ORDER BY name", row -> row.getString("name"), name, version);
    }

    /**
     * Gives a model a new name, carrying its project, versions, tags and aliases over, and pointing the runs that
     * produced them at the new name.
     */
    void rename(Connection connection, String name, String newName) throws SQLException {
        Sql.update(connection, "INSERT INTO registered_model (name, description, created_at, updated_at, project) "
                + "SELECT ?, description, created_at, ?, project FROM registered_model WHERE name = ?",
                newName, Timestamps.now(), name);
        Sql.update(connection, """
                INSERT INTO model_version (model_name, version, run_id, dataset_id, dataset_sha256, stage,
                    artifact_sha256, artifact_bytes, algorithm, metrics_json, schema_json, created_at, source,
                    run_link, description, updated_at)
                SELECT ?, version, run_id, dataset_id, dataset_sha256, stage, artifact_sha256, artifact_bytes,
                    algorithm, metrics_json, schema_json, created_at, source, run_link, description, updated_at
                FROM model_version WHERE model_name = ?""", newName, name);
        for (String table : List.of("model_version_tag", "model_alias", "registered_model_tag")) {
            Sql.update(connection, "UPDATE " + table + " SET model_name = ? WHERE model_name = ?", newName, name);
        }
        Sql.update(connection, "UPDATE run SET model_name = ? WHERE model_name = ?", newName, name);
        Sql.update(connection, "DELETE FROM model_version WHERE model_name = ?", name);
        Sql.update(connection, "DELETE FROM registered_model WHERE name = ?", name);
    }

    void deleteVersion(Connection connection, String name, int version) throws SQLException {
        Sql.update(connection, "DELETE FROM model_alias WHERE model_name = ? AND version = ?", name, version);
        Sql.update(connection, "DELETE FROM model_version_tag WHERE model_name = ? AND version = ?", name, version);
        Sql.update(connection, "UPDATE run SET model_name = NULL, model_version = NULL "
                + "WHERE model_name = ? AND model_version = ?", name, version);
        Sql.update(connection, "DELETE FROM model_version WHERE model_name = ? AND version = ?", name, version);
        Sql.update(connection, "UPDATE registered_model SET updated_at = ? WHERE name = ?", Timestamps.now(), name);
    }

    void deleteModel(Connection connection, String name) throws SQLException {
        for (String table : List.of("model_alias", "model_version_tag", "registered_model_tag")) {
            Sql.update(connection, "DELETE FROM " + table + " WHERE model_name = ?", name);
        }
        Sql.update(connection, "UPDATE run SET model_name = NULL, model_version = NULL WHERE model_name = ?", name);
        Sql.update(connection, "DELETE FROM model_version WHERE model_name = ?", name);
        Sql.update(connection, "DELETE FROM registered_model WHERE name = ?", name);
    }

    static Comparator<VersionDetail> newestFirst() {
        return Comparator.comparing((VersionDetail v) -> v.version().model())
                .thenComparing(v -> -v.version().version());
    }
}

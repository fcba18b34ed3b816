package io.sightline.engine.registry;

import io.sightline.engine.store.Timestamps;
import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Stage;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Registered models and their versions in the database; artifacts live in an {@link ArtifactStore}. */
public final class ModelRegistry {
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() { };

    /** Records a new version of {@code version.model()} (created if new); the version number is assigned here. */
    public ModelVersion register(Connection connection, ModelVersion version) throws SQLException {
        Instant now = Timestamps.now();
        boolean exists = Sql.one(connection, "SELECT name FROM registered_model WHERE name = ?",
                row -> row.getString("name"), version.model()).isPresent();
        if (exists) {
            Sql.update(connection, "UPDATE registered_model SET updated_at = ? WHERE name = ?", now, version.model());
        } else {
            Sql.update(connection, "INSERT INTO registered_model (name, description, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?)", version.model(), "", now, now);
        }
        int next = nextVersion(connection, version.model());
        ModelVersion numbered = new ModelVersion(version.model(), next, version.runId(), version.datasetId(),
                version.datasetSha256(), Stage.NONE, version.artifactSha256(), version.artifactBytes(),
                version.algorithm(), version.metrics(), version.schema(), now);
        Sql.update(connection, """
                INSERT INTO model_version (model_name, version, run_id, dataset_id, dataset_sha256, stage,
                    artifact_sha256, artifact_bytes, algorithm, metrics_json, schema_json, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                numbered.model(), numbered.version(), numbered.runId(), numbered.datasetId(),
                numbered.datasetSha256(), numbered.stage(), numbered.artifactSha256(), numbered.artifactBytes(),
                numbered.algorithm(), Json.write(numbered.metrics()), Json.write(numbered.schema()), now);
        return numbered;
    }

    /**
     * Records a version whose model lives outside Sightline at {@code source}: it has no artifact, algorithm or
     * input schema, so it can be listed, staged and aliased but not deployed.
     */
    public ModelVersion registerExternal(Connection connection, NewVersion version, String datasetId,
                                         String datasetSha256) throws SQLException {
        requireModel(connection, version.model());
        Instant now = Timestamps.now();
        int next = nextVersion(connection, version.model());
        Sql.update(connection, """
                INSERT INTO model_version (model_name, version, run_id, dataset_id, dataset_sha256, stage,
                    artifact_sha256, artifact_bytes, algorithm, metrics_json, schema_json, created_at, source,
                    run_link, description, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL, 0, NULL, '{}', NULL, ?, ?, ?, ?, ?)""",
                version.model(), next, version.runId(), datasetId, datasetSha256, Stage.NONE, now, version.source(),
                version.runLink(), version.description(), now);
        Sql.update(connection, "UPDATE registered_model SET updated_at = ? WHERE name = ?", now, version.model());
        return version(connection, version.model(), next);
    }

    private static int nextVersion(Connection connection, String model) throws SQLException {
        return Sql.one(connection, "SELECT COALESCE(MAX(version), 0) AS v FROM model_version WHERE model_name = ?",
                row -> row.getInt("v"), model).orElse(0) + 1;
    }

    public List<RegisteredModel> models(Connection connection) throws SQLException {
        return Sql.list(connection, """
                SELECT m.name, m.description, m.created_at, m.updated_at,
                       (SELECT COALESCE(MAX(v.version), 0) FROM model_version v WHERE v.model_name = m.name) AS latest
                FROM registered_model m ORDER BY m.updated_at DESC""",
                row -> new RegisteredModel(row.getString("name"), row.getString("description"), row.getInt("latest"),
                        Sql.instant(row, "created_at"), Sql.instant(row, "updated_at")));
    }

    public List<ModelVersion> versions(Connection connection, String model) throws SQLException {
        requireModel(connection, model);
        return Sql.list(connection, "SELECT * FROM model_version WHERE model_name = ? ORDER BY version DESC",
                ModelRegistry::readVersion, model);
    }

    public ModelVersion version(Connection connection, String model, int version) throws SQLException {
        return Sql.one(connection, "SELECT * FROM model_version WHERE model_name = ? AND version = ?",
                ModelRegistry::readVersion, model, version)
                .orElseThrow(() -> PlatformException.notFound("model version", model + ":" + version));
    }

    public ModelVersion setStage(Connection connection, String model, int version, Stage stage) throws SQLException {
        version(connection, model, version);
        Sql.update(connection, "UPDATE model_version SET stage = ?, updated_at = ? WHERE model_name = ? AND version = ?",
                stage, Timestamps.now(), model, version);
        Sql.update(connection, "UPDATE registered_model SET updated_at = ? WHERE name = ?", Timestamps.now(), model);
        return version(connection, model, version);
    }

    static void requireModel(Connection connection, String model) throws SQLException {
        if (Sql.one(connection, "SELECT name FROM registered_model WHERE name = ?", row -> row.getString("name"),
                model).isEmpty()) {
            throw PlatformException.notFound("registered model", model);
        }
    }

    static ModelVersion readVersion(ResultSet row) throws SQLException {
        return new ModelVersion(
                row.getString("model_name"),
                row.getInt("version"),
                row.getString("run_id"),
                row.getString("dataset_id"),
                row.getString("dataset_sha256"),
                Stage.valueOf(row.getString("stage")),
                row.getString("artifact_sha256"),
                row.getLong("artifact_bytes"),
                row.getString("algorithm"),
                Json.read(row.getString("metrics_json"), METRICS),
                Json.read(row.getString("schema_json"), ModelSchema.class),
                Sql.instant(row, "created_at"));
    }
}

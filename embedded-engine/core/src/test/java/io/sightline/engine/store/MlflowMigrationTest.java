package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.registry.VersionDetail;
import io.sightline.engine.track.Experiment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before MLflow tracking existed upgrades without losing anything: its runs get an
 * experiment of their own, its versions keep their artifacts, and both read through the new API.
 */
class MlflowMigrationTest {

    @Test
    void runsAndVersionsRecordedBeforeTheUpgradeSurviveIt(@TempDir Path directory) throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("sightline") + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO run (id, experiment, status, params_json, metrics_json, leaderboard_json,
                        importances_json, timings_json, started_at, finished_at, model_name, model_version)
                    VALUES ('run-old', 'credit-g', 'FINISHED', '{"folds":"5"}', '{"cv_auc":0.79}', '[]', '[]', '{}',
                        TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-05 10:01:00+00',
                        'credit-risk', 1)""");
            statement.execute("INSERT INTO registered_model (name, description, created_at, updated_at) VALUES "
                    + "('credit-risk', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("""
                    INSERT INTO model_version (model_name, version, run_id, stage, artifact_sha256, artifact_bytes,
                        algorithm, metrics_json, schema_json, created_at)
                    VALUES ('credit-risk', 1, 'run-old', 'PRODUCTION', '%s', 1234, 'Random forest', '{}',
                        '{"inputs":[],"target":"class","task":"BINARY","labels":[]}', CURRENT_TIMESTAMP)"""
                    .formatted("ab".repeat(32)));
        }

        try (LocalPlatform platform = LocalPlatform.open(directory, Database.open(url, "sa", ""))) {
            RunInfo run = platform.run("run-old");
            assertThat(run.params()).containsEntry("folds", "5");
            assertThat(run.metrics()).containsEntry("cv_auc", 0.79);
            assertThat(platform.runs()).extracting(RunInfo::id).containsExactly("run-old");

            Experiment experiment = platform.tracking().experimentByName("credit-g");
            assertThat(experiment.id()).isNotEqualTo(Experiment.DEFAULT_ID);
            assertThat(platform.tracking().run("run-old").experimentId()).isEqualTo(experiment.id());
            assertThat(platform.tracking().experiment(Experiment.DEFAULT_ID).name()).isEqualTo("Default");
            assertThat(platform.tracking().metricHistory("run-old", "cv_auc", 10, null).items())
                    .singleElement().satisfies(point -> assertThat(point.step()).isZero());

            VersionDetail version = platform.modelCatalog().version("credit-risk", 1);
            assertThat(version.hasArtifact()).isTrue();
            assertThat(version.source()).isEqualTo(VersionDetail.SIGHTLINE_SOURCE_PREFIX + "ab".repeat(32));
            assertThat(platform.modelVersion("credit-risk", 1).algorithm()).isEqualTo("Random forest");
        }
    }
}

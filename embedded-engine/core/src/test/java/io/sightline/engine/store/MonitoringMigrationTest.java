package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.serve.DeploymentHistory;
import io.sightline.engine.serve.PredictionLog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that has every other migration, later ones included, gets the monitoring migration when it is
 * opened, and what it logged before reads on: old predictions without ids, old deployments in the history.
 */
class MonitoringMigrationTest {

    @Test
    void aDatabaseWithLaterMigrationsGetsTheMonitoringOneAndKeepsItsPredictions(@TempDir Path directory)
            throws IOException, SQLException, URISyntaxException {
        Path others = directory.resolve("without-monitoring");
        Files.createDirectories(others);
        try (Stream<Path> migrations = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            // the migrations there were when the monitoring one came, V5 and V6 included (V7 on build on it)
            for (Path migration : migrations.filter(MonitoringMigrationTest::beforeMonitoringCame).toList()) {
                Files.copy(migration, others.resolve(migration.getFileName()));
            }
        }
        String url = "jdbc:h2:file:" + directory.resolve("sightline") + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + others).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO registered_model (name, description, created_at, updated_at) VALUES "
                    + "('credit-risk', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("""
                    INSERT INTO model_version (model_name, version, stage, artifact_sha256, artifact_bytes, algorithm,
                        metrics_json, schema_json, created_at)
                    VALUES ('credit-risk', 1, 'NONE', '%s', 1, 'Random forest', '{}',
                        '{"inputs":[],"target":"class","task":"BINARY","labels":[]}', CURRENT_TIMESTAMP)"""
                    .formatted("ab".repeat(32)));
            statement.execute("INSERT INTO deployment (name, model_name, model_version, state, created_at, updated_at) "
                    + "VALUES ('credit-live', 'credit-risk', 1, 'LIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("""
                    INSERT INTO prediction_log (deployment, model_name, model_version, at, inputs_json, output,
                        confidence, latency_us)
                    VALUES ('credit-live', 'credit-risk', 1, CURRENT_TIMESTAMP, '{"age":"41"}', 'good', 0.8, 12)""");
        }

        try (Database database = Database.open(url, "sa", "");
             PredictionLog log = new PredictionLog(database, 10)) {
            List<LoggedPrediction> logged = log.recent("credit-live", 10);
            assertThat(logged).singleElement().satisfies(p -> {
                assertThat(p.inputs()).containsEntry("age", "41");
                assertThat(p.predictionId()).isNull();
                assertThat(p.score()).isNull();
                assertThat(p.decision()).isEqualTo(Decision.ALLOW);
                assertThat(p.actualLabel()).isNull();
            });
            List<DeploymentChange> history = database.read(c -> new DeploymentHistory().since(c, Instant.EPOCH));
            assertThat(history).singleElement().satisfies(change -> {
                assertThat(change.deployment()).isEqualTo("credit-live");
                assertThat(change.version()).isEqualTo(1);
            });
        }
    }

    private static boolean beforeMonitoringCame(Path migration) {
        String name = migration.getFileName().toString();
        int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
        return version != 4 && version <= 6;
    }
}

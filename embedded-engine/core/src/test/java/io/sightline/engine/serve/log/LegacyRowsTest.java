package io.sightline.engine.serve.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Database;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database whose log was kept one row per prediction, opened by an engine that keeps blocks. */
class LegacyRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final int ROWS = 12_000;

    @TempDir
    Path directory;

    @Test
    void rowsOfTheOldLogAreMovedIntoBlocksAndReadBackWithTheirOutcomes() throws Exception {
        String url = oldDatabase();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            insertOldRows(connection);
        }

        try (Database database = Database.open(url, "sa", "");
             PredictionLog log = new PredictionLog(database, 10)) {
            long left = database.read(c -> io.sightline.engine.store.Sql.one(c,
                    "SELECT COUNT(*) AS n FROM prediction_log", row -> row.getLong("n")).orElseThrow());
            assertThat(left).isZero();
            PredictionBlocks blocks = new PredictionBlocks(database);
            assertThat(blocks.footprint().predictions()).isEqualTo(ROWS);
            // failed and shadow rows are kept, but not counted as answered
            assertThat(blocks.countAnswered("credit-live", T0, T0.plusSeconds(3_600))).isEqualTo(ROWS - ROWS / 100 * 2);

            List<LoggedPrediction> recent = log.recent("credit-live", 2);
            assertThat(recent).hasSize(2);
            LoggedPrediction newest = recent.get(0);
            assertThat(newest.at()).isEqualTo(T0.plusMillis(ROWS - 1));
            assertThat(newest.inputs()).containsEntry("age", Integer.toString((ROWS - 1) % 60 + 18))
                    .containsEntry("purpose", "car");
            assertThat(newest.predictionId()).isEqualTo(PredictionIds.of(T0.toEpochMilli() + ROWS - 1, ROWS - 1));
            assertThat(newest.actualLabel()).isEqualTo("good");
            assertThat(newest.decision()).isEqualTo(Decision.REVIEW);
            assertThat(newest.score()).isEqualTo(0.5);
        }
        // opened again: nothing left to move, nothing moved twice
        try (Database database = Database.open(url, "sa", "");
             PredictionLog log = new PredictionLog(database, 10)) {
            assertThat(new PredictionBlocks(database).footprint().predictions()).isEqualTo(ROWS);
        }
    }

    /** A database with every migration there was before blocks came. */
    private String oldDatabase() throws IOException, URISyntaxException {
        Path before = Files.createDirectories(directory.resolve("before-blocks"));
        try (Stream<Path> migrations = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            for (Path migration : migrations.filter(m -> !m.getFileName().toString().startsWith("V12__")).toList()) {
                Files.copy(migration, before.resolve(migration.getFileName()));
            }
        }
        String url = "jdbc:h2:file:" + directory.resolve("sightline") + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + before).load().migrate();
        return url;
    }

    private static void insertOldRows(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO prediction_log (deployment, model_name, model_version, at, inputs_json, output, confidence,
                    latency_us, prediction_id, score, decision, strategy, arm, policy_kind, shadow, failed)
                VALUES ('credit-live', 'credit', 1, ?, ?, ?, ?, 12.5, ?, ?, ?, ?, 'champion', 'SINGLE', ?, ?)""")) {
            for (int i = 0; i < ROWS; i++) {
                Instant at = T0.plusMillis(i);
                boolean failed = i % 100 == 1;
                insert.setObject(1, at.atOffset(ZoneOffset.UTC));
                insert.setString(2, failed ? "{}" : "{\"age\":\"" + (i % 60 + 18) + "\",\"purpose\":\"car\"}");
                insert.setString(3, failed ? "" : "good");
                insert.setObject(4, failed ? null : 0.8);
                insert.setString(5, PredictionIds.of(at.toEpochMilli(), i));
                insert.setObject(6, failed ? null : 0.5);
                insert.setString(7, i % 2 == 1 ? "REVIEW" : null);
                insert.setString(8, i % 2 == 1 ? "rule" : null);
                insert.setBoolean(9, i % 100 == 2);
                insert.setBoolean(10, failed);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO prediction_outcome (prediction_id, deployment, actual_label, outcome_value, "
                    + "reported_at) VALUES ('" + PredictionIds.of(T0.toEpochMilli() + ROWS - 1, ROWS - 1)
                    + "', 'credit-live', 'good', 1, CURRENT_TIMESTAMP)");
        }
    }
}

package io.sightline.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.SampleData;
import io.sightline.engine.wire.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightlineCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SightlineCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("train", "predict", "--data-dir");
        assertThat(run("train", "--help")).isZero();
        assertThat(out.toString()).contains("--target", "--budget", "--json");
        assertThat(run("predict", "--help")).isZero();
        assertThat(out.toString()).contains("MODEL[:VERSION]");
    }

    @Test
    void trainPrintsTheLeaderboardAsJsonAndPredictScoresAFile() throws Exception {
        Path iris = SampleData.copyTo(directory, SampleData.IRIS);
        String dataDir = directory.resolve("data").toString();
        assertThat(run("--data-dir", dataDir, "train", iris.toString(), "--budget", "60", "--json"))
                .as(err.toString()).isZero();
        JsonNode result = Json.MAPPER.readTree(out.toString());
        assertThat(result.path("model").path("name").asText()).isEqualTo("iris");
        assertThat(result.path("model").path("version").asInt()).isEqualTo(1);
        assertThat(result.path("task").asText()).isEqualTo("MULTICLASS");
        assertThat(result.path("leaderboard").size()).isGreaterThanOrEqualTo(4);
        assertThat(result.path("cross_validation").path("accuracy").asDouble()).isGreaterThan(0.8);
        assertThat(result.path("test").path("accuracy").asDouble()).isGreaterThan(0.8);

        Path scored = directory.resolve("scored.csv");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", dataDir, "predict", "iris:1", iris.toString(), scored.toString()))
                .as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(scored);
        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).endsWith("class,label,score");
        assertThat(out.toString()).contains("Scored 150 rows", "iris:1");
    }

    @Test
    void aMissingFileIsAPlainErrorWithExitCodeOne() {
        assertThat(run("--data-dir", directory.toString(), "train", directory.resolve("nope.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: ").contains("nope.csv");
    }

    @Test
    void anUnknownModelIsAPlainError() {
        assertThat(run("--data-dir", directory.toString(), "predict", "ghost", "in.csv", "out.csv")).isEqualTo(1);
        assertThat(err.toString()).contains("ghost");
    }
}

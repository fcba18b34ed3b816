package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an engine process with SIGKILL in the middle of its work and checks that what it had reported as
 * committed is all there when the data directory is opened again, and that an interrupted training says so.
 */
class CrashSafetyTest {

    @TempDir
    Path directory;

    /** The process that gets killed: imports in a loop, printing each committed dataset id, then trains. */
    public static final class Worker {
        public static void main(String[] args) throws Exception {
            Path data = Path.of(args[0]);
            Path csv = SampleData.copyTo(Path.of(args[1]), SampleData.CREDIT_G);
            LocalPlatform platform = LocalPlatform.open(data);
            if (args[2].equals("import")) {
                for (int i = 0; ; i++) {
                    DatasetInfo dataset = platform.importDataset("loop-" + i, csv);
                    System.out.println("committed " + dataset.id());
                    System.out.flush();
                }
            }
            DatasetInfo dataset = platform.importDataset("credit", csv);
            TrainingJob job = platform.startTraining(TrainingRequest.of(dataset.id(), "class", "crash"));
            while (platform.trainingJob(job.id()).state() != JobState.RUNNING) {
                Thread.sleep(10);
            }
            System.out.println("training " + job.id());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private Process startWorker(String mode) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                directory.resolve("data").toString(), directory.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> readLines(Process process, String prefix, int count) throws IOException {
        List<String> values = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (values.size() < count && (line = lines.readLine()) != null) {
            if (line.startsWith(prefix)) {
                values.add(line.substring(prefix.length()));
            }
        }
        return values;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyImportReportedAsCommittedSurvivesSigkill() throws Exception {
        Process worker = startWorker("import");
        List<String> committed = readLines(worker, "committed ", 8);
        kill(worker);
        assertThat(committed).hasSize(8);
        try (LocalPlatform reopened = LocalPlatform.open(directory.resolve("data"))) {
            List<String> ids = reopened.datasets().stream().map(DatasetInfo::id).toList();
            assertThat(ids).containsAll(committed);
            for (DatasetInfo dataset : reopened.datasets()) {
                assertThat(reopened.preview(dataset.id(), 2).rows()).hasSize(2);
                assertThat(dataset.rows()).isEqualTo(1000);
            }
        }
    }

    @Test
    void aTrainingKilledMidwayIsReportedAsInterruptedOnReopen() throws Exception {
        Process worker = startWorker("train");
        List<String> jobs = readLines(worker, "training ", 1);
        kill(worker);
        assertThat(jobs).hasSize(1);
        try (LocalPlatform reopened = LocalPlatform.open(directory.resolve("data"))) {
            TrainingJob job = reopened.trainingJob(jobs.get(0));
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.message()).contains("stopped before this training finished");
            assertThat(reopened.awaitTraining(job.id(), Duration.ofSeconds(1)).state()).isEqualTo(JobState.FAILED);
        }
    }
}

package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an engine process with SIGKILL in the middle of its work and checks that what it had reported as
 * committed is all there when the data directory is opened again, and that an interrupted training says so.
 */
class CrashSafetyTest {
    /** Long enough for a JVM to start and the engine to open on a busy machine; a worker that hangs fails. */
    private static final Duration STARTUP = Duration.ofMinutes(3);

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

    private ChildJvm startWorker(String mode) throws IOException {
        return ChildJvm.start("worker-" + mode, directory, Worker.class, List.of(), Map.of(),
                directory.resolve("data").toString(), directory.toString(), mode);
    }

    /** The first {@code count} values the worker printed after {@code prefix}, waited for at most {@link #STARTUP}. */
    private static List<String> values(ChildJvm worker, String prefix, int count) throws InterruptedException {
        return worker.awaitLines(count + " line(s) '" + prefix + "...'", line -> line.startsWith(prefix), count, STARTUP)
                .stream().map(line -> line.substring(prefix.length())).toList();
    }

    @Test
    void everyImportReportedAsCommittedSurvivesSigkill() throws Exception {
        List<String> committed;
        try (ChildJvm worker = startWorker("import")) {
            committed = values(worker, "committed ", 8);
            worker.kill();
        }
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
        List<String> jobs;
        try (ChildJvm worker = startWorker("train")) {
            jobs = values(worker, "training ", 1);
            worker.kill();
        }
        assertThat(jobs).hasSize(1);
        try (LocalPlatform reopened = LocalPlatform.open(directory.resolve("data"))) {
            TrainingJob job = reopened.trainingJob(jobs.get(0));
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.message()).contains("stopped before this training finished");
            assertThat(reopened.awaitTraining(job.id(), Duration.ofSeconds(1)).state()).isEqualTo(JobState.FAILED);
        }
    }
}

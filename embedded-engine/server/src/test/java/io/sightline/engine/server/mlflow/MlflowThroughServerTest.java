package io.sightline.engine.server.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.RunInfo;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

/** The MLflow client against the server as {@code serve} runs it: behind bearer tokens, beside the platform API. */
class MlflowThroughServerTest {

    @TempDir
    Path directory;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(directory, ServerSettings.loopback());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aRunLoggedWithTheServersTokenIsAPlatformRun() {
        MlflowClient client = new MlflowClient(new BasicMlflowHostCreds(server.url(), server.token()));
        try {
            String experiment = client.createExperiment("fraud-notebooks");
            String runId = client.createRun(experiment).getRunId();
            client.logParam(runId, "max_depth", "6");
            client.logMetric(runId, "auc", 0.912);
            client.setTerminated(runId);

            RunInfo run = server.platform().run(runId);
            assertThat(run.experiment()).isEqualTo("fraud-notebooks");
            assertThat(run.params()).containsEntry("max_depth", "6");
            assertThat(run.metrics()).containsEntry("auc", 0.912);
            assertThat(server.platform().runs()).extracting(RunInfo::id).contains(runId);
        } finally {
            client.close();
        }
    }

    @Test
    void aClientWithoutTheTokenIsRefused() {
        MlflowClient anonymous = new MlflowClient(server.url());
        try {
            assertThatThrownBy(() -> anonymous.createExperiment("sneaky"))
                    .isInstanceOfSatisfying(MlflowHttpException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(401));
        } finally {
            anonymous.close();
        }
    }
}

package io.sightline.engine;

import io.sightline.engine.api.RunInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests on an embedded platform that has trained one model on {@link SignalData} (400 rows), once per class.
 * Subclasses say which seed; {@link #deploy} puts the model live under a name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TrainedOnSignalData {
    protected LocalPlatform platform;
    protected SignalData data;
    protected RunInfo run;

    protected abstract long seed();

    @BeforeAll
    void trainOnce(@TempDir Path directory) {
        platform = LocalPlatform.open(directory.resolve("platform"));
        data = new SignalData(400, seed());
        run = data.train(platform, directory);
    }

    @AfterAll
    void closePlatform() {
        platform.close();
    }

    protected void deploy(String name) {
        platform.deploy(name, run.model().model(), run.model().version());
    }
}

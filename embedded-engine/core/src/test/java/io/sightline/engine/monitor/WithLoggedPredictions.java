package io.sightline.engine.monitor;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that write hand-made prediction logs: a fresh database with a log and outcomes for each test. */
abstract class WithLoggedPredictions {
    @TempDir
    Path directory;

    LoggedPredictions logged;

    @BeforeEach
    void openLog() {
        logged = new LoggedPredictions(directory.resolve("db"));
    }

    @AfterEach
    void closeLog() {
        logged.close();
    }
}

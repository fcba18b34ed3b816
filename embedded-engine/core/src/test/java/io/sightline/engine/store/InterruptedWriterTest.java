package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted in the middle of a write (a console closing a poller, a task cancelled) must not take
 * the database away from everyone else: with plain NIO, H2 closes its file channel and then the database.
 */
class InterruptedWriterTest {

    @Test
    void interruptingAWriterLeavesTheDatabaseOpenForEveryoneElse(@TempDir Path directory) throws Exception {
        try (Database database = Database.h2File(directory)) {
            database.inTransaction(c -> Sql.update(c, "CREATE TABLE scratch (id INT, payload VARCHAR(2000))"));
            String payload = "x".repeat(2000);
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    Thread.currentThread().interrupt(); // as a closing poller or a cancelled task would be
                    try {
                        database.inTransaction(c -> Sql.update(c, "INSERT INTO scratch VALUES (?, ?)", 1, payload));
                    } catch (RuntimeException interruptedWrite) {
                        // the interrupted write itself may fail; what matters is what the others see after
                    }
                }
            });
            writer.join();

            // another caller still writes and reads back what it wrote
            database.inTransaction(c -> Sql.update(c, "INSERT INTO scratch VALUES (?, ?)", -1, "after"));
            String readBack = database.read(c -> Sql.one(c, "SELECT payload FROM scratch WHERE id = ?",
                    r -> r.getString("payload"), -1).orElseThrow());
            assertThat(readBack).isEqualTo("after");
        }
    }
}

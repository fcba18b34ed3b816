package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child processes of the crash tests fail a test, with their standard error, instead of hanging it. */
class ChildJvmTest {

    @TempDir
    Path directory;

    /** Prints a line, complains on standard error, then dies ("die") or hangs ("hang"). */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            System.out.println("started");
            System.out.flush();
            System.err.println("cannot open the data directory");
            System.err.flush();
            if (args[0].equals("die")) {
                System.exit(3);
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aChildThatDiesFailsTheWaitAtOnceWithItsStandardError() throws Exception {
        try (ChildJvm child = ChildJvm.start("dying", directory, Child.class, List.of(), Map.of(), "die")) {
            assertThat(child.awaitLine("the start", "started"::equals, Duration.ofMinutes(2))).isEqualTo("started");
            assertThatThrownBy(() -> child.awaitLine("a line that never comes", "ready"::equals, Duration.ofMinutes(5)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("its output ended before a line that never comes (exit code 3)")
                    .hasMessageContaining("cannot open the data directory")
                    .hasMessageContaining(directory.resolve("dying.stderr").toString());
        }
    }

    @Test
    void aChildThatHangsIsDestroyedWhenTheWaitRunsOut() throws Exception {
        try (ChildJvm child = ChildJvm.start("hanging", directory, Child.class, List.of(), Map.of(), "hang")) {
            child.awaitLine("the start", "started"::equals, Duration.ofMinutes(2));
            assertThatThrownBy(() -> child.awaitLine("a line that never comes", "ready"::equals, Duration.ofSeconds(1)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("no a line that never comes within 1 s")
                    .hasMessageContaining("cannot open the data directory");
            assertThat(child.alive()).isFalse();
        }
    }
}

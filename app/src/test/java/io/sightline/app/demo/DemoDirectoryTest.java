package io.sightline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDirectoryTest {
    @TempDir
    Path dir;

    private final DemoOptions options = DemoOptions.decideAtLaunch();

    @Test
    void livesBesideTheUsersDataUnlessNamed() {
        assertThat(DemoDirectory.of(options, dir.resolve("sightline")).path()).isEqualTo(dir.resolve("sightline-demo"));
        DemoOptions named = new DemoOptions(Optional.empty(), Optional.of(dir.resolve("elsewhere")), Duration.ofSeconds(5), 500);
        assertThat(DemoDirectory.of(named, dir.resolve("sightline")).path()).isEqualTo(dir.resolve("elsewhere"));
    }

    @Test
    void wipingDeletesEverythingInTheMarkedFolder() throws Exception {
        DemoDirectory demo = new DemoDirectory(dir.resolve("sightline-demo"));
        Path root = demo.prepare();
        Files.createDirectories(root.resolve("engine/models"));
        Files.writeString(root.resolve("engine/models/a.model.zip"), "x");

        demo.wipe();

        assertThat(root).doesNotExist();
        assertThat(demo.prepare()).isDirectory();
        assertThat(root.resolve(DemoDirectory.MARKER)).exists();
    }

    @Test
    void neverTakesOrWipesAFolderThatIsNotTheDemos() throws Exception {
        Path users = Files.createDirectories(dir.resolve("sightline-demo"));
        Files.writeString(users.resolve("precious.csv"), "a,b\n1,2\n");
        DemoDirectory demo = new DemoDirectory(users);

        assertThatThrownBy(demo::prepare).isInstanceOf(IllegalStateException.class).hasMessageContaining("other files");
        assertThatThrownBy(demo::wipe).isInstanceOf(IllegalStateException.class).hasMessageContaining("not marked");
        assertThat(users.resolve("precious.csv")).exists();
    }
}

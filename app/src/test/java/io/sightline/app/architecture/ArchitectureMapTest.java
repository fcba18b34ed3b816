package io.sightline.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed map is the one the code draws today: a change to the modules, the seam or a ViewModel redraws it. */
class ArchitectureMapTest {

    @Test
    void committedMapIsUpToDate() throws IOException {
        Path root = ArchitectureMap.projectRoot();
        Path committed = root.resolve(ArchitectureMap.MAP);
        String drawn = ArchitectureMap.draw(root);
        String onDisk = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";

        assertThat(onDisk.replace("\r\n", "\n").equals(drawn))
                .withFailMessage(ArchitectureMap.MAP.toString().replace('\\', '/') + " is out of date: run "
                        + ArchitectureMap.REGENERATE + " and commit it")
                .isTrue();
    }

    @Test
    void mapShowsEveryFacetOfThePlatform() {
        String drawn = ArchitectureMap.draw(ArchitectureMap.projectRoot());

        for (Class<?> facet : io.sightline.engine.api.Platform.class.getInterfaces()) {
            if (facet != AutoCloseable.class) {
                assertThat(drawn).contains(">" + facet.getSimpleName() + "<");
            }
        }
        assertThat(drawn).contains(">embedded-engine/api<", ">embedded-engine/server<", ">app<");
    }
}

package io.sightline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.InMemoryPreferences;
import io.sightline.engine.LocalPlatform;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLaunchTest {
    private final DemoPreferences preferences = new DemoPreferences(new InMemoryPreferences());
    private final DemoOptions undecided = new DemoOptions(Optional.empty(), Optional.empty(), Duration.ofSeconds(1), 500);

    @TempDir
    Path dir;

    @Test
    void opensWhenNothingIsConfigured() {
        assertThat(DemoLaunch.wanted(undecided, false, preferences, () -> false)).isTrue();
    }

    @Test
    void staysClosedOnceTheUserHasDataANamedFolderOrHasLeftIt() {
        assertThat(DemoLaunch.wanted(undecided, false, preferences, () -> true)).isFalse();
        assertThat(DemoLaunch.wanted(undecided, true, preferences, () -> false)).isFalse();
        preferences.saveLeft();
        assertThat(DemoLaunch.wanted(undecided, false, preferences, () -> false)).isFalse();
    }

    @Test
    void theLaunchFlagsDecideWhateverIsConfigured() {
        assertThat(DemoLaunch.wanted(undecided.forced(true), true, preferences, () -> true)).isTrue();
        assertThat(DemoLaunch.wanted(undecided.forced(false), false, preferences, () -> false)).isFalse();
    }

    @Test
    void aMissingOrEmptyFolderOrAnEngineWithoutDatasetsHoldsNone() throws Exception {
        Path user = dir.resolve("sightline");
        assertThat(DemoLaunch.holdsDatasets(user, LocalPlatform::open)).isFalse();
        Files.createDirectories(user);
        assertThat(DemoLaunch.holdsDatasets(user, LocalPlatform::open)).isFalse();
        LocalPlatform.open(user).close();
        assertThat(DemoLaunch.holdsDatasets(user, LocalPlatform::open)).isFalse();
    }

    @Test
    void anEngineWithADatasetHoldsTheUsersWork() throws Exception {
        Path user = dir.resolve("sightline");
        Path csv = dir.resolve("iris.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/sightline/assets/datasets/iris.csv")) {
            Files.copy(in, csv);
        }
        try (LocalPlatform own = LocalPlatform.open(user)) {
            own.importDataset("iris", csv);
        }
        assertThat(DemoLaunch.holdsDatasets(user, LocalPlatform::open)).isTrue();
        assertThat(DemoLaunch.openIfWanted(undecided, false, preferences, user, LocalPlatform::open, null, Runnable::run))
                .isEmpty();
    }
}

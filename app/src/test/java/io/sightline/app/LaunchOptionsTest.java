package io.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @AfterEach
    void restore() {
        // the build runs every test with the demo off; put that back after a test changes it
        System.setProperty("sightline.demo", "false");
        System.clearProperty("sightline.demoHistoryRows");
    }

    @Test
    void demoFlagsForceItOnOrOff() {
        assertThat(LaunchOptions.parse(List.of("--demo")).demo().forced()).contains(true);
        assertThat(LaunchOptions.parse(List.of("--no-demo")).demo().forced()).contains(false);
    }

    @Test
    void withoutAFlagOrPropertyTheConsoleDecides() {
        System.clearProperty("sightline.demo");
        assertThat(LaunchOptions.parse(List.of()).demo().forced()).isEmpty();
        System.setProperty("sightline.demo", "true");
        assertThat(LaunchOptions.parse(List.of()).demo().forced()).contains(true);
    }

    @Test
    void badDemoSettingsAreRefusedInPlainWords() {
        System.setProperty("sightline.demo", "maybe");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("true or false");
        System.setProperty("sightline.demo", "false");
        System.setProperty("sightline.demoHistoryRows", "10");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 100 rows");
    }
}

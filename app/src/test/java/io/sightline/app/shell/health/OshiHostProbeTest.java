package io.sightline.app.shell.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real probe on this machine: figures that make sense, and no processor load before an interval. */
class OshiHostProbeTest {

    @Test
    void measuresThisComputerAndTheDiskOfAFolderNotYetMade(@TempDir Path directory) throws InterruptedException {
        OshiHostProbe probe = new OshiHostProbe(directory.resolve("not-yet").resolve("data"));

        long start = System.nanoTime();
        HostSample first = probe.sample();
        long firstMicros = (System.nanoTime() - start) / 1_000;
        assertThat(first.cpuLoad()).as("no interval measured yet").isNaN();
        assertThat(first.memoryTotal()).isPositive();
        assertThat(first.memoryAvailable()).isBetween(0L, first.memoryTotal());
        assertThat(first.diskTotal()).isPositive();
        assertThat(first.diskUsable()).isBetween(0L, first.diskTotal());

        Thread.sleep(600);
        start = System.nanoTime();
        HostSample second = probe.sample();
        long secondMicros = (System.nanoTime() - start) / 1_000;
        assertThat(second.cpuLoad()).isBetween(0.0, 1.0);
        System.out.printf("OSHI host probe: first sample %,d µs (finds the hardware), next %,d µs%n",
                firstMicros, secondMicros);
    }
}

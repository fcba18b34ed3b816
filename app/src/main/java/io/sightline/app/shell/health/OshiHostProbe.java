package io.sightline.app.shell.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * This computer's figures from OSHI (processor load between two looks, memory) and from the JDK (the disk
 * that holds {@code diskOf}, or its nearest existing parent). OSHI is opened on the first sample, off the
 * FX thread, because finding the hardware takes a moment.
 */
public final class OshiHostProbe implements HostProbe {
    /** A load measured over less than this is mostly noise: shown as not yet known. */
    private static final long MIN_INTERVAL_NANOS = 500_000_000L;

    private final Path diskOf;
    private CentralProcessor processor;
    private GlobalMemory memory;
    private long[] previousTicks;
    private long previousAt;

    public OshiHostProbe(Path diskOf) {
        this.diskOf = diskOf.toAbsolutePath();
    }

    @Override
    public synchronized HostSample sample() {
        if (processor == null) {
            SystemInfo system = new SystemInfo();
            processor = system.getHardware().getProcessor();
            memory = system.getHardware().getMemory();
            previousTicks = processor.getSystemCpuLoadTicks();
            previousAt = System.nanoTime();
        }
        FileStore disk = fileStore();
        try {
            return new HostSample(cpuLoad(), memory.getTotal(), memory.getAvailable(), disk.getTotalSpace(),
                    disk.getUsableSpace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double cpuLoad() {
        long now = System.nanoTime();
        if (now - previousAt < MIN_INTERVAL_NANOS) {
            return Double.NaN;
        }
        double load = processor.getSystemCpuLoadBetweenTicks(previousTicks);
        previousTicks = processor.getSystemCpuLoadTicks();
        previousAt = now;
        return load;
    }

    private FileStore fileStore() {
        Path existing = diskOf;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return Files.getFileStore(existing == null ? diskOf.getRoot() : existing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

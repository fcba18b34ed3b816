package io.sightline.app.shell.health;

/**
 * One look at this computer: processor load (0–1, NaN while not yet measured over an interval), memory and
 * the disk that holds the console's data, in bytes.
 */
public record HostSample(double cpuLoad, long memoryTotal, long memoryAvailable, long diskTotal, long diskUsable) {

    public double memoryUsedFraction() {
        return fraction(memoryTotal - memoryAvailable, memoryTotal);
    }

    public double diskUsedFraction() {
        return fraction(diskTotal - diskUsable, diskTotal);
    }

    public long memoryUsed() {
        return memoryTotal - memoryAvailable;
    }

    public long diskUsed() {
        return diskTotal - diskUsable;
    }

    private static double fraction(long part, long whole) {
        return whole <= 0 ? Double.NaN : (double) part / whole;
    }
}

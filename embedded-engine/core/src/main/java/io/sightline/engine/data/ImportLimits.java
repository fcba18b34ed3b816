package io.sightline.engine.data;

/**
 * How much a {@link CsvImporter} may take on: the largest file it reads whole into a {@link Table}, and the
 * longest single record (a value whose quote is never closed would otherwise swallow the rest of the file).
 * Profiling streams and has no size limit.
 */
public record ImportLimits(long maxTableBytes, int maxRecordBytes) {
    /** A table in memory takes about six times the bytes of its file (a Java string per cell). */
    static final int TABLE_BYTES_PER_FILE_BYTE = 6;
    static final int DEFAULT_MAX_RECORD_BYTES = 8 << 20;

    public ImportLimits {
        if (maxTableBytes <= 0 || maxRecordBytes <= 0) {
            throw new IllegalArgumentException("Limits must be positive");
        }
    }

    /** Limits for the memory of this Java runtime: tables up to a sixth of the maximum heap. */
    public static ImportLimits forThisRuntime() {
        return new ImportLimits(Runtime.getRuntime().maxMemory() / TABLE_BYTES_PER_FILE_BYTE, DEFAULT_MAX_RECORD_BYTES);
    }
}

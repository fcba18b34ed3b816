package io.sightline.engine.store;

import java.util.HexFormat;
import java.util.UUID;

/** New identifiers: a short kind prefix and random hex, or MLflow-style 32-hex run ids. */
public final class Ids {
    private Ids() {
    }

    /** e.g. {@code ds_3f9a0c1b2d4e}. */
    public static String newId(String prefix) {
        UUID uuid = UUID.randomUUID();
        return prefix + "_" + HexFormat.of().toHexDigits(uuid.getMostSignificantBits()).substring(0, 12);
    }

    /** 32 lowercase hex digits, the shape MLflow uses for run ids. */
    public static String newRunId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

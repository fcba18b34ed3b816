package io.sightline.engine.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.engine.wire.Json;

/** The JSON mapping on the wire: the very same mapper the engine stores its records with. */
public final class Wire {
    /** Shared and thread-safe; never reconfigure it. */
    public static final ObjectMapper MAPPER = Json.MAPPER;

    /** The API's root path. */
    public static final String API = "/api/v1";

    /** Response headers of the file-scoring call: rows scored, time taken, the model version used. */
    public static final String ROWS_HEADER = "X-Sightline-Rows";
    public static final String MILLIS_HEADER = "X-Sightline-Millis";
    public static final String MODEL_HEADER = "X-Sightline-Model";
    public static final String VERSION_HEADER = "X-Sightline-Model-Version";

    private Wire() {
    }
}

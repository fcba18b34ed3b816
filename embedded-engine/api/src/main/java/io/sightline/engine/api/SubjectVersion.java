package io.sightline.engine.api;

/**
 * Whether a flow starts on a model version that exists ({@link #EXISTING}: a release works on what was trained),
 * or on the version it registers itself ({@link #NEW}: an import names the model, new or known, and the next
 * version number).
 */
public enum SubjectVersion {
    EXISTING,
    NEW
}

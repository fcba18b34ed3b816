package io.sightline.engine.api;

/** How much a finding matters: {@code BLOCKER}s stop training, warnings and notes do not. */
public enum Severity {
    NOTE,
    WARNING,
    BLOCKER
}
